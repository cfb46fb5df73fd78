package dev.b2cemulator.keyset;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryKeySetRepositoryTests {

    private final InMemoryKeySetRepository repository = new InMemoryKeySetRepository();

    @Test
    void idsMatchCaseInsensitivelyAndKeepTheirCase() {
        assertThat(repository.create("t1", new KeySet("B2C_1A_Signing", List.of()))).isTrue();
        assertThat(repository.create("t1", new KeySet("B2C_1A_SIGNING", List.of()))).isFalse();

        assertThat(repository.find("t1", "b2c_1a_signing")).get().extracting(KeySet::id).isEqualTo("B2C_1A_Signing");
    }

    @Test
    void tenantsAreSeparate() {
        repository.create("t1", new KeySet("B2C_1A_x", List.of()));

        assertThat(repository.create("t2", new KeySet("B2C_1A_x", List.of()))).isTrue();
        assertThat(repository.find("t3", "B2C_1A_x")).isEmpty();
    }

    @Test
    void concurrentCreatesOfOneIdStoreExactlyOne() throws Exception {
        int threads = 64;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = IntStream.range(0, threads).mapToObj(i -> pool.submit(() -> {
                start.await();
                return repository.create("t1", new KeySet(i % 2 == 0 ? "B2C_1A_race" : "B2C_1A_RACE", List.of()));
            })).toList();
            start.countDown();
            long winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        }
        finally {
            pool.shutdownNow();
        }
    }

}
