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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.support.RawGraphClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as a child process with {@code EMULATOR_DATA_DIR}: a fixed number of writes (a
 * keyset, a key, a policy that references the keyset; every tenth keyset refused), then
 * writers going on while the process is killed with SIGKILL, a restart on the same data
 * dir, and then every acknowledged write is there and nothing that was refused is.
 * Bounded by counts and conditions, never by how fast the machine is.
 */
class CrashRecoveryIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final int WRITERS = 8;

    private static final int WRITES_BEFORE_THE_CRASH = 25;

    /**
     * Writes acknowledged after the kill was decided on, so that the kill lands while
     * writes are in flight.
     */
    private static final int WRITES_IN_FLIGHT = 40;

    @TempDir
    Path dataDir;

    private Process emulator;

    private final Set<String> acknowledgedSets = ConcurrentHashMap.newKeySet();

    private final Set<String> acknowledgedKeys = ConcurrentHashMap.newKeySet();

    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    /**
     * Policy ids whose upload (referencing the keyset written just before) was
     * acknowledged.
     */
    private final Set<String> acknowledgedPolicies = ConcurrentHashMap.newKeySet();

    private final AtomicInteger sent = new AtomicInteger();

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.destroyForcibly();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        RawGraphClient graph = RawGraphClient.forTenant("http://127.0.0.1:" + start(), "contoso.onmicrosoft.com");
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> before = new ArrayList<>();
        for (int t = 0; t < WRITERS; t++) {
            int thread = t;
            before.add(writers.submit(() -> {
                for (int i = 0; i < WRITES_BEFORE_THE_CRASH; i++) {
                    assertThat(write(graph, "before-" + thread + "-" + i, i)).as("a write before the crash").isTrue();
                }
                return null;
            }));
        }
        for (Future<?> future : before) {
            future.get(5, TimeUnit.MINUTES);
        }
        int acknowledgedBefore = acknowledgedSets.size();
        assertThat(refused).hasSize(WRITERS * (WRITES_BEFORE_THE_CRASH / 10));

        AtomicInteger inFlight = new AtomicInteger();
        for (int t = 0; t < WRITERS; t++) {
            int thread = t;
            writers.submit(() -> {
                for (int i = 0; i < 100_000 && write(graph, "during-" + thread + "-" + i, i); i++) {
                    inFlight.incrementAndGet();
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (inFlight.get() < WRITES_IN_FLIGHT && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(inFlight.get()).as("writes acknowledged while the writers run")
            .isGreaterThanOrEqualTo(WRITES_IN_FLIGHT);
        emulator.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        writers.shutdown();
        assertThat(writers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        RawGraphClient restarted = RawGraphClient.forTenant("http://127.0.0.1:" + start(), "contoso.onmicrosoft.com");
        int foundSets = 0;
        for (String id : acknowledgedSets) {
            foundSets += restarted.get("/beta/trustFramework/keySets/" + id).statusCode() == 200 ? 1 : 0;
        }
        int foundKeys = 0;
        for (String entry : acknowledgedKeys) {
            String[] parts = entry.split(" ");
            JsonNode keySet = JSON.readTree(restarted.get("/beta/trustFramework/keySets/" + parts[0]).body());
            for (JsonNode key : keySet.get("keys")) {
                foundKeys += key.get("kid").asString().equals(parts[1]) ? 1 : 0;
            }
        }
        int refusedFound = 0;
        for (String id : refused) {
            refusedFound += restarted.get("/beta/trustFramework/keySets/" + id).statusCode() == 200 ? 1 : 0;
        }
        int foundPolicies = 0;
        for (String policyId : acknowledgedPolicies) {
            HttpResponse<String> document = restarted.get("/beta/trustFramework/policies/" + policyId + "/$value");
            foundPolicies += document.statusCode() == 200 && document.body().equals(policy(policyId)) ? 1 : 0;
        }
        System.out.printf(
                "RELIABILITY crash: requests sent %d, keysets acknowledged %d (%d before the crash; found "
                        + "after SIGKILL %d), keys acknowledged %d (found %d), policies acknowledged %d (found %d), "
                        + "refused %d (found %d), logs %d + %d bytes%n",
                sent.get(), acknowledgedSets.size(), acknowledgedBefore, foundSets, acknowledgedKeys.size(), foundKeys,
                acknowledgedPolicies.size(), foundPolicies, refused.size(), refusedFound,
                Files.size(dataDir.resolve("keysets.log")), Files.size(dataDir.resolve("policies.log")));

        assertThat(foundSets).isEqualTo(acknowledgedSets.size());
        assertThat(foundKeys).isEqualTo(acknowledgedKeys.size());
        assertThat(foundPolicies).isEqualTo(acknowledgedPolicies.size());
        assertThat(acknowledgedPolicies)
            .hasSizeGreaterThanOrEqualTo(WRITERS * (WRITES_BEFORE_THE_CRASH - WRITES_BEFORE_THE_CRASH / 10));
        assertThat(refusedFound).isZero();
    }

    /**
     * A policy whose one key reference is the keyset of the same name: it uploads only
     * once that keyset exists.
     */
    private static String policy(String policyId) {
        String keySet = policyId.replace("B2C_1A_P_", "B2C_1A_");
        return "<TrustFrameworkPolicy xmlns=\"http://schemas.microsoft.com/online/cpim/schemas/2013/06\" "
                + "PolicySchemaVersion=\"0.3.0.0\" TenantId=\"contoso.onmicrosoft.com\" PolicyId=\"" + policyId
                + "\" PublicPolicyUri=\"http://contoso.onmicrosoft.com/" + policyId + "\"><ClaimsProviders>"
                + "<ClaimsProvider><TechnicalProfiles><TechnicalProfile Id=\"t\"><CryptographicKeys><Key Id=\"k\" "
                + "StorageReferenceId=\"" + keySet + "\"/></CryptographicKeys></TechnicalProfile></TechnicalProfiles>"
                + "</ClaimsProvider></ClaimsProviders></TrustFrameworkPolicy>";
    }

    /**
     * One keyset (every tenth one invalid, so refused) and a secret in it; false once the
     * emulator is gone, when the fate of the write in flight is unknown and not asserted.
     */
    private boolean write(RawGraphClient graph, String name, int i) {
        String id = "B2C_1A_" + name;
        boolean invalid = i % 10 == 9;
        String keys = invalid ? "[{\"kty\":\"EC\",\"use\":\"sig\"}]"
                : "[{\"kty\":\"oct\",\"use\":\"sig\",\"k\":\"c2VjcmV0" + i + "\"}]";
        try {
            sent.incrementAndGet();
            HttpResponse<String> created = graph.sendOrThrow(
                    json(graph, "/beta/trustFramework/keySets", "{\"id\":\"" + name + "\",\"keys\":" + keys + "}"));
            if (created.statusCode() == 400) {
                refused.add(id);
                return true;
            }
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            acknowledgedSets.add(id);
            sent.incrementAndGet();
            HttpResponse<String> secret = graph.sendOrThrow(json(graph,
                    "/beta/trustFramework/keySets/" + id + "/uploadSecret", "{\"use\":\"sig\",\"k\":\"s" + i + "\"}"));
            assertThat(secret.statusCode()).as(secret.body()).isEqualTo(200);
            acknowledgedKeys.add(id + " " + JSON.readTree(secret.body()).get("kid").asString());
            String policyId = "B2C_1A_P_" + name;
            sent.incrementAndGet();
            HttpResponse<String> uploaded = graph
                .sendOrThrow(graph.request("/beta/trustFramework/policies/" + policyId + "/$value")
                    .PUT(HttpRequest.BodyPublishers.ofString(policy(policyId))));
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
            acknowledgedPolicies.add(policyId);
            return true;
        }
        catch (IOException | InterruptedException ex) {
            return false;
        }
    }

    private static HttpRequest.Builder json(RawGraphClient graph, String path, String body) {
        return graph.request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private int start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String jar = System.getProperty("emulator.jar");
        assertThat(Path.of(jar)).as("the packaged jar").exists();
        emulator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
                "--server.port=" + port, "--emulator.data-dir=" + dataDir, "--emulator.max-policies-per-tenant=100000",
                "--logging.level.root=WARN")
            .redirectErrorStream(true)
            .redirectOutput(
                    ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling(dataDir.getFileName() + ".out").toFile()))
            .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_emulator/health")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .statusCode() == 200) {
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

}
