package dev.b2cemulator.load;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.keyset.KeySet;
import dev.b2cemulator.keyset.KeySetRepository;
import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.RawGraphClient;
import dev.b2cemulator.tenant.TenantIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrency without loss, over real HTTP from 64 client threads (docs/API.md, keysets).
 */
@EmulatorIntegrationTest
class ConcurrencyIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient client;

    @Autowired
    KeySetRepository repository;

    @LocalServerPort
    int port;

    @Test
    void tenThousandCreatesOver64ThreadsAreAllThereAndNoneTwice() throws Exception {
        RawGraphClient graph = RawGraphClient.forTenant(port, "load.onmicrosoft.com");
        List<Callable<Integer>> creates = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String body = "{\"id\":\"load-" + i + "\"}";
            creates.add(() -> graph.post("/beta/trustFramework/keySets", body).statusCode());
        }
        long start = System.nanoTime();
        List<Integer> statuses = runAll(creates, 64);
        long millis = (System.nanoTime() - start) / 1_000_000;

        String tenant = TenantIds.resolve("load.onmicrosoft.com").orElseThrow();
        List<KeySet> stored = repository.findPage(tenant, 0, Integer.MAX_VALUE).items();
        Set<String> ids = new HashSet<>();
        stored.forEach(keySet -> ids.add(keySet.id()));
        System.out.printf("RELIABILITY creates: 10000 over 64 threads in %d ms, %d stored, %d distinct%n", millis,
                stored.size(), ids.size());
        assertThat(statuses).containsOnly(201);
        assertThat(stored).hasSize(10_000);
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void twoHundredParallelUploadsKeepExactlyTheCapAndReadersNeverSeeAHalfWrittenSet() throws Exception {
        RawGraphClient graph = RawGraphClient.forTenant(port, "uploads.onmicrosoft.com");
        assertThat(graph.post("/beta/trustFramework/keySets", "{\"id\":\"full\"}").statusCode()).isEqualTo(201);
        ConcurrentLinkedQueue<String> badReads = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread reader = new Thread(() -> readWhileWriting(graph, writing, badReads));
        reader.start();
        List<Callable<Integer>> uploads = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String body = "{\"use\":\"sig\",\"k\":\"secret-" + i + "\"}";
            uploads.add(() -> graph.post("/beta/trustFramework/keySets/B2C_1A_full/uploadSecret", body).statusCode());
        }
        List<Integer> statuses = runAll(uploads, 64);
        writing.set(false);
        reader.join();

        long accepted = statuses.stream().filter(status -> status == 200).count();
        long refused = statuses.stream().filter(status -> status == 400).count();
        int kept = repository.find(TenantIds.resolve("uploads.onmicrosoft.com").orElseThrow(), "B2C_1A_full")
            .orElseThrow()
            .keys()
            .size();
        System.out.printf(
                "RELIABILITY uploads: 200 parallel, %d accepted, %d refused, %d kept (cap 100), %d bad reads%n",
                accepted, refused, kept, badReads.size());
        assertThat(accepted).isEqualTo(100);
        assertThat(refused).isEqualTo(100);
        assertThat(kept).isEqualTo(100);
        assertThat(badReads).isEmpty();
    }

    private void readWhileWriting(RawGraphClient graph, AtomicBoolean writing, ConcurrentLinkedQueue<String> badReads) {
        int last = 0;
        while (writing.get()) {
            try {
                HttpResponse<String> response = graph.get("/beta/trustFramework/keySets/B2C_1A_full");
                JsonNode keys = JSON.readTree(response.body()).get("keys");
                if (response.statusCode() != 200 || keys.size() < last || keys.size() > 100) {
                    badReads.add(response.statusCode() + " with " + keys.size() + " keys after " + last);
                }
                for (JsonNode key : keys) {
                    if (key.get("kid").isNull() || !"oct".equals(key.get("kty").asString())
                            || !"sig".equals(key.get("use").asString())) {
                        badReads.add("incomplete key " + key);
                    }
                }
                last = keys.size();
            }
            catch (Exception ex) {
                badReads.add(ex.toString());
            }
        }
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
        finally {
            pool.shutdownNow();
        }
    }

}
