package dev.b2cemulator.error;

/**
 * Every status and code the emulator answers an error with, in one table: Graph's generic
 * errors, then B2C's own ({@code AADB2C…}, which carry a {@code correlationId}).
 * Not-found and duplicate have a second, REST-style status for
 * {@code EMULATOR_ERROR_STATUS=rest}. Every producer — the exception handler,
 * {@code /error}, Tomcat's valve, the filters and the security handlers — takes its
 * status and code from here.
 */
public enum GraphErrorCode {

    BAD_REQUEST(400, "BadRequest"),

    INVALID_AUTHENTICATION_TOKEN(401, "InvalidAuthenticationToken"),

    AUTHORIZATION_REQUEST_DENIED(403, "Authorization_RequestDenied"),

    /**
     * A path outside the Graph API that nothing answers, or a resource of the emulator's
     * own.
     */
    NOT_FOUND(404, "NotFound"),

    METHOD_NOT_ALLOWED(405, "MethodNotAllowed"),

    NOT_ACCEPTABLE(406, "NotAcceptable"),

    PAYLOAD_TOO_LARGE(413, "RequestEntityTooLarge"),

    UNSUPPORTED_MEDIA_TYPE(415, "UnsupportedMediaType"),

    /**
     * Graph's own throttling code; the emulator's faults answer B2C's {@link #THROTTLED}
     * instead.
     */
    TOO_MANY_REQUESTS(429, "TooManyRequests"),

    GENERAL_EXCEPTION(500, "generalException"),

    KEY_SET_NOT_FOUND(400, 404, "AADB2C90073"),

    POLICY_NOT_FOUND(400, 404, "AADB2C90073"),

    /** A POST of a policy whose id exists (PUT replaces). */
    POLICY_EXISTS(400, 409, "AADB2C"),

    /** A PUT on a policy without {@code /$value}. */
    POLICY_PUT_NEEDS_VALUE(400, "AADB2C99009"),

    NO_ACTIVE_KEY(400, "AADB2C90019"),

    WRONG_CERTIFICATE_PASSWORD(400, "AADB2C90213"),

    MISSING_PARAMETER(400, "AADB2C90253"),

    KEY_SET_EXISTS(400, 409, "AADB2C95028"),

    INVALID_KEY(400, "AADB2C95026"),

    K_NOT_BASE64URL(400, "AADB2C95029"),

    BAD_KTY(400, "AADB2C95031"),

    MIXED_KEY_TYPES(400, "AADB2C95032"),

    BAD_USE(400, "AADB2C95033"),

    RSA_MODULUS_OR_EXPONENT_MISSING(400, "AADB2C95039"),

    MIXED_KEY_USES(400, "AADB2C95042"),

    KID_IN_UPDATE(400, "AADB2C95059"),

    /**
     * B2C's generic code, for problems whose real code is not known (invalid ids, limits,
     * a bad field).
     */
    B2C_INVALID_REQUEST(400, "AADB2C"),

    THROTTLED(429, "AADB2C95043");

    private final int status;

    private final int restStatus;

    private final String code;

    GraphErrorCode(int status, String code) {
        this(status, status, code);
    }

    GraphErrorCode(int status, int restStatus, String code) {
        this.status = status;
        this.restStatus = restStatus;
        this.code = code;
    }

    /**
     * The code for a status that arrives without one (from the container or the
     * framework).
     */
    public static GraphErrorCode forStatus(int status) {
        for (GraphErrorCode candidate : values()) {
            if (candidate.status == status && !candidate.fromB2c()) {
                return candidate;
            }
        }
        return status >= 500 ? GENERAL_EXCEPTION : BAD_REQUEST;
    }

    public int status() {
        return status;
    }

    /** The status with {@code EMULATOR_ERROR_STATUS=rest}. */
    public int restStatus() {
        return restStatus;
    }

    public String code() {
        return code;
    }

    /** B2C's own errors carry a {@code correlationId} in {@code innerError}. */
    public boolean fromB2c() {
        return code.startsWith("AADB2C");
    }

}
