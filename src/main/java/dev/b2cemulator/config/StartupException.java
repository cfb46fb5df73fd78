package dev.b2cemulator.config;

/**
 * A setting or a file named by a setting that the emulator cannot start with. The message
 * names the property and the problem; {@link StartupFailureAnalyzer} prints it alone,
 * without a stack trace.
 */
public class StartupException extends RuntimeException {

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }

}
