package dev.b2cemulator.web;

import dev.b2cemulator.error.GraphException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Turns a body that could not be read into a message that tells the caller what to fix.
 * Never echoes the body: a malformed member may hold a secret ({@code "k": s3cret}
 * without quotes).
 */
final class RequestBodyMessages {

    private RequestBodyMessages() {
    }

    static GraphException describe(HttpMessageNotReadableException ex) {
        // First the size: Jackson wraps the stream's exception in its own, which would
        // read as "not valid JSON".
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimitFilter.BodyTooLargeException tooLarge) {
                return GraphException.payloadTooLarge(tooLarge.limitBytes());
            }
        }
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch) {
                return GraphException.badRequest(mismatch.getPath().isEmpty()
                        ? "The request body must be a JSON object such as {\"id\":\"keyset1\"}."
                        : "The member '" + path(mismatch) + "' must be " + expected(mismatch.getTargetType()) + ".");
            }
            if (cause instanceof InputCoercionException outOfRange && !outOfRange.getPath().isEmpty()) {
                return GraphException.badRequest("The member '" + path(outOfRange) + "' must be "
                        + expected(outOfRange.getTargetType()) + " within the 64-bit range.");
            }
            if (cause instanceof JacksonException jackson) {
                return GraphException.badRequest("The request body is not valid JSON" + where(jackson.getLocation())
                        + ". Send a JSON object such as {\"id\":\"keyset1\"}.");
            }
        }
        return GraphException.badRequest("The request body is missing or unreadable. Send a JSON object such as "
                + "{\"id\":\"keyset1\"} with 'Content-Type: application/json'.");
    }

    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another JSON type";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "an integer (for nbf and exp: seconds since 1970-01-01T00:00:00Z)";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT);
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "of another JSON type";
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

}
