package dev.b2cemulator.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tokens whose signature and claims already verified, so that a client sending the same
 * bearer token on every call pays for the RSA check, the parsing and the claim checks
 * once, as resource servers commonly do. Only verified tokens enter. What a token's
 * claims say cannot change (audience, tenant, issuer), but whether its lifetime holds
 * does: a hit is returned only while it does, with the claim checks' own skew
 * ({@link GraphTokenValidator}); after that the token is forgotten and checked in full
 * again, so an expired token is refused with the same message as before. The key is the
 * token itself: another signature, or a token signed by another key, is another entry
 * that must verify first. Bounded: when full, it starts again empty.
 */
final class VerifiedTokens {

    /**
     * The lifetime is read out of the token once: {@link Jwt#getExpiresAt()} converts the
     * claim through Spring's conversion service on every call.
     */
    private record Verified(Jwt jwt, Instant expiresAt, Instant notBefore) {

        boolean holdsAt(Instant now) {
            return !GraphTokenValidator.expired(now, expiresAt) && !GraphTokenValidator.notYetValid(now, notBefore);
        }

    }

    private final Map<String, Verified> tokens = new ConcurrentHashMap<>();

    private final int capacity;

    VerifiedTokens(int capacity) {
        this.capacity = capacity;
    }

    /** The verified token, if it is here and its lifetime holds at {@code now}. */
    Jwt find(String token, Instant now) {
        Verified verified = tokens.get(token);
        if (verified == null) {
            return null;
        }
        if (!verified.holdsAt(now)) {
            tokens.remove(token);
            return null;
        }
        return verified.jwt();
    }

    /**
     * Called with a token that verified, signature and claims; one without an expiry
     * never does ({@link GraphTokenValidator}).
     */
    void add(String token, Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            return;
        }
        if (tokens.size() >= capacity) {
            tokens.clear();
        }
        tokens.put(token, new Verified(jwt, jwt.getExpiresAt(), jwt.getNotBefore()));
    }

    int size() {
        return tokens.size();
    }

}
