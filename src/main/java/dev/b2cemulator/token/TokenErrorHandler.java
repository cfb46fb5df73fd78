package dev.b2cemulator.token;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Token errors in Entra ID's shape, not Graph's: token clients (MSAL, azure-identity)
 * parse this one.
 */
@RestControllerAdvice(
        assignableTypes = { TokenController.class, DiscoveryController.class, UnknownEntraPathController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class TokenErrorHandler {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'");

    /**
     * Tomcat refuses a form with broken percent-encoding; its message may quote a secret,
     * so it is not used.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<EntraError> handleBrokenForm(InvalidParameterException ex) {
        return handle(new TokenRequestException(400, "invalid_request", 900144,
                "The request body is not a valid form (application/x-www-form-urlencoded): check its percent-encoding."));
    }

    @ExceptionHandler(TokenRequestException.class)
    ResponseEntity<EntraError> handle(TokenRequestException ex) {
        String traceId = UUID.randomUUID().toString();
        String correlationId = UUID.randomUUID().toString();
        String timestamp = OffsetDateTime.now(ZoneOffset.UTC).format(TIMESTAMP);
        // A path Entra has no endpoint at has no AADSTS number: the description is then
        // the message alone.
        String code = ex.aadstsCode() > 0 ? "AADSTS" + ex.aadstsCode() + ": " : "";
        String description = code + ex.getMessage() + " Trace ID: " + traceId + " Correlation ID: " + correlationId
                + " Timestamp: " + timestamp;
        List<Integer> codes = ex.aadstsCode() > 0 ? List.of(ex.aadstsCode()) : List.of();
        return ResponseEntity.status(ex.status())
            .contentType(MediaType.APPLICATION_JSON)
            .body(new EntraError(ex.error(), description, codes, timestamp, traceId, correlationId));
    }

    record EntraError(String error, @JsonProperty("error_description") String errorDescription,
            @JsonProperty("error_codes") List<Integer> errorCodes, String timestamp,
            @JsonProperty("trace_id") String traceId, @JsonProperty("correlation_id") String correlationId) {
    }

}
