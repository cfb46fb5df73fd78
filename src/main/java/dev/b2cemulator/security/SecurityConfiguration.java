package dev.b2cemulator.security;

import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.config.EmulatorProperties.AuthMode;
import dev.b2cemulator.error.GraphErrorCode;
import dev.b2cemulator.error.GraphErrorWriter;
import dev.b2cemulator.routing.GraphPaths;
import dev.b2cemulator.token.GraphPermission;

/**
 * One stateless filter chain. The Graph API ({@code /beta/**}, any case) needs a Graph
 * token, and each part its permissions: keysets {@code TrustFrameworkKeySet.Read.All} or
 * {@code ReadWrite.All} to read (GET, HEAD), {@code ReadWrite.All} for the rest; policies
 * {@code Policy.Read.All} or {@code Policy.ReadWrite.TrustFramework} to read,
 * {@code Policy.ReadWrite.TrustFramework} for the rest. One part's permissions grant
 * nothing on the other. Everything else is open: the token endpoints, discovery, health
 * and {@code /_emulator} (guarded by its own admin token filter), and unknown paths,
 * which then answer a 404 naming the path rather than a 401.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final RequestMatcher GRAPH = request -> GraphPaths.isGraph(path(request));

    private static final RequestMatcher KEYSETS = under("/beta/trustframework/keysets");

    private static final RequestMatcher POLICIES = under("/beta/trustframework/policies");

    /**
     * The canonical path ({@code GraphPathFilter} has run) is the collection, or lies
     * below it; in any case.
     */
    private static RequestMatcher under(String collection) {
        return request -> {
            String path = path(request).toLowerCase(Locale.ROOT);
            return path.equals(collection) || path.startsWith(collection + "/");
        };
    }

    private static RequestMatcher reading(RequestMatcher part) {
        return request -> part.matches(request)
                && (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()));
    }

    /**
     * Bearer tokens are Graph tokens on the Graph API only: on {@code /_emulator} a
     * bearer token is the admin token, and elsewhere a stale one must not turn a 404 into
     * a 401.
     */
    private static BearerTokenResolver graphBearerTokens() {
        BearerTokenResolver tokens = new GraphBearerTokens();
        return request -> GRAPH.matches(request) ? tokens.resolve(request) : null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Spring Security's strict firewall, its header rule without a regular expression.
     */
    @Bean
    WebSecurityCustomizer strictFirewallWithoutRegex() {
        return web -> web.httpFirewall(HeaderCharacters.firewall());
    }

    /**
     * URLs the firewall refuses ({@code //}, {@code ;}, {@code ..}) get Graph's error,
     * saying what was wrong.
     */
    @Bean
    RequestRejectedHandler graphRequestRejectedHandler(GraphErrorWriter errors) {
        return (request, response, rejected) -> errors.write(request, response, GraphErrorCode.BAD_REQUEST,
                rejected.getMessage() + ".");
    }

    /**
     * Nobody listens for authentication events here, and publishing one on every call
     * cost about a per cent of the CPU.
     */
    @Bean
    AuthenticationEventPublisher noAuthenticationEvents() {
        return new SilentAuthenticationEvents();
    }

    @Bean
    SecurityFilterChain graphSecurity(HttpSecurity http, EmulatorProperties properties, GraphJwtDecoder decoder,
            GraphAuthenticationEntryPoint entryPoint, GraphAccessDeniedHandler accessDenied) throws Exception {
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new GraphAuthoritiesConverter());
        http.csrf(AbstractHttpConfigurer::disable)
            .headers(AbstractHttpConfigurer::disable)
            .servletApi(AbstractHttpConfigurer::disable)
            .httpBasic(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .requestCache(AbstractHttpConfigurer::disable)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .exceptionHandling(
                    exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied));
        if (properties.authMode() == AuthMode.OFF) {
            http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new OptionalBearerTokenFilter(decoder, authentication),
                        AnonymousAuthenticationFilter.class);
            return http.build();
        }
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
            .permitAll()
            .requestMatchers(reading(KEYSETS))
            .hasAnyAuthority(GraphPermission.KEYSET_READ.value(), GraphPermission.KEYSET_READ_WRITE.value())
            .requestMatchers(KEYSETS)
            .hasAuthority(GraphPermission.KEYSET_READ_WRITE.value())
            .requestMatchers(reading(POLICIES))
            .hasAnyAuthority(GraphPermission.POLICY_READ.value(), GraphPermission.POLICY_READ_WRITE.value())
            .requestMatchers(POLICIES)
            .hasAuthority(GraphPermission.POLICY_READ_WRITE.value())
            .requestMatchers(GRAPH)
            .authenticated()
            .anyRequest()
            .permitAll())
            .oauth2ResourceServer(resourceServer -> resourceServer.bearerTokenResolver(graphBearerTokens())
                .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(authentication))
                .authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(accessDenied));
        return http.build();
    }

}
