package dev.b2cemulator.jwk;

import java.util.Locale;
import java.util.Optional;

/** trustFrameworkKeyStatus; a key is enabled unless someone disables it. */
public enum KeyStatus {

    ENABLED, DISABLED;

    /** {@code enabled} or {@code disabled}, in any case; empty for anything else. */
    public static Optional<KeyStatus> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "enabled" -> Optional.of(ENABLED);
            case "disabled" -> Optional.of(DISABLED);
            default -> Optional.empty();
        };
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

}
