package dev.b2cemulator.keyset;

import java.util.regex.Pattern;

import dev.b2cemulator.error.B2cErrors;

/**
 * Keyset ids as B2C makes them: {@code B2C_1A_} is put in front unless the id already
 * starts with it in any case; then the prefix is written {@code B2C_1A_} ({@code keyset1}
 * and {@code b2c_1a_keyset1} both give {@code B2C_1A_keyset1}).
 */
final class KeySetIds {

    static final String PREFIX = B2cErrors.B2C_PREFIX;

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    private KeySetIds() {
    }

    static String normalize(String requested) {
        if (requested == null || requested.isBlank()) {
            throw B2cErrors.missingParameter("id");
        }
        if (!allowed(requested)) {
            throw B2cErrors.invalidKeySetId(requested);
        }
        boolean prefixed = requested.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
        String name = prefixed ? requested.substring(PREFIX.length()) : requested;
        if (name.isEmpty()) {
            throw B2cErrors.invalidKeySetId(requested);
        }
        return PREFIX + name;
    }

    /** 1 to 100 of {@code A-Z a-z 0-9 _ . -}. */
    private static boolean allowed(String id) {
        return ALLOWED.matcher(id).matches();
    }

}
