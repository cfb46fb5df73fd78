package dev.b2cemulator.support;

import java.time.Duration;

import org.springframework.boot.test.system.CapturedOutput;

/**
 * The access log is written by a thread of its own, in order: once a request's line is
 * out, so are the lines of every request before it.
 */
public final class AccessLogOutput {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private AccessLogOutput() {
    }

    /** The captured output once the line of the request with this id is in it. */
    public static String through(CapturedOutput output, String requestId) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!output.getOut().contains("request-id=" + requestId)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no access log line for request-id=" + requestId + " within " + PATIENCE);
            }
            sleep();
        }
        return output.getAll();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for the access log", ex);
        }
    }

}
