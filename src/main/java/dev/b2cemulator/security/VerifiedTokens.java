package dev.b2cemulator.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tokens whose signature already verified, so that a client sending the same bearer token
 * on every call pays for the RSA check and the parsing once, as resource servers commonly
 * do. Only verified tokens enter; a hit is returned only while the claim checks still
 * pass (lifetime, audience, tenant), so an expired token is refused as before. The key is
 * the token itself: another signature, or a token signed by another key, is another entry
 * that must verify first. Bounded: when full, it starts again empty.
 */
final class VerifiedTokens {

    private record Verified(Jwt jwt, OAuth2TokenValidator<Jwt> checks) {
    }

    private final Map<String, Verified> tokens = new ConcurrentHashMap<>();

    private final int capacity;

    VerifiedTokens(int capacity) {
        this.capacity = capacity;
    }

    /** The verified token, if it is here and its claim checks still pass. */
    Jwt find(String token) {
        Verified verified = tokens.get(token);
        if (verified == null) {
            return null;
        }
        if (verified.checks().validate(verified.jwt()).hasErrors()) {
            tokens.remove(token);
            return null;
        }
        return verified.jwt();
    }

    /** Called with a token that verified (signature and claims) against these checks. */
    void add(String token, Jwt jwt, OAuth2TokenValidator<Jwt> checks) {
        if (tokens.size() >= capacity) {
            tokens.clear();
        }
        tokens.put(token, new Verified(jwt, checks));
    }

    int size() {
        return tokens.size();
    }

}
