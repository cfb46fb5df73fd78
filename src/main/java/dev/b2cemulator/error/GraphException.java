package dev.b2cemulator.error;

import dev.b2cemulator.config.EmulatorProperties.ErrorStatus;

/**
 * A failure the caller can fix, carrying the Graph error code and the status the real service answers.
 * Not-found and duplicate carry a second, REST-style status for {@code EMULATOR_ERROR_STATUS=rest}.
 * Build them through {@link B2cErrors} or the factories here; services throw nothing else.
 */
public class GraphException extends RuntimeException {

    private final int status;

    private final int restStatus;

    private final String code;

    private final boolean fromB2c;

    GraphException(int status, int restStatus, String code, String message, boolean fromB2c) {
        super(message, null, false, false);
        this.status = status;
        this.restStatus = restStatus;
        this.code = code;
        this.fromB2c = fromB2c;
    }

    public static GraphException badRequest(String message) {
        return new GraphException(400, 400, "BadRequest", message, false);
    }

    /** A resource of the emulator's own (not Graph) that is not there: 404 {@code NotFound}. */
    public static GraphException notFound(String message) {
        return new GraphException(404, 404, "NotFound", message, false);
    }

    public static GraphException payloadTooLarge(long limitBytes) {
        return new GraphException(413, 413, "RequestEntityTooLarge",
                "The request body is larger than the limit of " + limitBytes + " bytes.", false);
    }

    public int status(ErrorStatus mode) {
        return mode == ErrorStatus.REST ? restStatus : status;
    }

    public String code() {
        return code;
    }

    /** B2C's own errors carry a {@code correlationId} in {@code innerError}. */
    public boolean fromB2c() {
        return fromB2c;
    }

}
