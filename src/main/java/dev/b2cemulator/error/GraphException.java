package dev.b2cemulator.error;

import dev.b2cemulator.config.EmulatorProperties.ErrorStatus;

/**
 * A failure the caller can fix: a {@link GraphErrorCode} and a message that says what to
 * fix. Build them through {@link B2cErrors} or the factories here; services throw nothing
 * else.
 */
public class GraphException extends RuntimeException {

    private final GraphErrorCode error;

    public GraphException(GraphErrorCode error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    public static GraphException badRequest(String message) {
        return new GraphException(GraphErrorCode.BAD_REQUEST, message);
    }

    /**
     * A resource of the emulator's own (not Graph) that is not there: 404
     * {@code NotFound}.
     */
    public static GraphException notFound(String message) {
        return new GraphException(GraphErrorCode.NOT_FOUND, message);
    }

    public static GraphException payloadTooLarge(long limitBytes) {
        return new GraphException(GraphErrorCode.PAYLOAD_TOO_LARGE,
                "The request body is larger than the limit of " + limitBytes + " bytes.");
    }

    public GraphErrorCode error() {
        return error;
    }

    public int status(ErrorStatus mode) {
        return mode == ErrorStatus.REST ? error.restStatus() : error.status();
    }

    public String code() {
        return error.code();
    }

}
