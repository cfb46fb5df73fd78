package dev.b2cemulator.error;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Graph's error body: {@code {"error":{"code","message","innerError":{…}}}}. */
public record GraphErrorResponse(Error error) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /**
     * {@code date} is UTC without an offset, as Graph writes it; B2C's own errors add a
     * {@code correlationId}.
     */
    public static GraphErrorResponse of(RequestIds ids, GraphErrorCode error, String message) {
        var inner = new InnerError(error.fromB2c() ? UUID.randomUUID().toString() : null,
                LocalDateTime.now(ZoneOffset.UTC).format(DATE), ids.requestId(), ids.clientRequestId());
        return new GraphErrorResponse(new Error(error.code(), message, inner));
    }

    public record Error(String code, String message, InnerError innerError) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InnerError(String correlationId, String date, @JsonProperty("request-id") String requestId,
            @JsonProperty("client-request-id") String clientRequestId) {
    }

}
