package dev.b2cemulator.security;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.config.EmulatorProperties.AuthMode;
import dev.b2cemulator.error.GraphErrors;

/**
 * One stateless filter chain. The token endpoints, discovery, health and {@code /_emulator} are open; every
 * other call needs a Graph token: reads (GET) need {@code TrustFrameworkKeySet.Read.All} or
 * {@code ReadWrite.All}, everything else {@code ReadWrite.All} (CONTRACT §3).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final String[] OPEN = { "/*/oauth2/v2.0/token", "/*/oauth2/token",
            "/*/v2.0/.well-known/openid-configuration", "/*/discovery/v2.0/keys", "/actuator/health",
            "/actuator/health/**", "/_emulator/**" };

    /**
     * Bearer tokens are Graph tokens on the Graph API only: on {@code /_emulator} a bearer token is the admin
     * token, and health probes carry none that matter.
     */
    private static BearerTokenResolver graphBearerTokens() {
        DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
        return request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/_emulator") || path.startsWith("/actuator") ? null : tokens.resolve(request);
        };
    }

    /** URLs the firewall refuses ({@code //}, {@code ;}, {@code ..}) get Graph's error, saying what was wrong. */
    @Bean
    RequestRejectedHandler graphRequestRejectedHandler(GraphErrors errors) {
        return (request, response, rejected) -> errors.write(request, response, 400, "BadRequest",
                rejected.getMessage() + ".");
    }

    @Bean
    SecurityFilterChain graphSecurity(HttpSecurity http, EmulatorProperties properties, GraphJwtDecoder decoder,
            GraphAuthenticationEntryPoint entryPoint, GraphAccessDeniedHandler accessDenied) throws Exception {
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new GraphAuthoritiesConverter());
        http.csrf(AbstractHttpConfigurer::disable)
            .httpBasic(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .requestCache(AbstractHttpConfigurer::disable)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(accessDenied));
        if (properties.authMode() == AuthMode.OFF) {
            http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new OptionalBearerTokenFilter(decoder, authentication),
                        AnonymousAuthenticationFilter.class);
            return http.build();
        }
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
            .permitAll()
            .requestMatchers(OPEN)
            .permitAll()
            .requestMatchers(HttpMethod.GET)
            .hasAnyAuthority(Permissions.KEYSET_READ, Permissions.KEYSET_READ_WRITE)
            .requestMatchers(HttpMethod.HEAD)
            .hasAnyAuthority(Permissions.KEYSET_READ, Permissions.KEYSET_READ_WRITE)
            .anyRequest()
            .hasAuthority(Permissions.KEYSET_READ_WRITE))
            .oauth2ResourceServer(resourceServer -> resourceServer.bearerTokenResolver(graphBearerTokens())
                .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(authentication))
                .authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(accessDenied));
        return http.build();
    }

}
