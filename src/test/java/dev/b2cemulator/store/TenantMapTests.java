package dev.b2cemulator.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.store.TenantStore.CreateResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's rules beside what the keyset repositories' tests cover (create, update,
 * delete and paging): {@code put} replaces in place, takes the new case of the id, and
 * survives a reopen; ids match ignoring case; reads leave no trace; the log holds one
 * record per change.
 */
class TenantMapTests {

    record Named(String id, String body) {
    }

    private static final DurableTenantMap.Codec<Named, Named> AS_IS = DurableTenantMap.Codec.identity(Named.class);

    @TempDir
    Path dataDir;

    @Test
    void putReplacesInPlaceWithTheNewCaseAndAddsNewIdsUpToTheLimit() {
        TenantStore<Named> store = new TenantMap<>(Named::id);
        assertPutRules(store);
    }

    @Test
    void readsNeverCreateATenant() {
        TenantStore<Named> store = new TenantMap<>(Named::id);
        assertThat(store.find("nobody", "B2C_1A_x")).isEmpty();
        assertThat(store.findPage("nobody", 0, 10).items()).isEmpty();
        assertThat(store.count("nobody")).isZero();
        assertThat(store.update("nobody", "B2C_1A_x", named -> named)).isEmpty();
        assertThat(store.delete("nobody", "B2C_1A_x", named -> named)).isEmpty();
        assertThat(store.tenants()).isEmpty();
    }

    @Test
    void theDurableMapWritesOneTypedRecordPerChangeAndNoneForARefusedOne() throws Exception {
        try (DurableTenantMap<Named, Named> store = durable()) {
            store.create("t", new Named("B2C_1A_a", "v1"), 10);
            store.create("t", new Named("B2C_1A_A", "v2"), 10);
            store.delete("t", "b2c_1a_a", removed -> new Named(removed.id() + ".bak", removed.body()));
            store.delete("t", "B2C_1A_a.bak", removed -> null);
            store.clear("t");
            store.clear();
        }
        assertThat(Files.readAllLines(dataDir.resolve("named.log"))).extracting(line -> line.substring(9))
            .containsExactly("{\"op\":\"put\",\"tenant\":\"t\",\"put\":{\"id\":\"B2C_1A_a\",\"body\":\"v1\"}}",
                    "{\"op\":\"remove\",\"tenant\":\"t\",\"id\":\"B2C_1A_a\",\"put\":{\"id\":\"B2C_1A_a.bak\",\"body\":\"v1\"}}",
                    "{\"op\":\"remove\",\"tenant\":\"t\",\"id\":\"B2C_1A_a.bak\"}",
                    "{\"op\":\"clear\",\"tenant\":\"t\"}", "{\"op\":\"clear\"}");
    }

    @Test
    void theDurableMapKeepsTheCaseRules() throws Exception {
        try (DurableTenantMap<Named, Named> store = durable()) {
            assertCaseRules(store);
        }
    }

    @Test
    void theDurableMapKeepsTheSameRulesAcrossAReopen() throws Exception {
        try (DurableTenantMap<Named, Named> store = durable()) {
            assertPutRules(store);
        }
        try (DurableTenantMap<Named, Named> reopened = durable()) {
            assertThat(reopened.findPage("t", 0, 10).items()).containsExactly(new Named("B2C_1A_BASE", "v2"),
                    new Named("B2C_1A_child", "v1"));
        }
    }

    @Test
    void idsThatDifferOnlyInCaseAreOneEntryBeyondAsciiToo() {
        assertCaseRules(new TenantMap<>(Named::id));
    }

    private static void assertCaseRules(TenantStore<Named> store) {
        assertThat(store.create("t", new Named("B2C_1A_Ärger\uD801\uDC00", "v1"), 10)).isEqualTo(CreateResult.CREATED);

        assertThat(store.create("t", new Named("b2c_1a_äRGER\uD801\uDC28", "v2"), 10)).isEqualTo(CreateResult.EXISTS);
        assertThat(store.find("t", "B2C_1A_ÄRGER\uD801\uDC28")).contains(new Named("B2C_1A_Ärger\uD801\uDC00", "v1"));
        assertThat(store.find("t", "B2C_1A_Arger\uD801\uDC00")).isEmpty();
        assertThat(store.delete("t", "b2c_1a_ärger\uD801\uDC28", removed -> null)).isPresent();
        assertThat(store.count("t")).isZero();
    }

    private static void assertPutRules(TenantStore<Named> store) {
        assertThat(store.put("t", new Named("B2C_1A_base", "v1"), 2)).isEqualTo(CreateResult.CREATED);
        assertThat(store.put("t", new Named("B2C_1A_child", "v1"), 2)).isEqualTo(CreateResult.CREATED);
        assertThat(store.put("t", new Named("B2C_1A_BASE", "v2"), 2)).isEqualTo(CreateResult.REPLACED);
        assertThat(store.put("t", new Named("B2C_1A_third", "v1"), 2)).isEqualTo(CreateResult.TENANT_FULL);
        assertThat(store.findPage("t", 0, 10).items()).containsExactly(new Named("B2C_1A_BASE", "v2"),
                new Named("B2C_1A_child", "v1"));
        assertThat(store.find("t", "b2c_1a_base")).contains(new Named("B2C_1A_BASE", "v2"));
    }

    private DurableTenantMap<Named, Named> durable() {
        return new DurableTenantMap<>(dataDir.resolve("named.log"), JsonMapper.builder().build(), Named::id, AS_IS);
    }

}
