package dev.b2cemulator.keyset;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.b2cemulator.store.TenantStore;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryKeySetRepositoryTests {

    private final InMemoryKeySetRepository repository = new InMemoryKeySetRepository();

    private boolean create(String tenant, KeySet keySet) {
        return repository.create(tenant, keySet, 100) == TenantStore.CreateResult.CREATED;
    }

    @Test
    void aFullTenantTakesNoMoreSets() {
        repository.create("t1", new KeySet("a", List.of()), 1);

        assertThat(repository.create("t1", new KeySet("b", List.of()), 1))
            .isEqualTo(TenantStore.CreateResult.TENANT_FULL);
        assertThat(repository.create("t1", new KeySet("A", List.of()), 1)).isEqualTo(TenantStore.CreateResult.EXISTS);
        assertThat(repository.create("t2", new KeySet("b", List.of()), 1)).isEqualTo(TenantStore.CreateResult.CREATED);
    }

    @Test
    void idsMatchCaseInsensitivelyAndKeepTheirCase() {
        assertThat(create("t1", new KeySet("B2C_1A_Signing", List.of()))).isTrue();
        assertThat(create("t1", new KeySet("B2C_1A_SIGNING", List.of()))).isFalse();

        assertThat(repository.find("t1", "b2c_1a_signing")).get().extracting(KeySet::id).isEqualTo("B2C_1A_Signing");
    }

    @Test
    void tenantsAreSeparate() {
        create("t1", new KeySet("B2C_1A_x", List.of()));

        assertThat(create("t2", new KeySet("B2C_1A_x", List.of()))).isTrue();
        assertThat(repository.find("t3", "B2C_1A_x")).isEmpty();
    }

    @Test
    void pagesFollowCreationOrderAndSurviveDeletes() {
        for (String id : List.of("a", "b", "c", "d", "e")) {
            create("t1", new KeySet(id, List.of()));
        }
        TenantStore.Page<KeySet> first = repository.findPage("t1", 0, 2);
        repository.delete("t1", "c", deleted -> null);
        TenantStore.Page<KeySet> second = repository.findPage("t1", first.nextPosition(), 2);

        assertThat(first.items()).extracting(KeySet::id).containsExactly("a", "b");
        assertThat(second.items()).extracting(KeySet::id).containsExactly("d", "e");
        assertThat(second.nextPosition()).isZero();
        assertThat(second.total()).isEqualTo(4);
    }

    @Test
    void updateKeepsThePlaceAndARefusedChangeChangesNothing() {
        create("t1", new KeySet("a", List.of()));
        create("t1", new KeySet("b", List.of()));

        repository.update("t1", "A", set -> new KeySet(set.id(), List.of()));
        try {
            repository.update("t1", "b", set -> {
                throw new IllegalStateException("refused");
            });
        }
        catch (IllegalStateException expected) {
            // the change was refused
        }

        assertThat(repository.findPage("t1", 0, 10).items()).extracting(KeySet::id).containsExactly("a", "b");
        assertThat(repository.update("t1", "missing", set -> set)).isEmpty();
    }

    @Test
    void deleteStoresTheBackupInTheSameStep() {
        create("t1", new KeySet("x", List.of()));
        create("t1", new KeySet("x.bak", List.of()));

        assertThat(repository.delete("t1", "X", set -> new KeySet(set.id() + ".bak", set.keys()))).isPresent();

        assertThat(repository.find("t1", "x")).isEmpty();
        assertThat(repository.count("t1")).isEqualTo(1);
        assertThat(repository.delete("t1", "x", set -> null)).isEmpty();
    }

    @Test
    void concurrentCreatesOfOneIdStoreExactlyOne() throws Exception {
        int threads = 64;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = IntStream.range(0, threads).mapToObj(i -> pool.submit(() -> {
                start.await();
                return create("t1", new KeySet(i % 2 == 0 ? "B2C_1A_race" : "B2C_1A_RACE", List.of()));
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
