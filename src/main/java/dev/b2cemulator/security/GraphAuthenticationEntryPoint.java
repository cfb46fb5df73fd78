package dev.b2cemulator.security;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

import dev.b2cemulator.error.GraphErrorCode;
import dev.b2cemulator.error.GraphErrorWriter;
import dev.b2cemulator.token.MicrosoftGraph;

/**
 * 401 in Graph's shape ({@code InvalidAuthenticationToken}), naming the check that
 * failed, with the {@code WWW-Authenticate} challenge a resource server owes the client.
 */
@Component
class GraphAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final GraphErrorWriter errors;

    GraphAuthenticationEntryPoint(GraphErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String message = "Access token is empty.";
        String challenge = "Bearer realm=\"\", client_id=\"" + MicrosoftGraph.APP_ID + "\"";
        if (failure instanceof OAuth2AuthenticationException oauth) {
            message = describe(oauth);
            challenge += ", error=\"invalid_token\", error_description=\"" + message.replace("\"", "'") + "\"";
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        errors.write(request, response, GraphErrorCode.INVALID_AUTHENTICATION_TOKEN, message);
    }

    private static String describe(OAuth2AuthenticationException failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtValidationException invalid) {
                return invalid.getErrors().stream().map(OAuth2Error::getDescription).collect(Collectors.joining(" "));
            }
            if (cause instanceof GraphTokenException refused) {
                return refused.getMessage();
            }
        }
        OAuth2Error error = failure.getError();
        String description = error.getDescription() != null ? error.getDescription() : failure.getMessage();
        return "Access token validation failure. " + description;
    }

}
