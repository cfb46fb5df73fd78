package dev.b2cemulator.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.b2cemulator.store.TenantStore.CreateResult;
import dev.b2cemulator.store.TenantStore.Page;

/**
 * One tenant's values packed in a {@link RecordSlab}, with no object per value: slots in
 * creation order (a position, a record's address, the id's hash) in {@link PagedLongs},
 * and a {@link SlotTable} from the id's case-insensitive hash to the slot. A million
 * values are a few thousand arrays to the garbage collector, not five million objects,
 * and growing never copies them all at once. A removed or replaced value leaves a dead
 * slot or record; when more than half are dead, the live ones are copied into new arrays
 * (a pause for the tenant's callers, after as many removals as values remain).
 */
final class PackedTenant<T> implements TenantValues<T> {

    private static final long REMOVED = -1;

    private final Packing<T> packing;

    private RecordSlab slab = new RecordSlab();

    // slot by slot, in creation order
    private PagedLongs positions = new PagedLongs();

    private PagedLongs addresses = new PagedLongs(); // REMOVED once removed

    private PagedLongs hashes = new PagedLongs();

    private SlotTable table = newTable();

    private int live;

    private long deadBytes;

    private long lastPosition;

    PackedTenant(Packing<T> packing) {
        this.packing = packing;
    }

    @Override
    public synchronized CreateResult store(T value, int maxPerTenant, boolean replace) {
        String id = packing.id(value);
        int slot = slotOf(id);
        if (slot >= 0 && !replace) {
            return CreateResult.EXISTS;
        }
        if (slot >= 0) {
            rewrite(slot, value); // the slot, and its position, stay
            return CreateResult.REPLACED;
        }
        if (live >= maxPerTenant) {
            return CreateResult.TENANT_FULL;
        }
        append(id, value);
        return CreateResult.CREATED;
    }

    @Override
    public synchronized Optional<T> find(String id) {
        int slot = slotOf(id);
        return (slot < 0) ? Optional.empty() : Optional.of(slab.value(addresses.get(slot), packing));
    }

    @Override
    public synchronized Page<T> page(long position, int limit) {
        List<T> page = new ArrayList<>();
        long next = 0;
        long lastReturned = 0;
        for (int slot = positions.firstAbove(position); slot < positions.size(); slot++) {
            if (addresses.get(slot) == REMOVED) {
                continue;
            }
            if (page.size() == limit) {
                next = page.isEmpty() ? 0 : lastReturned;
                break;
            }
            page.add(slab.value(addresses.get(slot), packing));
            lastReturned = positions.get(slot);
        }
        return new Page<>(page, next, live);
    }

    @Override
    public synchronized int count() {
        return live;
    }

    @Override
    public synchronized Optional<T> update(String id, UnaryOperator<T> change) {
        int slot = slotOf(id);
        if (slot < 0) {
            return Optional.empty();
        }
        T changed = change.apply(slab.value(addresses.get(slot), packing));
        rewrite(slot, changed);
        return Optional.of(changed);
    }

    @Override
    public synchronized Optional<T> delete(String id, UnaryOperator<T> backup) {
        int slot = slotOf(id);
        if (slot < 0) {
            return Optional.empty();
        }
        T removed = slab.value(addresses.get(slot), packing);
        T copy = backup.apply(removed);
        remove(slot);
        if (copy != null) {
            String copyId = packing.id(copy);
            int existing = slotOf(copyId);
            if (existing >= 0) {
                remove(existing);
            }
            append(copyId, copy);
        }
        compactIfMostlyDead();
        return Optional.of(removed);
    }

    private int slotOf(String id) {
        int hash = ObjectTenant.Id.caseInsensitiveHash(id);
        return table.find(hash,
                slot -> (int) hashes.get(slot) == hash && slab.id(addresses.get(slot)).equalsIgnoreCase(id));
    }

    private void append(String id, T value) {
        int hash = ObjectTenant.Id.caseInsensitiveHash(id);
        positions.add(++lastPosition);
        addresses.add(slab.add(RecordSlab.record(id, value, packing)));
        hashes.add(hash);
        table.add(positions.size() - 1, hash);
        live++;
    }

    private void rewrite(int slot, T value) {
        deadBytes += slab.length(addresses.get(slot));
        addresses.set(slot, slab.add(RecordSlab.record(packing.id(value), value, packing)));
        compactIfMostlyDead();
    }

    private void remove(int slot) {
        deadBytes += slab.length(addresses.get(slot));
        table.remove(slot, (int) hashes.get(slot));
        addresses.set(slot, REMOVED);
        live--;
    }

    private void compactIfMostlyDead() {
        boolean slotsDead = positions.size() - live > Math.max(live, 64);
        boolean bytesDead = deadBytes > Math.max(slab.bytes() / 2, 1 << 16);
        if (!slotsDead && !bytesDead) {
            return;
        }
        RecordSlab oldSlab = slab;
        PagedLongs oldPositions = positions;
        PagedLongs oldAddresses = addresses;
        PagedLongs oldHashes = hashes;
        slab = new RecordSlab();
        positions = new PagedLongs();
        addresses = new PagedLongs();
        hashes = new PagedLongs();
        table = newTable();
        for (int slot = 0; slot < oldPositions.size(); slot++) {
            if (oldAddresses.get(slot) != REMOVED) {
                positions.add(oldPositions.get(slot));
                addresses.add(slab.copy(oldSlab, oldAddresses.get(slot)));
                hashes.add(oldHashes.get(slot));
                table.add(positions.size() - 1, (int) oldHashes.get(slot));
            }
        }
        deadBytes = 0;
    }

    private SlotTable newTable() {
        return new SlotTable(slot -> (int) hashes.get(slot));
    }

}
