package dev.b2cemulator.jwk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * getActiveKey's rule (docs/API.md, keys, after B2C's key rollover): among the keys that
 * are not disabled and whose {@code nbf} has passed (or is unset) and whose {@code exp}
 * has not (or is unset), the one with the latest {@code nbf}; an unset {@code nbf} counts
 * as the earliest, and on a tie the key added last wins.
 */
public final class ActiveKeys {

    private ActiveKeys() {
    }

    public static Optional<TrustFrameworkKey> select(List<TrustFrameworkKey> keys, Instant now) {
        long seconds = now.getEpochSecond();
        TrustFrameworkKey active = null;
        for (TrustFrameworkKey key : keys) {
            boolean usable = key.status() != KeyStatus.DISABLED && (key.nbf() == null || key.nbf() <= seconds)
                    && (key.exp() == null || key.exp() > seconds);
            if (usable && (active == null || activation(key) >= activation(active))) {
                active = key;
            }
        }
        return Optional.ofNullable(active);
    }

    private static long activation(TrustFrameworkKey key) {
        return key.nbf() == null ? Long.MIN_VALUE : key.nbf();
    }

}
