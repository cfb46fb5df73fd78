package dev.b2cemulator.keyset;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.exc.InvalidDefinitionException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.util.MimeTypeUtils;
import org.springframework.util.StreamUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import dev.b2cemulator.config.QuietJsonConverter;

/**
 * What Spring MVC did around an annotated controller's JSON body and answer, for the
 * functional keyset endpoints: the same exceptions for the same requests, so that the
 * same Graph errors come out.
 */
final class JsonExchange {

    /** What the JSON converter writes, as MVC would list it in a 406. */
    private static final List<MediaType> PRODUCIBLE = List.of(MediaType.APPLICATION_JSON,
            new MediaType("application", "*+json"));

    /** Jackson's own encodings, and UTF-16 and UTF-32 with a byte order mark. */
    private static final Set<String> UNICODE = Set.of("UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE", "UTF-16",
            "UTF-32");

    private static final HeaderContentNegotiationStrategy ACCEPT = new HeaderContentNegotiationStrategy();

    private JsonExchange() {
    }

    /**
     * The media type of a JSON answer, chosen from {@code Accept} as MVC's return-value
     * handling chooses it: {@code application/json} for none or {@code *}{@code /*}, the
     * caller's more specific type when compatible (with its parameters, such as
     * {@code odata.metadata=minimal}), a 406 when nothing is. As with MVC, asked once the
     * work is done, so that errors of the request come first (in JSON).
     */
    static MediaType negotiate(ServerRequest request) throws HttpMediaTypeNotAcceptableException {
        List<MediaType> compatible = new ArrayList<>();
        for (MediaType accepted : ACCEPT.resolveMediaTypes(new ServletWebRequest(request.servletRequest()))) {
            for (MediaType producible : PRODUCIBLE) {
                if (accepted.isCompatibleWith(producible)) {
                    MediaType withQuality = producible.copyQualityValue(accepted);
                    compatible.add(accepted.isLessSpecific(withQuality) ? withQuality : accepted);
                }
            }
        }
        MimeTypeUtils.sortBySpecificity(compatible);
        for (MediaType type : compatible) {
            if (type.isConcrete()) {
                return type.removeQualityValue();
            }
        }
        throw new HttpMediaTypeNotAcceptableException(PRODUCIBLE);
    }

    /**
     * A JSON answer of {@code type}, written as the converters' JSON converter writes it
     * (a generator in the encoding the type's charset names, UTF-8 without one, on the
     * response's stream with flushes ignored, so that Tomcat still sets
     * {@code Content-Length} on an answer that fits its buffer; the status and headers
     * set before), by {@code writer}, made once from the converters' mapper, without
     * looking through the converters for it (3 % of a create's CPU, docs/PERFORMANCE.md).
     */
    static ServerResponse answer(ServerResponse.BodyBuilder response, MediaType type, ObjectWriter writer,
            Object body) {
        JsonEncoding encoding = encoding(type);
        return response.contentType(type).build((request, servletResponse) -> {
            try (JsonGenerator generator = writer.createGenerator(
                    StreamUtils.nonClosing(StreamUtils.nonFlushing(servletResponse.getOutputStream())), encoding)) {
                writer.writeValue(generator, body);
                generator.flush();
            }
            return null;
        });
    }

    private static JsonEncoding encoding(MediaType type) {
        Charset charset = type.getCharset();
        if (charset != null) {
            for (JsonEncoding encoding : JsonEncoding.values()) {
                if (charset.name().equals(encoding.getJavaName())) {
                    return encoding;
                }
            }
        }
        return JsonEncoding.UTF8;
    }

    /**
     * The JSON body as {@code @RequestBody} read it: an empty body where JSON (or
     * nothing) is declared is "missing", another type a 415, broken JSON a 400 naming the
     * member. A JSON body in a Unicode charset (nearly all) is read with {@code reader},
     * made once from the converters' mapper, exactly as their JSON converter reads it
     * (the same stream, the same exceptions), without looking through the converters for
     * it and making a reader on every call (4 % of a create's CPU, docs/PERFORMANCE.md);
     * any other body goes through the converters.
     */
    static <T> T read(ServerRequest request, Class<T> type, ObjectReader reader) throws Exception {
        MediaType declared;
        try {
            declared = request.headers().contentType().orElse(null);
        }
        catch (InvalidMediaTypeException ex) {
            throw new HttpMediaTypeNotSupportedException(ex.getMessage(), PRODUCIBLE);
        }
        boolean json = declared == null || PRODUCIBLE.stream().anyMatch(declared::isCompatibleWith);
        if (json && empty(request.servletRequest())) {
            throw new HttpMessageNotReadableException("Required request body is missing",
                    new ServletServerHttpRequest(request.servletRequest()));
        }
        if (!json || !unicode(declared)) {
            return request.body(type);
        }
        try {
            return reader.readValue(StreamUtils.nonClosing(request.servletRequest().getInputStream()));
        }
        catch (InvalidDefinitionException ex) {
            throw new HttpMessageConversionException("Type definition error: " + ex.getType(), ex);
        }
        catch (JacksonException ex) {
            throw QuietJsonConverter.unreadable(ex, new ServletServerHttpRequest(request.servletRequest()));
        }
    }

    /**
     * The charsets Spring's JSON converter hands to Jackson as bytes (no charset means
     * UTF-8); others it decodes first.
     */
    private static boolean unicode(MediaType declared) {
        Charset charset = declared == null ? null : declared.getCharset();
        return charset == null || UNICODE.contains(charset.name());
    }

    /**
     * Without {@code Content-Length} and not chunked, HTTP/1.1 says there is no body.
     */
    private static boolean empty(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        return length == 0 || (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null);
    }

    /**
     * A query option as {@code @RequestParam String} read it: repeated values joined with
     * commas.
     */
    static String param(ServerRequest request, String name) {
        String[] values = request.servletRequest().getParameterValues(name);
        return values == null ? null : String.join(",", values);
    }

}
