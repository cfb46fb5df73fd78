package dev.b2cemulator.config;

import java.io.IOException;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * Spring's JSON converter, but a body it cannot read is reported without quoting the
 * body: Jackson's messages quote the offending token
 * ({@code Unrecognized token 's3cret'}), and Spring logs exception messages at DEBUG, so
 * a malformed key would leak its private value into the log. The Jackson exception stays
 * the cause, for the Graph error message that names the member to fix.
 */
public class QuietJsonConverter extends JacksonJsonHttpMessageConverter {

    QuietJsonConverter(JsonMapper jsonMapper) {
        super(jsonMapper);
    }

    @Override
    public Object read(ResolvableType type, HttpInputMessage inputMessage, Map<String, Object> hints)
            throws IOException {
        try {
            return super.read(type, inputMessage, hints);
        }
        catch (HttpMessageNotReadableException ex) {
            throw quiet(ex, inputMessage);
        }
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage inputMessage) throws IOException {
        try {
            return super.readInternal(clazz, inputMessage);
        }
        catch (HttpMessageNotReadableException ex) {
            throw quiet(ex, inputMessage);
        }
    }

    private static HttpMessageNotReadableException quiet(HttpMessageNotReadableException ex, HttpInputMessage input) {
        return unreadable(ex.getCause() != null ? ex.getCause() : ex, input);
    }

    /**
     * What this converter reports for a body Jackson could not read, for code that reads
     * JSON bodies with the same mapper without going through the converter.
     */
    public static HttpMessageNotReadableException unreadable(Throwable cause, HttpInputMessage input) {
        return new HttpMessageNotReadableException("The request body could not be read as JSON (details withheld: "
                + "they may quote private key material).", cause, input);
    }

}
