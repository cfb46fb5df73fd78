package dev.b2cemulator.keyset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.jwk.KeyStatus;
import dev.b2cemulator.jwk.SecretMaterial;
import dev.b2cemulator.jwk.TrustFrameworkKey;
import dev.b2cemulator.store.AppendLog;
import dev.b2cemulator.store.TenantStore;

import static org.assertj.core.api.Assertions.assertThat;

class DurableKeySetRepositoryTests {

    @TempDir
    Path dataDir;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyKindOfChangeSurvivesAReopenInOrderAndWithItsSecrets() throws Exception {
        TrustFrameworkKey key = new TrustFrameworkKey("k1", "sig", "oct", null, null, null, null, 1L, 2L,
                KeyStatus.DISABLED, SecretMaterial.fromStorage(Map.of("k", "c2VjcmV0")));
        try (DurableKeySetRepository store = new DurableKeySetRepository(dataDir, json)) {
            store.create("t1", new KeySet("B2C_1A_b", List.of()), 10);
            store.create("t1", new KeySet("B2C_1A_a", List.of()), 10);
            store.update("t1", "b2c_1a_b", set -> set.withKey(key));
            store.create("t1", new KeySet("B2C_1A_gone", List.of()), 10);
            store.delete("t1", "B2C_1A_gone", set -> new KeySet(set.id() + ".bak", set.keys()));
            store.create("t2", new KeySet("B2C_1A_other", List.of()), 10);
            store.clear("t2");
        }

        try (DurableKeySetRepository reopened = new DurableKeySetRepository(dataDir, json)) {
            assertThat(reopened.findPage("t1", 0, 10).items()).extracting(KeySet::id)
                .containsExactly("B2C_1A_b", "B2C_1A_a", "B2C_1A_gone.bak");
            TrustFrameworkKey reloaded = reopened.find("t1", "B2C_1A_b").orElseThrow().keys().get(0);
            assertThat(reloaded).usingRecursiveComparison().ignoringFields("secret").isEqualTo(key);
            assertThat(reloaded.secret().get("k")).isEqualTo("c2VjcmV0");
            assertThat(reopened.count("t2")).isZero();
        }
    }

    @Test
    void aRefusedChangeWritesNothing() throws Exception {
        try (DurableKeySetRepository store = new DurableKeySetRepository(dataDir, json)) {
            store.create("t1", new KeySet("B2C_1A_x", List.of()), 10);
            try {
                store.update("t1", "B2C_1A_x", set -> {
                    throw new IllegalStateException("refused");
                });
            }
            catch (IllegalStateException expected) {
                // refused before anything was written
            }
            assertThat(store.create("t1", new KeySet("B2C_1A_y", List.of()), 1))
                .isEqualTo(TenantStore.CreateResult.TENANT_FULL);
        }
        try (DurableKeySetRepository reopened = new DurableKeySetRepository(dataDir, json)) {
            assertThat(reopened.findPage("t1", 0, 10).items()).extracting(KeySet::id).containsExactly("B2C_1A_x");
        }
    }

    /**
     * The record shape of the first version of the file, written before the store was
     * shared with policies.
     */
    @Test
    void aLogOfTheFirstVersionStillLoads() throws Exception {
        try (AppendLog old = new AppendLog(dataDir.resolve("keysets.log"))) {
            old.append("{\"op\":\"put\",\"tenant\":\"t1\",\"put\":{\"id\":\"B2C_1A_old\",\"keys\":[{\"kid\":\"k\","
                    + "\"use\":\"sig\",\"kty\":\"oct\",\"x5c\":[],\"status\":\"ENABLED\",\"secret\":{\"k\":\"cw\"}}]}}");
            old.append("{\"op\":\"remove\",\"tenant\":\"t1\",\"id\":\"B2C_1A_old\",\"put\":{\"id\":\"B2C_1A_old.bak\","
                    + "\"keys\":[]}}");
        }
        try (DurableKeySetRepository reopened = new DurableKeySetRepository(dataDir, json)) {
            assertThat(reopened.findPage("t1", 0, 10).items()).extracting(KeySet::id).containsExactly("B2C_1A_old.bak");
        }
    }

}
