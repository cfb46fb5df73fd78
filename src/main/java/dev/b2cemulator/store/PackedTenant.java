package dev.b2cemulator.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.b2cemulator.store.TenantStore.CreateResult;
import dev.b2cemulator.store.TenantStore.Page;

/**
 * One tenant's values packed in a {@link RecordSlab}, with no object per value: slots in
 * creation order (a position, a record's address, the id's hash) in primitive arrays, and
 * an open-addressing table from the id's case-insensitive hash to the slot. A million
 * values are a few dozen arrays to the garbage collector, not five million objects. A
 * removed or replaced value leaves a dead slot or record; when more than half are dead,
 * the live ones are copied into new arrays.
 */
final class PackedTenant<T> implements TenantValues<T> {

    private static final long REMOVED = -1;

    private final Packing<T> packing;

    private RecordSlab slab = new RecordSlab();

    private long[] positions = new long[8];

    private long[] addresses = new long[8];

    private int[] hashes = new int[8];

    private int slots;

    private int live;

    private long deadBytes;

    private long lastPosition;

    private SlotTable table = new SlotTable(8);

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
        return (slot < 0) ? Optional.empty() : Optional.of(slab.value(addresses[slot], packing));
    }

    @Override
    public synchronized Page<T> page(long position, int limit) {
        List<T> page = new ArrayList<>();
        long next = 0;
        long lastReturned = 0;
        int first = Arrays.binarySearch(positions, 0, slots, position + 1);
        for (int slot = (first >= 0) ? first : -first - 1; slot < slots; slot++) {
            if (addresses[slot] == REMOVED) {
                continue;
            }
            if (page.size() == limit) {
                next = page.isEmpty() ? 0 : lastReturned;
                break;
            }
            page.add(slab.value(addresses[slot], packing));
            lastReturned = positions[slot];
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
        T changed = change.apply(slab.value(addresses[slot], packing));
        rewrite(slot, changed);
        return Optional.of(changed);
    }

    @Override
    public synchronized Optional<T> delete(String id, UnaryOperator<T> backup) {
        int slot = slotOf(id);
        if (slot < 0) {
            return Optional.empty();
        }
        T removed = slab.value(addresses[slot], packing);
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
        return table.find(hash, slot -> hashes[slot] == hash && slab.id(addresses[slot]).equalsIgnoreCase(id));
    }

    private void append(String id, T value) {
        if (slots == positions.length) {
            int capacity = slots * 2;
            positions = Arrays.copyOf(positions, capacity);
            addresses = Arrays.copyOf(addresses, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
        }
        positions[slots] = ++lastPosition;
        addresses[slots] = slab.add(RecordSlab.record(id, value, packing));
        hashes[slots] = ObjectTenant.Id.caseInsensitiveHash(id);
        if (!table.add(slots, hashes[slots])) {
            table = rebuiltTable(live + 1);
            table.add(slots, hashes[slots]);
        }
        slots++;
        live++;
    }

    private void rewrite(int slot, T value) {
        deadBytes += slab.length(addresses[slot]);
        addresses[slot] = slab.add(RecordSlab.record(packing.id(value), value, packing));
        compactIfMostlyDead();
    }

    private void remove(int slot) {
        deadBytes += slab.length(addresses[slot]);
        table.remove(slot, hashes[slot]);
        addresses[slot] = REMOVED;
        live--;
    }

    private void compactIfMostlyDead() {
        boolean slotsDead = slots - live > Math.max(live, 64);
        boolean bytesDead = deadBytes > Math.max(slab.bytes() / 2, 1 << 16);
        if (!slotsDead && !bytesDead) {
            return;
        }
        RecordSlab newSlab = new RecordSlab();
        int capacity = Math.max(8, live * 2);
        long[] newPositions = new long[capacity];
        long[] newAddresses = new long[capacity];
        int[] newHashes = new int[capacity];
        int kept = 0;
        for (int slot = 0; slot < slots; slot++) {
            if (addresses[slot] != REMOVED) {
                newPositions[kept] = positions[slot];
                newAddresses[kept] = newSlab.copy(slab, addresses[slot]);
                newHashes[kept++] = hashes[slot];
            }
        }
        slab = newSlab;
        positions = newPositions;
        addresses = newAddresses;
        hashes = newHashes;
        slots = kept;
        deadBytes = 0;
        table = rebuiltTable(live);
    }

    private SlotTable rebuiltTable(int entries) {
        SlotTable rebuilt = new SlotTable(entries);
        for (int slot = 0; slot < slots; slot++) {
            if (addresses[slot] != REMOVED) {
                rebuilt.add(slot, hashes[slot]);
            }
        }
        return rebuilt;
    }

}
