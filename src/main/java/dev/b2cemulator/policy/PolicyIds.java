package dev.b2cemulator.policy;

import java.util.Locale;

import dev.b2cemulator.error.B2cErrors;
import dev.b2cemulator.error.GraphErrorCode;
import dev.b2cemulator.error.GraphException;

/**
 * Policy ids as B2C makes them, in URLs and in
 * {@code PolicyId}/{@code BasePolicy/PolicyId} alike: {@code B2C_1A_} is put in front
 * unless the id starts with it in any case; the result must match the schema's pattern
 * and be at most 256 characters.
 */
final class PolicyIds {

    static final int MAX_LENGTH = 256;

    private PolicyIds() {
    }

    static String normalize(String requested) {
        String prefix = B2cErrors.B2C_PREFIX;
        String id = requested == null ? "" : requested.strip();
        if (!id.regionMatches(true, 0, prefix, 0, prefix.length())) {
            id = prefix + id;
        }
        if (id.length() == prefix.length() || id.length() > MAX_LENGTH
                || !PolicyStructure.POLICY_ID.matcher(id).matches()) {
            throw new GraphException(GraphErrorCode.B2C_INVALID_REQUEST, "The policy id '" + requested
                    + "' is not valid: use the characters A-Z, a-z, 0-9, '_', '-' and '.', not ending in '.', at most "
                    + MAX_LENGTH + " characters with the 'B2C_1A_' prefix.");
        }
        return id;
    }

    /** Ids compare without regard to case. */
    static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

}
