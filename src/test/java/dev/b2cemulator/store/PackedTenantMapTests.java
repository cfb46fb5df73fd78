package dev.b2cemulator.store;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.b2cemulator.store.TenantMapTests.Named;
import dev.b2cemulator.store.TenantStore.CreateResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The packed map against the object map, which is the reference: the same operations, in
 * a long random sequence over a few hundred ids in mixed case, give the same answers, so
 * that its slots, hash table, dead records and compactions stay invisible.
 */
class PackedTenantMapTests {

    static final Packing<Named> NAMED = new Packing<>() {

        @Override
        public String id(Named value) {
            return value.id();
        }

        @Override
        public void write(Named value, DataOutput out) throws IOException {
            out.writeUTF(value.body());
        }

        @Override
        public Named read(String id, DataInput in, int length) throws IOException {
            return new Named(id, in.readUTF());
        }

    };

    @Test
    void answersAsTheObjectMapDoesThroughCreatesPutsUpdatesDeletesAndPages() {
        for (long seed = 1; seed <= 4; seed++) {
            TenantStore<Named> expected = new TenantMap<>(Named::id);
            TenantStore<Named> packed = new TenantMap<>(NAMED);
            Random random = new Random(seed);
            for (int step = 0; step < 20_000; step++) {
                String tenant = "t" + random.nextInt(2);
                String id = id(random);
                Named value = new Named(id, "v" + step + "x".repeat(random.nextInt(300)));
                int limit = 150 + random.nextInt(100);
                String context = "seed " + seed + ", step " + step;
                switch (random.nextInt(7)) {
                    case 0, 1 -> assertThat(packed.create(tenant, value, limit)).as(context)
                        .isEqualTo(expected.create(tenant, value, limit));
                    case 2 -> assertThat(packed.put(tenant, value, limit)).as(context)
                        .isEqualTo(expected.put(tenant, value, limit));
                    case 3 ->
                        assertThat(packed.update(tenant, id, old -> new Named(old.id(), value.body()))).as(context)
                            .isEqualTo(expected.update(tenant, id, old -> new Named(old.id(), value.body())));
                    case 4 -> {
                        String backupId = random.nextBoolean() ? null : id(random);
                        assertThat(packed.delete(tenant, id, old -> backup(backupId, old))).as(context)
                            .isEqualTo(expected.delete(tenant, id, old -> backup(backupId, old)));
                    }
                    case 5 -> assertThat(packed.find(tenant, id)).as(context).isEqualTo(expected.find(tenant, id));
                    default -> {
                        long position = random.nextInt(step + 1);
                        int top = 1 + random.nextInt(40);
                        assertThat(packed.findPage(tenant, position, top)).as(context)
                            .isEqualTo(expected.findPage(tenant, position, top));
                    }
                }
            }
            for (String tenant : expected.tenants()) {
                assertThat(packed.findPage(tenant, 0, Integer.MAX_VALUE))
                    .isEqualTo(expected.findPage(tenant, 0, Integer.MAX_VALUE));
            }
        }
    }

    @Test
    void tensOfThousandsOfValuesPageAndFindAsTheObjectMapDoes() {
        TenantStore<Named> expected = new TenantMap<>(Named::id);
        TenantStore<Named> packed = new TenantMap<>(NAMED);
        for (int i = 0; i < 30_000; i++) {
            Named value = new Named("B2C_1A_many" + i, "v" + i);
            assertThat(packed.create("t", value, Integer.MAX_VALUE)).isEqualTo(CreateResult.CREATED);
            expected.create("t", value, Integer.MAX_VALUE);
        }
        for (int i = 0; i < 30_000; i += 3) {
            assertThat(packed.delete("t", "b2c_1a_MANY" + i, old -> null)).isPresent();
            expected.delete("t", "b2c_1a_MANY" + i, old -> null);
        }
        for (int i = 0; i < 30_000; i++) {
            assertThat(packed.find("t", "B2C_1A_many" + i)).isEqualTo(expected.find("t", "B2C_1A_many" + i));
        }
        long position = 0;
        do {
            TenantStore.Page<Named> page = packed.findPage("t", position, 999);
            assertThat(page).isEqualTo(expected.findPage("t", position, 999));
            position = page.nextPosition();
        }
        while (position != 0);
        assertThat(packed.count("t")).isEqualTo(20_000);
    }

    @Test
    void aRefusedUpdateOrBackupChangesNothing() {
        TenantStore<Named> packed = new TenantMap<>(NAMED);
        packed.create("t", new Named("B2C_1A_a", "v1"), 10);

        assertThatIllegalStateException().isThrownBy(() -> packed.update("t", "b2c_1a_A", old -> {
            throw new IllegalStateException("refused");
        }));
        assertThatIllegalStateException().isThrownBy(() -> packed.delete("t", "B2C_1A_a", old -> {
            throw new IllegalStateException("refused");
        }));

        assertThat(packed.find("t", "B2C_1A_A")).contains(new Named("B2C_1A_a", "v1"));
        assertThat(packed.count("t")).isOne();
    }

    @Test
    void aValueLargerThanAChunkAndNonAsciiIdsReadBack() {
        TenantStore<Named> packed = new TenantMap<>(NAMED);
        Named large = new Named("B2C_1A_Ärger\uD801\uDC00", "y".repeat(65_000));
        packed.create("t", new Named("B2C_1A_small", "s"), 10);

        assertThat(packed.create("t", large, 10)).isEqualTo(CreateResult.CREATED);
        assertThat(packed.create("t", new Named("B2C_1A_after", "a"), 10)).isEqualTo(CreateResult.CREATED);

        assertThat(packed.find("t", "b2c_1a_äRGER\uD801\uDC28")).contains(large);
        assertThat(packed.findPage("t", 0, 10).items()).extracting(Named::id)
            .containsExactly("B2C_1A_small", large.id(), "B2C_1A_after");
    }

    private static String id(Random random) {
        String id = "B2C_1A_key" + random.nextInt(300);
        return random.nextBoolean() ? id.toUpperCase(Locale.ROOT) : id;
    }

    private static Named backup(String backupId, Named removed) {
        return (backupId == null) ? null : new Named(backupId, removed.body());
    }

}
