package dev.b2cemulator.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.web.FilterOrder;
import dev.b2cemulator.error.GraphErrorCode;
import dev.b2cemulator.error.GraphErrorWriter;

/**
 * {@code EMULATOR_ADMIN_TOKEN}, for exposed deployments: every {@code /_emulator}
 * endpoint then needs {@code Authorization: Bearer <that token>}, compared in constant
 * time; but health, and the certificate and CA (public, sent in every TLS handshake, and
 * what a client fetches before it can trust anything).
 */
@Component
@Order(FilterOrder.ADMIN_TOKEN)
class AdminTokenFilter extends HttpFilter {

    private static final Set<String> PUBLIC = Set.of("/_emulator/health", "/_emulator/certificate",
            "/_emulator/ca.pem");

    private final byte[] expected;

    private final GraphErrorWriter errors;

    AdminTokenFilter(EmulatorProperties properties, GraphErrorWriter errors) {
        String token = properties.adminToken();
        this.expected = token == null || token.isEmpty() ? null : ("bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.errors = errors;
    }

    private boolean shouldNotFilter(HttpServletRequest request) {
        String path = GraphPaths.path(request);
        return expected == null || !path.startsWith("/_emulator/") || PUBLIC.contains(path);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (shouldNotFilter(request)) {
            chain.doFilter(request, response);
            return;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        byte[] given = authorization == null ? new byte[0]
                : (authorization.length() > 7 ? "bearer " + authorization.substring(7) : authorization)
                    .getBytes(StandardCharsets.UTF_8);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (bearer && MessageDigest.isEqual(expected, given)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"b2c-graph-emulator\"");
        errors.write(request, response, GraphErrorCode.INVALID_AUTHENTICATION_TOKEN,
                "This emulator endpoint needs the admin token: 'Authorization: Bearer <EMULATOR_ADMIN_TOKEN>'.");
    }

}
