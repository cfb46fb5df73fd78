package dev.b2cemulator.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

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
import org.springframework.security.web.util.matcher.RequestMatcher;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.config.EmulatorProperties.AuthMode;
import dev.b2cemulator.error.GraphErrorCode;
import dev.b2cemulator.error.GraphErrorWriter;
import dev.b2cemulator.routing.GraphPaths;
import dev.b2cemulator.token.GraphPermission;

/**
 * One stateless filter chain. The Graph API ({@code /beta/**}, any case) needs a Graph
 * token: reads (GET, HEAD) need {@code TrustFrameworkKeySet.Read.All} or
 * {@code ReadWrite.All}, everything else {@code ReadWrite.All}. Everything else is open:
 * the token endpoints, discovery, health and {@code /_emulator} (guarded by its own admin
 * token filter), and unknown paths, which then answer a 404 naming the path rather than a
 * 401.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final RequestMatcher GRAPH = request -> GraphPaths.isGraph(path(request));

    private static final RequestMatcher GRAPH_READ = request -> GRAPH.matches(request)
            && (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()));

    /**
     * Bearer tokens are Graph tokens on the Graph API only: on {@code /_emulator} a
     * bearer token is the admin token, and elsewhere a stale one must not turn a 404 into
     * a 401.
     */
    private static BearerTokenResolver graphBearerTokens() {
        DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
        return request -> GRAPH.matches(request) ? tokens.resolve(request) : null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
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
            .requestMatchers(GRAPH_READ)
            .hasAnyAuthority(GraphPermission.KEYSET_READ.value(), GraphPermission.KEYSET_READ_WRITE.value())
            .requestMatchers(GRAPH)
            .hasAuthority(GraphPermission.KEYSET_READ_WRITE.value())
            .anyRequest()
            .permitAll())
            .oauth2ResourceServer(resourceServer -> resourceServer.bearerTokenResolver(graphBearerTokens())
                .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(authentication))
                .authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(accessDenied));
        return http.build();
    }

}
