package dev.b2cemulator.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Auth mode {@code off}: no token is needed, but a valid one still selects its tenant. An
 * invalid token is ignored rather than refused, so that a stale token in a shell variable
 * doesn't spoil a curl session.
 */
class OptionalBearerTokenFilter extends OncePerRequestFilter {

    private final BearerTokenResolver resolver = new DefaultBearerTokenResolver();

    private final JwtDecoder decoder;

    private final Converter<Jwt, AbstractAuthenticationToken> converter;

    OptionalBearerTokenFilter(JwtDecoder decoder, Converter<Jwt, AbstractAuthenticationToken> converter) {
        this.decoder = decoder;
        this.converter = converter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            String token = resolver.resolve(request);
            if (token != null) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(converter.convert(decoder.decode(token)));
                SecurityContextHolder.setContext(context);
            }
        }
        catch (OAuth2AuthenticationException | JwtException ex) {
            // ignored on purpose: the default tenant applies
        }
        chain.doFilter(request, response);
    }

}
