package dev.b2cemulator.tenant;

import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.config.StartupException;

/**
 * The tenant a Graph call acts on: the token's {@code tid}; without a token (auth mode
 * off) the configured default tenant. All data is partitioned by it.
 */
@Component
public class CurrentTenant {

    /** The request attribute that names the tenant a call acted on. */
    public static final String ATTRIBUTE = CurrentTenant.class.getName();

    private final String defaultTenant;

    public CurrentTenant(EmulatorProperties properties) {
        this.defaultTenant = TenantIds.resolve(properties.defaultTenant())
            .orElseThrow(() -> new StartupException("emulator.default-tenant: '" + properties.defaultTenant()
                    + "' is neither a GUID nor a domain name"));
    }

    /**
     * The tenant of the current call; also noted on the request, for the request journal.
     */
    public String id() {
        String tenant = defaultTenant;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            // Once: each call converts the claim anew.
            String tid = jwt.getToken().getClaimAsString("tid");
            if (tid != null) {
                tenant = tid.toLowerCase(Locale.ROOT);
            }
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, tenant, RequestAttributes.SCOPE_REQUEST);
        }
        return tenant;
    }

}
