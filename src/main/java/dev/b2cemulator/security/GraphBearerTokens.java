package dev.b2cemulator.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Spring Security's bearer token rules ({@link DefaultBearerTokenResolver}), with the
 * common case decided without its regular expression: an {@code Authorization} header of
 * {@code Bearer } (any case) and an RFC 6750 b64token. Matching the pattern over the
 * token on every call cost a twelfth of a request's CPU. Anything else goes to Spring's
 * resolver, which refuses a malformed header and ignores a missing or foreign one as
 * before (its query and form parameters stay off, as by default).
 */
final class GraphBearerTokens implements BearerTokenResolver {

    private static final String PREFIX = "Bearer ";

    /** The b64token characters, looked up rather than compared: the token is long. */
    private static final boolean[] TOKEN_CHARACTERS = tokenCharacters();

    private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && isBearerB64Token(header)) {
            return header.substring(PREFIX.length());
        }
        return this.spring.resolve(request);
    }

    /** {@code ^Bearer [a-zA-Z0-9-._~+/]+=*$}, case-insensitive (ASCII), as Spring's. */
    static boolean isBearerB64Token(String header) {
        if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        int i = PREFIX.length();
        int tokenStart = i;
        while (i < header.length() && isTokenCharacter(header.charAt(i))) {
            i++;
        }
        if (i == tokenStart) {
            return false;
        }
        while (i < header.length() && header.charAt(i) == '=') {
            i++;
        }
        return i == header.length();
    }

    private static boolean isTokenCharacter(char c) {
        return c < TOKEN_CHARACTERS.length && TOKEN_CHARACTERS[c];
    }

    private static boolean[] tokenCharacters() {
        boolean[] table = new boolean[128];
        for (char c = 0; c < table.length; c++) {
            table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
        }
        return table;
    }

}
