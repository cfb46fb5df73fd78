package dev.b2cemulator.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.b2cemulator.error.GraphException;

/**
 * Faults for testing retry logic (docs/EMULATOR.md), as {@code POST /_emulator/faults}
 * and {@code EMULATOR_FAULTS} take them:
 * {@code {"failureRate":0.2,"rateLimit":{"requests":10,"windowSeconds":60},
 * "latencyMs":{"min":0,"max":200},"retryAfterSeconds":2}}; every member optional,
 * {@code {}} is none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Faults(Double failureRate, RateLimit rateLimit, LatencyMs latencyMs, Integer retryAfterSeconds) {

    static final Faults NONE = new Faults(null, null, null, null);

    static final int MAX_LATENCY_MS = 60_000;

    public record RateLimit(Integer requests, Integer windowSeconds) {
    }

    public record LatencyMs(Integer min, Integer max) {
    }

    /** Checks the values; the message names the member to fix. */
    Faults validated() {
        if (failureRate != null && (failureRate < 0 || failureRate > 1)) {
            throw GraphException.badRequest("'failureRate' must be between 0 and 1.");
        }
        if (rateLimit != null && (rateLimit.requests() == null || rateLimit.requests() < 1
                || rateLimit.windowSeconds() == null || rateLimit.windowSeconds() < 1)) {
            throw GraphException.badRequest("'rateLimit' needs 'requests' and 'windowSeconds', both at least 1.");
        }
        if (latencyMs != null) {
            int min = latencyMs.min() == null ? 0 : latencyMs.min();
            int max = latencyMs.max() == null ? min : latencyMs.max();
            if (min < 0 || max < min || max > MAX_LATENCY_MS) {
                throw GraphException.badRequest("'latencyMs' needs 0 <= min <= max <= " + MAX_LATENCY_MS + ".");
            }
        }
        if (retryAfterSeconds != null && (retryAfterSeconds < 0 || retryAfterSeconds > 3600)) {
            throw GraphException.badRequest("'retryAfterSeconds' must be between 0 and 3600.");
        }
        return this;
    }

}
