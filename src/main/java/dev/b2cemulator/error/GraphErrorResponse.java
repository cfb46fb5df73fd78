package dev.b2cemulator.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Graph's error body: {@code {"error":{"code","message","innerError":{…}}}}. */
public record GraphErrorResponse(Error error) {

    public record Error(String code, String message, InnerError innerError) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InnerError(
            String correlationId,
            String date,
            @JsonProperty("request-id") String requestId,
            @JsonProperty("client-request-id") String clientRequestId) {
    }

}
