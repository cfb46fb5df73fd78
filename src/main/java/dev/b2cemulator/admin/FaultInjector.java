package dev.b2cemulator.admin;

import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.config.StartupException;
import dev.b2cemulator.error.GraphException;

/**
 * The faults in force and the rate-limit window (a tumbling window over all Graph calls).
 * {@link #admit} decides, for one call, how long to wait and whether to throttle it.
 */
@Component
public class FaultInjector {

    private final AtomicReference<Faults> faults = new AtomicReference<>(Faults.NONE);

    private long windowStartNanos;

    private int callsInWindow;

    public FaultInjector(EmulatorProperties properties, JsonMapper jsonMapper) {
        if (properties.faults() != null && !properties.faults().isBlank()) {
            try {
                set(jsonMapper.readValue(properties.faults(), Faults.class));
            }
            catch (JacksonException | GraphException ex) {
                throw new StartupException(
                        "emulator.faults (EMULATOR_FAULTS) is not a valid faults object: " + ex.getMessage());
            }
        }
    }

    public Faults current() {
        return faults.get();
    }

    public void set(Faults newFaults) {
        faults.set(newFaults == null ? Faults.NONE : newFaults.validated());
        synchronized (this) {
            callsInWindow = 0;
            windowStartNanos = System.nanoTime();
        }
    }

    /** Milliseconds to wait before the call goes on. */
    public long latencyMs() {
        Faults.LatencyMs latency = faults.get().latencyMs();
        if (latency == null) {
            return 0;
        }
        int min = latency.min() == null ? 0 : latency.min();
        int max = latency.max() == null ? min : latency.max();
        return min == max ? min : ThreadLocalRandom.current().nextLong(min, max + 1L);
    }

    /** Empty to let the call through; otherwise the Retry-After seconds of a 429. */
    public OptionalInt throttle() {
        Faults current = faults.get();
        if (current.rateLimit() != null) {
            OptionalInt limited = rateLimited(current);
            if (limited.isPresent()) {
                return limited;
            }
        }
        if (current.failureRate() != null && ThreadLocalRandom.current().nextDouble() < current.failureRate()) {
            return OptionalInt.of(current.retryAfterSeconds() == null ? 1 : current.retryAfterSeconds());
        }
        return OptionalInt.empty();
    }

    private synchronized OptionalInt rateLimited(Faults current) {
        long now = System.nanoTime();
        long windowNanos = current.rateLimit().windowSeconds() * 1_000_000_000L;
        if (now - windowStartNanos >= windowNanos) {
            windowStartNanos = now;
            callsInWindow = 0;
        }
        if (callsInWindow < current.rateLimit().requests()) {
            callsInWindow++;
            return OptionalInt.empty();
        }
        long remainingSeconds = Math.max(1, (windowNanos - (now - windowStartNanos) + 999_999_999L) / 1_000_000_000L);
        return OptionalInt
            .of(current.retryAfterSeconds() == null ? (int) remainingSeconds : current.retryAfterSeconds());
    }

}
