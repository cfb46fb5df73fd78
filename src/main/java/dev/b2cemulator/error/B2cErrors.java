package dev.b2cemulator.error;

/**
 * B2C's errors with their messages (statuses and codes in {@link GraphErrorCode}). The
 * real service answers these with 400 and an {@code AADB2C…} code; messages say what to
 * fix. docs/API.md lists them.
 */
public final class B2cErrors {

    /** The prefix B2C puts in front of every keyset and policy id. */
    public static final String B2C_PREFIX = "B2C_1A_";

    private B2cErrors() {
    }

    /**
     * Graph's message; for an id without the {@code B2C_1A_} prefix a hint follows, since
     * B2C stores every keyset id with it and a script that creates {@code keyset1} must
     * read {@code B2C_1A_keyset1}.
     */
    public static GraphException keySetNotFound(String id, String tenant) {
        String message = "KeyContainer with 'id': '" + id + "' cannot be found in the directory '" + tenant + "'.";
        return new GraphException(GraphErrorCode.KEY_SET_NOT_FOUND, message + prefixHint(id, "Key set"));
    }

    /** The hint for an id that lacks {@code B2C_1A_}; empty when it has it. */
    public static String prefixHint(String id, String what) {
        if (id == null || id.regionMatches(true, 0, B2C_PREFIX, 0, B2C_PREFIX.length())) {
            return "";
        }
        return " " + what + " ids are stored with the prefix '" + B2C_PREFIX + "': did you mean '" + B2C_PREFIX + id
                + "'?";
    }

    public static GraphException keyNotFound(String kid, String keySetId) {
        return new GraphException(GraphErrorCode.KEY_SET_NOT_FOUND,
                "Key with 'kid': '" + kid + "' cannot be found in the key set '" + keySetId + "'.");
    }

    public static GraphException noActiveKey(String id, String tenant, String reason) {
        return b2c(GraphErrorCode.NO_ACTIVE_KEY, "The key container with id '" + id + "' in tenant '" + tenant
                + "' does not has a valid key. Reason: " + reason);
    }

    public static GraphException wrongCertificatePassword() {
        return b2c(GraphErrorCode.WRONG_CERTIFICATE_PASSWORD,
                "The certificate password provided in request is incorrect.");
    }

    public static GraphException keyWithKidInUpdate() {
        return b2c(GraphErrorCode.KID_IN_UPDATE,
                "One of the keys in the payload has 'kid' which is not empty. Leave 'kid' out: "
                        + "the keys of an update get new ids.");
    }

    public static GraphException keySetExists(String id) {
        return new GraphException(GraphErrorCode.KEY_SET_EXISTS,
                "A key set with id '" + id + "' already exists. Use another id, or delete the existing set first.");
    }

    public static GraphException invalidKeySetField() {
        return b2c(GraphErrorCode.B2C_INVALID_REQUEST,
                "The 'keySet' field is invalid in request. Please check the request body and parameters.");
    }

    public static GraphException invalidKeySetId(String id) {
        return b2c(GraphErrorCode.B2C_INVALID_REQUEST,
                "The key set id '" + id + "' is not valid: use 1 to 100 of the characters A-Z, a-z, 0-9,"
                        + " '_', '-' and '.', with a name after the 'B2C_1A_' prefix.");
    }

    public static GraphException missingParameter(String name) {
        return b2c(GraphErrorCode.MISSING_PARAMETER, "The trustframework keyset parameter '" + name + "' is missing.");
    }

    public static GraphException badKty(String kty) {
        return b2c(GraphErrorCode.BAD_KTY,
                "Bad kty parameter '" + kty + "' for the trustframework key. Must be RSA or oct.");
    }

    public static GraphException badUse(String use) {
        return b2c(GraphErrorCode.BAD_USE,
                "Bad use parameter '" + use + "' for the trustframework key. Must be 'sig' or 'enc'.");
    }

    public static GraphException rsaMissingModulusOrExponent() {
        return b2c(GraphErrorCode.RSA_MODULUS_OR_EXPONENT_MISSING,
                "The RSA key must have both a modulus ('n') and an exponent ('e').");
    }

    public static GraphException kNotBase64Url() {
        return b2c(GraphErrorCode.K_NOT_BASE64URL,
                "The key parameter 'k' must be base64url encoded (A-Z, a-z, 0-9, '-' and '_').");
    }

    public static GraphException mixedKeyTypes() {
        return b2c(GraphErrorCode.MIXED_KEY_TYPES, "One can't mix RSA and Oct types in one key set.");
    }

    public static GraphException mixedKeyUses() {
        return b2c(GraphErrorCode.MIXED_KEY_USES, "One can't mix signature and encryption usage in one key set.");
    }

    public static GraphException tooManyKeySets(int limit) {
        return b2c(GraphErrorCode.B2C_INVALID_REQUEST, "A tenant can hold at most " + limit
                + " key sets (EMULATOR_MAX_KEY_SETS_PER_TENANT). " + "Delete some first.");
    }

    public static GraphException tooManyKeys(int limit) {
        return b2c(GraphErrorCode.B2C_INVALID_REQUEST, "A key set can hold at most " + limit + " keys.");
    }

    /**
     * Key material that parses but is unusable: weak, inconsistent, not a certificate,
     * exp ≤ nbf…
     */
    public static GraphException invalidKey(String reason) {
        return b2c(GraphErrorCode.INVALID_KEY, "The key is not valid: " + reason);
    }

    private static GraphException b2c(GraphErrorCode code, String message) {
        return new GraphException(code, message);
    }

}
