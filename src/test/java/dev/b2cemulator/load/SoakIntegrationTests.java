package dev.b2cemulator.load;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.b2cemulator.support.RawGraphClient;
import dev.b2cemulator.support.EmulatorIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded soak: 8 clients each make {@code -Dsoak.rounds} rounds (default 300, at most
 * 3,000) of creating, filling, reading, listing and deleting a keyset and its .bak copy,
 * ten calls a round; the heap after GC must not grow, nor the requests fail. Bounded by a
 * count, not a time: a slow machine makes it take longer, not do less.
 */
@EmulatorIntegrationTest
@TestPropertySource(properties = "logging.level.dev.b2cemulator.access=WARN")
class SoakIntegrationTests {

    private static final int ROUNDS = Math.min(3_000, Integer.getInteger("soak.rounds", 300));

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    @Test
    void theHeapAfterGcDoesNotGrowUnderSustainedLoad() throws Exception {
        RawGraphClient graph = RawGraphClient.forTenant(port, "soak.onmicrosoft.com");
        run(graph, 30);
        long before = heapAfterGc();

        AtomicLong requests = run(graph, ROUNDS);
        long after = heapAfterGc();

        System.out.printf("RELIABILITY soak: %d rounds, %d requests, heap after GC %d MiB before, %d MiB after%n",
                ROUNDS, requests.get(), before >> 20, after >> 20);
        assertThat(after).as("heap after GC, bytes").isLessThan(before + (32L << 20));
    }

    private AtomicLong run(RawGraphClient graph, int rounds) throws Exception {
        AtomicLong requests = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> clients = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            int t = thread;
            clients.add(pool.submit(() -> {
                for (int i = 0; i < rounds; i++) {
                    String id = "B2C_1A_soak-" + t + "-" + (i % 50);
                    expect(graph.send("POST", "/beta/trustFramework/keySets", "{\"id\":\"" + id + "\"}"), 201,
                            requests);
                    for (int k = 0; k < 5; k++) {
                        expect(graph.send("POST", "/beta/trustFramework/keySets/" + id + "/generateKey",
                                "{\"use\":\"sig\",\"kty\":\"oct\"}"), 200, requests);
                    }
                    expect(graph.send("GET", "/beta/trustFramework/keySets/" + id + "/getActiveKey", null), 200,
                            requests);
                    expect(graph.send("GET", "/beta/trustFramework/keySets?$top=20", null), 200, requests);
                    expect(graph.send("DELETE", "/beta/trustFramework/keySets/" + id, null), 204, requests);
                    expect(graph.send("DELETE", "/beta/trustFramework/keySets/" + id + ".bak", null), 204, requests);
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

    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

}
