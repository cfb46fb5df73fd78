package dev.b2cemulator.security;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.config.EmulatorProperties.AuthMode;
import dev.b2cemulator.error.GraphErrorCode;
import dev.b2cemulator.error.GraphErrorWriter;
import dev.b2cemulator.web.GraphPaths;

/**
 * One stateless filter chain. The Graph API ({@code /beta/**}, any case) needs a Graph
 * token, and each part its own permissions ({@link GraphPermissionRules}): one part's
 * permissions grant nothing on the other. Everything else is open: the token endpoints,
 * discovery, health and {@code /_emulator} (guarded by its own admin token filter), and
 * unknown paths, which then answer a 404 naming the path rather than a 401.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final RequestMatcher GRAPH = GraphPaths::isGraph;

    /**
     * Bearer tokens are Graph tokens on the Graph API only: on {@code /_emulator} a
     * bearer token is the admin token, and elsewhere a stale one must not turn a 404 into
     * a 401. Spring's resolver reads them, once per token: a header that carries a token
     * the decoder remembers as verified ({@link GraphJwtDecoder#rememberedToken}) was
     * read by Spring's resolver before, and is answered by that look-up instead of its
     * regular expression, which over a token of a kilobyte was a large part of a call's
     * CPU (docs/decisions/0006-verified-token-cache.md).
     */
    private static BearerTokenResolver graphBearerTokens(GraphJwtDecoder decoder) {
        BearerTokenResolver spring = new DefaultBearerTokenResolver();
        return request -> {
            if (!GRAPH.matches(request)) {
                return null;
            }
            String remembered = decoder.rememberedToken(request.getHeader(HttpHeaders.AUTHORIZATION));
            return (remembered != null) ? remembered : spring.resolve(request);
        };
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
     * Nobody listens for authentication events here: none is published, rather than one
     * multicast to every application listener on every call.
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
            // Stateless without the session-management filters, which only guard
            // sessions:
            // the context lives in the request, as STATELESS puts it.
            .sessionManagement(AbstractHttpConfigurer::disable)
            .securityContext(
                    context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
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
            .requestMatchers(GRAPH)
            .access(new GraphPermissionRules())
            .anyRequest()
            .permitAll())
            .oauth2ResourceServer(resourceServer -> resourceServer.bearerTokenResolver(graphBearerTokens(decoder))
                .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(authentication))
                .authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(accessDenied));
        return http.build();
    }

}
