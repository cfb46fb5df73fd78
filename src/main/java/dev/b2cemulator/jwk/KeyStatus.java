package dev.b2cemulator.jwk;

import java.util.Locale;

/** trustFrameworkKeyStatus; a key is enabled unless someone disables it. */
public enum KeyStatus {

    ENABLED, DISABLED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

}
