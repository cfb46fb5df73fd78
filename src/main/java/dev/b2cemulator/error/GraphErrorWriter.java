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
 * Writes Graph's one error shape, with the status and code of {@link GraphErrorCode}. The
 * controller advice, the 401 entry point, the 403 handler, the filters and the
 * {@code /error} fallback all come through here, so every error body looks the same.
 */
@Component
public class GraphErrorWriter {

    private final JsonMapper jsonMapper;

    private final EmulatorProperties.ErrorStatus errorStatus;

    public GraphErrorWriter(JsonMapper jsonMapper, EmulatorProperties properties) {
        this.jsonMapper = jsonMapper;
        this.errorStatus = properties.errorStatus();
    }

    public ResponseEntity<Object> response(HttpServletRequest request, GraphException ex) {
        return response(request, ex, new HttpHeaders());
    }

    public ResponseEntity<Object> response(HttpServletRequest request, GraphException ex, HttpHeaders headers) {
        // Content-Type is set, not negotiated: Kiota needs JSON errors whatever the
        // Accept header said.
        return ResponseEntity.status(ex.status(errorStatus))
            .headers(headers)
            .contentType(MediaType.APPLICATION_JSON)
            .body(body(request, ex.error(), ex.getMessage()));
    }

    /**
     * For code outside Spring MVC (security handlers, filters) that writes the response
     * itself.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, GraphErrorCode error, String message)
            throws IOException {
        response.setStatus(errorStatus == EmulatorProperties.ErrorStatus.REST ? error.restStatus() : error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        jsonMapper.writeValue(response.getOutputStream(), body(request, error, message));
    }

    private static GraphErrorResponse body(HttpServletRequest request, GraphErrorCode error, String message) {
        return GraphErrorResponse.of(RequestIds.of(request), error, message);
    }

}
