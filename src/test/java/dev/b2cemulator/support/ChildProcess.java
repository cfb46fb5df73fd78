package dev.b2cemulator.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A child process run to its end within a timeout, its output (standard error included)
 * written to a file rather than read from a pipe, so that the timeout fires even when the
 * child hangs with its output open. A child still running at the timeout is killed and
 * fails the test, with what it printed.
 */
public final class ChildProcess {

    private ChildProcess() {
    }

    /** What a finished child said, and how it ended. */
    public record Result(int exitValue, String output) {
    }

    public static Result run(ProcessBuilder builder, Duration timeout) throws IOException, InterruptedException {
        Path output = Files.createTempFile("child-process", ".out");
        try {
            Process process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("still running after " + timeout + ": " + builder.command() + "\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        }
        finally {
            Files.deleteIfExists(output);
        }
    }

}
