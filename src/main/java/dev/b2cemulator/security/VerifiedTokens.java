package dev.b2cemulator.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Bearer tokens whose signature and claims verified, so that a client sending the same
 * token on every call pays for the signature check and the parsing once, as resource
 * servers commonly do. Only verified tokens enter, keyed by the token itself: another
 * signature is another entry that must verify first, and each decoder (one signing key,
 * or one trusted issuer) has its own. What a token's claims say cannot change, but
 * whether its lifetime holds does: a hit is returned only while it holds at the clock,
 * with the claim checks' own skew, and an entry leaves the cache once its token has
 * expired, or when the least used of {@code maximumSize} entries must make room.
 */
final class VerifiedTokens {

    private final Cache<String, Jwt> tokens;

    private final Clock clock;

    VerifiedTokens(int maximumSize, Clock clock) {
        this.clock = clock;
        // Maintenance on the calling thread: no pool thread of the cache's own.
        this.tokens = Caffeine.newBuilder()
            .executor(Runnable::run)
            .maximumSize(maximumSize)
            .expireAfter(Expiry.creating((String token, Jwt jwt) -> lifetimeLeft(jwt)))
            .build();
    }

    /** The verified token, if it is here and its lifetime holds now. */
    Jwt find(String token) {
        Jwt jwt = tokens.getIfPresent(token);
        if (jwt == null) {
            return null;
        }
        Instant now = clock.instant();
        if (GraphTokenValidator.expired(now, jwt.getExpiresAt())
                || GraphTokenValidator.notYetValid(now, jwt.getNotBefore())) {
            tokens.invalidate(token);
            return null;
        }
        return jwt;
    }

    /**
     * Called with a token that verified, signature and claims; one without an expiry
     * never does ({@link GraphTokenValidator}).
     */
    void add(String token, Jwt jwt) {
        if (jwt.getExpiresAt() != null) {
            tokens.put(token, jwt);
        }
    }

    long size() {
        tokens.cleanUp();
        return tokens.estimatedSize();
    }

    private Duration lifetimeLeft(Jwt jwt) {
        Duration left = Duration.between(clock.instant(), jwt.getExpiresAt().plus(GraphTokenValidator.SKEW));
        return left.isNegative() ? Duration.ZERO : left;
    }

}
