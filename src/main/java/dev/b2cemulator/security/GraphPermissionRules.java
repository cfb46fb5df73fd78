package dev.b2cemulator.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import dev.b2cemulator.token.GraphPermission;
import dev.b2cemulator.web.GraphPaths;

/**
 * The permission a Graph call needs, chosen in one look at the canonical path
 * ({@code GraphPathFilter} has run) rather than by a list of matchers that each lowered
 * its case again: keysets {@code TrustFrameworkKeySet.Read.All} or {@code ReadWrite.All}
 * to read (GET, HEAD), {@code ReadWrite.All} for the rest; policies
 * {@code Policy.Read.All} or {@code Policy.ReadWrite.TrustFramework} to read,
 * {@code Policy.ReadWrite.TrustFramework} for the rest; any other Graph path a valid
 * token. The decisions themselves are Spring Security's.
 */
final class GraphPermissionRules implements AuthorizationManager<RequestAuthorizationContext> {

    private static final AuthorizationManager<RequestAuthorizationContext> READ_KEYSETS = AuthorityAuthorizationManager
        .hasAnyAuthority(GraphPermission.KEYSET_READ.value(), GraphPermission.KEYSET_READ_WRITE.value());

    private static final AuthorizationManager<RequestAuthorizationContext> WRITE_KEYSETS = AuthorityAuthorizationManager
        .hasAuthority(GraphPermission.KEYSET_READ_WRITE.value());

    private static final AuthorizationManager<RequestAuthorizationContext> READ_POLICIES = AuthorityAuthorizationManager
        .hasAnyAuthority(GraphPermission.POLICY_READ.value(), GraphPermission.POLICY_READ_WRITE.value());

    private static final AuthorizationManager<RequestAuthorizationContext> WRITE_POLICIES = AuthorityAuthorizationManager
        .hasAuthority(GraphPermission.POLICY_READ_WRITE.value());

    private static final AuthorizationManager<RequestAuthorizationContext> AUTHENTICATED = AuthenticatedAuthorizationManager
        .authenticated();

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        return ruleFor(context.getRequest()).authorize(authentication, context);
    }

    static AuthorizationManager<RequestAuthorizationContext> ruleFor(HttpServletRequest request) {
        String path = GraphPaths.path(request);
        boolean reading = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        if (GraphPaths.under(path, GraphPaths.KEYSETS)) {
            return reading ? READ_KEYSETS : WRITE_KEYSETS;
        }
        if (GraphPaths.under(path, GraphPaths.POLICIES)) {
            return reading ? READ_POLICIES : WRITE_POLICIES;
        }
        return AUTHENTICATED;
    }

}
