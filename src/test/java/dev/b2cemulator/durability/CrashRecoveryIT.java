package dev.b2cemulator.durability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as a child process with {@code EMULATOR_DATA_DIR}: writes under load from 16 threads, SIGKILL in
 * the middle of it, a restart on the same data dir, and then every acknowledged write is there and nothing
 * that was refused is.
 */
class CrashRecoveryIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    private Process emulator;

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.destroyForcibly();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        int port = start();
        String token = token(port);
        Set<String> acknowledgedSets = ConcurrentHashMap.newKeySet();
        Set<String> acknowledgedKeys = ConcurrentHashMap.newKeySet();
        Set<String> refused = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(16);
        for (int thread = 0; thread < 16; thread++) {
            int t = thread;
            load.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    String id = "crash-" + t + "-" + i;
                    boolean invalid = i % 10 == 9;
                    String keys = invalid ? "[{\"kty\":\"EC\",\"use\":\"sig\"}]"
                            : "[{\"kty\":\"oct\",\"use\":\"sig\",\"k\":\"c2VjcmV0" + i + "\"}]";
                    try {
                        sent.incrementAndGet();
                        HttpResponse<String> created = post(port, token, "/beta/trustFramework/keySets",
                                "{\"id\":\"" + id + "\",\"keys\":" + keys + "}");
                        if (created.statusCode() == 201) {
                            acknowledgedSets.add("B2C_1A_" + id);
                            sent.incrementAndGet();
                            HttpResponse<String> secret = post(port, token,
                                    "/beta/trustFramework/keySets/B2C_1A_" + id + "/uploadSecret",
                                    "{\"use\":\"sig\",\"k\":\"s" + i + "\"}");
                            if (secret.statusCode() == 200) {
                                acknowledgedKeys.add("B2C_1A_" + id + " " + JSON.readTree(secret.body()).get("kid").asString());
                            }
                        }
                        else if (created.statusCode() == 400) {
                            refused.add("B2C_1A_" + id);
                        }
                    }
                    catch (IOException | InterruptedException ex) {
                        return; // the emulator is gone: this write's fate is unknown, and not asserted
                    }
                }
            });
        }
        Thread.sleep(3_000);
        emulator.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        int restartedPort = start();
        String newToken = token(restartedPort);
        int foundSets = 0;
        for (String id : acknowledgedSets) {
            foundSets += get(restartedPort, newToken, "/beta/trustFramework/keySets/" + id).statusCode() == 200 ? 1 : 0;
        }
        int foundKeys = 0;
        for (String entry : acknowledgedKeys) {
            String[] parts = entry.split(" ");
            JsonNode keySet = JSON.readTree(get(restartedPort, newToken, "/beta/trustFramework/keySets/" + parts[0]).body());
            for (JsonNode key : keySet.get("keys")) {
                foundKeys += key.get("kid").asString().equals(parts[1]) ? 1 : 0;
            }
        }
        int refusedFound = 0;
        for (String id : refused) {
            refusedFound += get(restartedPort, newToken, "/beta/trustFramework/keySets/" + id).statusCode() == 200 ? 1 : 0;
        }
        System.out.printf("RELIABILITY crash: requests sent %d, keysets acknowledged %d (found after SIGKILL %d), "
                + "keys acknowledged %d (found %d), refused %d (found %d), log %d bytes%n", sent.get(),
                acknowledgedSets.size(), foundSets, acknowledgedKeys.size(), foundKeys, refused.size(), refusedFound,
                Files.size(dataDir.resolve("keysets.log")));

        assertThat(acknowledgedSets).hasSizeGreaterThan(50);
        assertThat(foundSets).isEqualTo(acknowledgedSets.size());
        assertThat(foundKeys).isEqualTo(acknowledgedKeys.size());
        assertThat(refused).isNotEmpty();
        assertThat(refusedFound).isZero();
    }

    private int start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String jar = System.getProperty("emulator.jar");
        assertThat(Path.of(jar)).as("the packaged jar").exists();
        emulator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
                "--server.port=" + port, "--emulator.data-dir=" + dataDir, "--logging.level.root=WARN")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling(dataDir.getFileName() + ".out").toFile()))
            .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_emulator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return port;
                }
            }
            catch (IOException ex) {
                // not up yet
            }
            assertThat(emulator.isAlive()).as("the emulator process is running").isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("the emulator did not become healthy");
    }

    private static String token(int port) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest
            .newBuilder(URI.create("http://127.0.0.1:" + port + "/contoso.onmicrosoft.com/oauth2/v2.0/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=a&client_secret=b"
                    + "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"))
            .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private static HttpResponse<String> post(int port, String token, String path, String body)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String token, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + token)
            .build(), HttpResponse.BodyHandlers.ofString());
    }

}
