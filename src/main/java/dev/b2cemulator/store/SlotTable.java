package dev.b2cemulator.store;

import java.util.function.IntPredicate;

/**
 * An open-addressing hash table of slot numbers, for {@link PackedTenant}: the caller
 * keeps each slot's hash and says which slot is the one sought. At most half full,
 * counting the places of removed slots, so that a search always ends at an empty place.
 */
final class SlotTable {

    private static final int EMPTY = 0;

    private static final int REMOVED = -1;

    private final int[] places; // slot + 1, EMPTY or REMOVED

    private int used;

    /** Room for {@code entries} slots and as many again. */
    SlotTable(int entries) {
        int capacity = 16;
        while (capacity < entries * 4) {
            capacity *= 2;
        }
        this.places = new int[capacity];
    }

    /** The slot with this hash that {@code isSought} accepts, or -1. */
    int find(int hash, IntPredicate isSought) {
        int mask = places.length - 1;
        for (int at = spread(hash) & mask;; at = (at + 1) & mask) {
            int place = places[at];
            if (place == EMPTY) {
                return -1;
            }
            if (place != REMOVED && isSought.test(place - 1)) {
                return place - 1;
            }
        }
    }

    /** Adds the slot; false when the table is too full, and must be rebuilt larger. */
    boolean add(int slot, int hash) {
        if ((used + 1) * 2 > places.length) {
            return false;
        }
        int mask = places.length - 1;
        int at = spread(hash) & mask;
        while (places[at] != EMPTY && places[at] != REMOVED) {
            at = (at + 1) & mask;
        }
        if (places[at] == EMPTY) {
            used++;
        }
        places[at] = slot + 1;
        return true;
    }

    void remove(int slot, int hash) {
        int mask = places.length - 1;
        int at = spread(hash) & mask;
        while (places[at] != slot + 1) {
            at = (at + 1) & mask;
        }
        places[at] = REMOVED;
    }

    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9; // the product's high bits are its best: fold them
                                       // down
        return mixed ^ (mixed >>> 16);
    }

}
