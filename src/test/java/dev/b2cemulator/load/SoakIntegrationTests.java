package dev.b2cemulator.load;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.EmulatorTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded soak: 8 clients create, fill, read, list and delete keysets (and their .bak copies) for
 * {@code -Dsoak.seconds} (default 20, at most 60); the heap after GC must not grow, nor the requests fail.
 */
@EmulatorIntegrationTest
@TestPropertySource(properties = "logging.level.dev.b2cemulator.access=WARN")
class SoakIntegrationTests {

    private static final int SECONDS = Math.min(60, Integer.getInteger("soak.seconds", 20));

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theHeapAfterGcDoesNotGrowUnderSustainedLoad() throws Exception {
        String token = EmulatorTokens.fetch(client, "soak.onmicrosoft.com");
        run(token, 3);
        long before = heapAfterGc();

        AtomicLong requests = run(token, SECONDS);
        long after = heapAfterGc();

        System.out.printf("RELIABILITY soak: %d s, %d requests, heap after GC %d MiB before, %d MiB after%n", SECONDS,
                requests.get(), before >> 20, after >> 20);
        assertThat(after).as("heap after GC, bytes").isLessThan(before + (32L << 20));
    }

    private AtomicLong run(String token, int seconds) throws Exception {
        AtomicLong requests = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> clients = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            int t = thread;
            clients.add(pool.submit(() -> {
                for (int i = 0; System.nanoTime() < deadline; i++) {
                    String id = "B2C_1A_soak-" + t + "-" + (i % 50);
                    expect(send(token, "POST", "/beta/trustFramework/keySets", "{\"id\":\"" + id + "\"}"), 201, requests);
                    for (int k = 0; k < 5; k++) {
                        expect(send(token, "POST", "/beta/trustFramework/keySets/" + id + "/generateKey",
                                "{\"use\":\"sig\",\"kty\":\"oct\"}"), 200, requests);
                    }
                    expect(send(token, "GET", "/beta/trustFramework/keySets/" + id + "/getActiveKey", null), 200, requests);
                    expect(send(token, "GET", "/beta/trustFramework/keySets?$top=20", null), 200, requests);
                    expect(send(token, "DELETE", "/beta/trustFramework/keySets/" + id, null), 204, requests);
                    expect(send(token, "DELETE", "/beta/trustFramework/keySets/" + id + ".bak", null), 204, requests);
                }
                return null;
            }));
        }
        for (Future<?> future : clients) {
            future.get();
        }
        pool.shutdown();
        return requests;
    }

    private static void expect(HttpResponse<String> response, int status, AtomicLong requests) {
        requests.incrementAndGet();
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + ": " + response.statusCode() + " " + response.body());
        }
    }

    private HttpResponse<String> send(String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

}
