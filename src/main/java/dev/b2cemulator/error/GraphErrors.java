package dev.b2cemulator.error;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import dev.b2cemulator.config.EmulatorProperties;

/**
 * Builds Graph's one error shape. The controller advice, the 401 entry point, the 403 handler and the
 * {@code /error} fallback all come through here, so every error body looks the same.
 */
@Component
public class GraphErrors {

    private final JsonMapper jsonMapper;

    private final EmulatorProperties properties;

    public GraphErrors(JsonMapper jsonMapper, EmulatorProperties properties) {
        this.jsonMapper = jsonMapper;
        this.properties = properties;
    }

    public GraphErrorResponse body(HttpServletRequest request, String code, String message, boolean fromB2c) {
        return GraphErrorResponse.of(RequestIds.of(request), code, message, fromB2c);
    }

    public ResponseEntity<Object> response(HttpServletRequest request, GraphException ex) {
        return response(request, ex.status(properties.errorStatus()), ex.code(), ex.getMessage(), ex.fromB2c(),
                new HttpHeaders());
    }

    public ResponseEntity<Object> response(HttpServletRequest request, int status, String code, String message,
            boolean fromB2c, HttpHeaders headers) {
        // Content-Type is set, not negotiated: Kiota needs JSON errors whatever the Accept header said.
        return ResponseEntity.status(status)
            .headers(headers)
            .contentType(MediaType.APPLICATION_JSON)
            .body(body(request, code, message, fromB2c));
    }

    /** For code outside Spring MVC (security handlers, filters) that writes the response itself. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
            String message) throws IOException {
        write(request, response, status, code, message, false);
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
            String message, boolean fromB2c) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        jsonMapper.writeValue(response.getOutputStream(), body(request, code, message, fromB2c));
    }

}
