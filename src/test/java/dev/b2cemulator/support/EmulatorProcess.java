package dev.b2cemulator.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged emulator as a child process, for the tests that start the jar: a free
 * port, a wait for its health with a generous timeout, and a stop that cannot hang.
 */
public final class EmulatorProcess {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EmulatorProcess() {
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Waits until {@code /_emulator/health} answers 200, at most two minutes; fails at
     * once, with what it printed, if the process ends first.
     */
    public static void awaitHealthy(Process emulator, int port, Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_emulator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            }
            catch (IOException ex) {
                // not listening yet
            }
            assertThat(emulator.isAlive()).as("the emulator runs: %s", Files.readString(output)).isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("the emulator did not become healthy: " + Files.readString(output));
    }

    /** SIGTERM, then SIGKILL if it is still running after 30 s. */
    public static void stop(Process emulator) throws InterruptedException {
        if (emulator != null) {
            emulator.destroy();
            if (!emulator.waitFor(30, TimeUnit.SECONDS)) {
                emulator.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

}
