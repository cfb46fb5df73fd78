package dev.b2cemulator.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import dev.b2cemulator.error.GraphErrorCode;
import dev.b2cemulator.error.GraphErrorWriter;

/**
 * 403 in Graph's shape, worded as Graph words it, when the token lacks the permission the
 * call needs.
 */
@Component
class GraphAccessDeniedHandler implements AccessDeniedHandler {

    private final GraphErrorWriter errors;

    GraphAccessDeniedHandler(GraphErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        errors.write(request, response, GraphErrorCode.AUTHORIZATION_REQUEST_DENIED,
                "Insufficient privileges to complete the operation.");
    }

}
