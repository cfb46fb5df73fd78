package dev.b2cemulator.error;

/**
 * The B2C error table of CONTRACT §4, in one place. The real service answers these with 400 and an
 * {@code AADB2C…} code; messages say what to fix.
 */
public final class B2cErrors {

    private B2cErrors() {
    }

    public static GraphException keySetNotFound(String id, String tenant) {
        return new GraphException(400, 404, "AADB2C90073",
                "KeyContainer with 'id': '" + id + "' cannot be found in the directory '" + tenant + "'.", true);
    }

    public static GraphException keyNotFound(String kid, String keySetId) {
        return new GraphException(400, 404, "AADB2C90073",
                "Key with 'kid': '" + kid + "' cannot be found in the key set '" + keySetId + "'.", true);
    }

    public static GraphException noActiveKey(String id, String tenant, String reason) {
        return b2c("AADB2C90019", "The key container with id '" + id + "' in tenant '" + tenant
                + "' does not has a valid key. Reason: " + reason);
    }

    public static GraphException wrongCertificatePassword() {
        return b2c("AADB2C90213", "The certificate password provided in request is incorrect.");
    }

    public static GraphException keyWithKidInUpdate() {
        return b2c("AADB2C95059", "One of the keys in the payload has 'kid' which is not empty. Leave 'kid' out: "
                + "the keys of an update get new ids.");
    }

    public static GraphException keySetExists(String id) {
        return new GraphException(400, 409, "AADB2C95028",
                "A key set with id '" + id + "' already exists. Use another id, or delete the existing set first.", true);
    }

    public static GraphException invalidKeySetField() {
        return b2c("AADB2C", "The 'keySet' field is invalid in request. Please check the request body and parameters.");
    }

    public static GraphException invalidKeySetId(String id) {
        return b2c("AADB2C", "The key set id '" + id + "' is not valid: use 1 to 100 of the characters A-Z, a-z, 0-9,"
                + " '_', '-' and '.', with a name after the 'B2C_1A_' prefix.");
    }

    public static GraphException missingParameter(String name) {
        return b2c("AADB2C90253", "The trustframework keyset parameter '" + name + "' is missing.");
    }

    public static GraphException badKty(String kty) {
        return b2c("AADB2C95031", "Bad kty parameter '" + kty + "' for the trustframework key. Must be RSA or oct.");
    }

    public static GraphException badUse(String use) {
        return b2c("AADB2C95033", "Bad use parameter '" + use + "' for the trustframework key. Must be 'sig' or 'enc'.");
    }

    public static GraphException rsaMissingModulusOrExponent() {
        return b2c("AADB2C95039", "The RSA key must have both a modulus ('n') and an exponent ('e').");
    }

    public static GraphException kNotBase64Url() {
        return b2c("AADB2C95029", "The key parameter 'k' must be base64url encoded (A-Z, a-z, 0-9, '-' and '_').");
    }

    public static GraphException mixedKeyTypes() {
        return b2c("AADB2C95032", "One can't mix RSA and Oct types in one key set.");
    }

    public static GraphException mixedKeyUses() {
        return b2c("AADB2C95042", "One can't mix signature and encryption usage in one key set.");
    }

    public static GraphException tooManyKeySets(int limit) {
        return b2c("AADB2C", "A tenant can hold at most " + limit + " key sets (EMULATOR_MAX_KEY_SETS_PER_TENANT). "
                + "Delete some first.");
    }

    public static GraphException tooManyKeys(int limit) {
        return b2c("AADB2C", "A key set can hold at most " + limit + " keys.");
    }

    /** Key material that parses but is unusable: weak, inconsistent, not a certificate, exp ≤ nbf… */
    public static GraphException invalidKey(String reason) {
        return b2c("AADB2C95026", "The key is not valid: " + reason);
    }

    private static GraphException b2c(String code, String message) {
        return new GraphException(400, 400, code, message, true);
    }

}
