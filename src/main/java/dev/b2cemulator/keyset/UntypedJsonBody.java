package dev.b2cemulator.keyset;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.HttpMediaTypeNotSupportedException;

import dev.b2cemulator.config.QuietJsonConverter;

/**
 * A keyset body not declared as JSON. Without a {@code Content-Type} Graph reads it as
 * JSON (where {@code @RequestBody} would answer 415): read by the converters' mapper,
 * with the errors the JSON converter gives (the same quiet message for broken JSON,
 * "missing" for no body). Any other type is the 415 {@code @RequestBody} gives.
 */
@Component
class UntypedJsonBody {

    private final JsonMapper json;

    UntypedJsonBody(JsonMapper json) {
        this.json = json;
    }

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON,
            new MediaType("application", "*+json"));

    <T> T read(HttpServletRequest request, Class<T> type) throws IOException, HttpMediaTypeNotSupportedException {
        if (request.getContentType() != null) {
            throw notJson(request);
        }
        ServletServerHttpRequest message = new ServletServerHttpRequest(request);
        if (empty(request)) {
            throw new HttpMessageNotReadableException("Required request body is missing", message);
        }
        try {
            return json.readValue(StreamUtils.nonClosing(request.getInputStream()), type);
        }
        catch (JacksonException ex) {
            throw QuietJsonConverter.unreadable(ex, message);
        }
    }

    private static HttpMediaTypeNotSupportedException notJson(HttpServletRequest request) {
        try {
            return new HttpMediaTypeNotSupportedException(MediaType.parseMediaType(request.getContentType()), JSON,
                    HttpMethod.valueOf(request.getMethod()));
        }
        catch (InvalidMediaTypeException ex) {
            return new HttpMediaTypeNotSupportedException(ex.getMessage(), JSON);
        }
    }

    /** Without {@code Content-Length} and not chunked, HTTP/1.1 says there is no body. */
    private static boolean empty(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        return length == 0 || (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null);
    }

}
