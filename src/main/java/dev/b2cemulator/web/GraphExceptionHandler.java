package dev.b2cemulator.web;

import dev.b2cemulator.error.GraphException;
import dev.b2cemulator.error.GraphErrorCode;
import dev.b2cemulator.error.GraphErrorWriter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Renders every error that reaches Spring MVC in Graph's shape: our own
 * {@link GraphException}s and the framework's (bad JSON, wrong method, unknown path…),
 * which Spring hands to {@link #handleExceptionInternal}.
 */
@RestControllerAdvice
class GraphExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GraphExceptionHandler.class);

    private static final List<HttpMethod> METHOD_ORDER = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.DELETE, HttpMethod.PUT, HttpMethod.PATCH);

    private final GraphErrorWriter errors;

    GraphExceptionHandler(GraphErrorWriter errors) {
        this.errors = errors;
    }

    @ExceptionHandler(GraphException.class)
    ResponseEntity<Object> handleGraphException(GraphException ex, HttpServletRequest request) {
        return errors.response(request, ex);
    }

    /** A chunked body that grew past the limit while a controller read it. */
    @ExceptionHandler(BodySizeLimitFilter.BodyTooLargeException.class)
    ResponseEntity<Object> handleBodyTooLarge(BodySizeLimitFilter.BodyTooLargeException ex,
            HttpServletRequest request) {
        return errors.response(request, GraphException.payloadTooLarge(ex.limitBytes()));
    }

    /**
     * Tomcat refuses a query string with broken percent-encoding; its message may quote
     * values, so it is not used.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> handleBrokenQuery(InvalidParameterException ex, HttpServletRequest request) {
        return errors.response(request, GraphException.badRequest("The query string is not validly percent-encoded."));
    }

    /**
     * A bug of ours, not bad input: logged without the request body, answered without a
     * stack trace.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return errors.response(request,
                new GraphException(GraphErrorCode.GENERAL_EXCEPTION, "An unexpected error occurred in the emulator."));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest webRequest) {
        HttpServletRequest request = ((ServletWebRequest) webRequest).getRequest();
        // A 406 is found once the work is done (a keyset created): its Location is not
        // the error's.
        ((ServletWebRequest) webRequest).getResponse().setHeader(HttpHeaders.LOCATION, null);
        if (ex instanceof HttpRequestMethodNotSupportedException notSupported) {
            headers = allowInOrder(notSupported, headers);
        }
        return errors.response(request, describe(ex, statusCode, headers, request.getRequestURI()), headers);
    }

    /**
     * {@code Allow} in one fixed order: Spring lists the methods of the mappings in the
     * order of a hash map, which may differ from one JVM to another.
     */
    private static HttpHeaders allowInOrder(HttpRequestMethodNotSupportedException ex, HttpHeaders headers) {
        Set<HttpMethod> supported = ex.getSupportedHttpMethods();
        if (supported == null) {
            return headers;
        }
        HttpHeaders ordered = new HttpHeaders();
        ordered.putAll(headers);
        ordered.set(HttpHeaders.ALLOW,
                METHOD_ORDER.stream()
                    .filter(supported::contains)
                    .map(HttpMethod::name)
                    .collect(Collectors.joining(", ")));
        return ordered;
    }

    private static GraphException describe(Exception ex, HttpStatusCode statusCode, HttpHeaders headers, String path) {
        if (ex instanceof HttpMessageNotReadableException notReadable) {
            return RequestBodyMessages.describe(notReadable);
        }
        if (ex instanceof NoHandlerFoundException || ex instanceof NoResourceFoundException) {
            return UnknownPath.describe(path);
        }
        if (ex instanceof HttpRequestMethodNotSupportedException notSupported) {
            return new GraphException(GraphErrorCode.METHOD_NOT_ALLOWED,
                    "The '" + notSupported.getMethod() + "' method is not allowed on this resource. Allowed: ["
                            + headers.getFirst(HttpHeaders.ALLOW) + "].");
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return new GraphException(GraphErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Send the request body as JSON with the header 'Content-Type: application/json'.");
        }
        return new GraphException(GraphErrorCode.forStatus(statusCode.value()), ex.getMessage());
    }

}
