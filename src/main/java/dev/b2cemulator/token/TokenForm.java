package dev.b2cemulator.token;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The token request's form body ({@code application/x-www-form-urlencoded}), decoded here
 * rather than by the servlet container, whose error for broken percent-encoding quotes
 * the values — a client secret among them — into exception messages that end up in debug
 * logs.
 */
final class TokenForm {

    private TokenForm() {
    }

    static MultiValueMap<String, String> parse(InputStream in) throws IOException {
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    static MultiValueMap<String, String> parse(String body) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        if (body == null || body.isBlank()) {
            return form;
        }
        for (String pair : body.strip().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            form.add(decode(name), decode(value));
        }
        return form;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            throw new TokenRequestException(400, "invalid_request", 900144, "The request body is not a valid form "
                    + "(application/x-www-form-urlencoded): check its percent-encoding.");
        }
    }

}
