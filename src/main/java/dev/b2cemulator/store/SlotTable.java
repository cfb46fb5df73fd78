package dev.b2cemulator.store;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * A hash table of slot numbers, for {@link PackedTenant}: the caller keeps each slot's
 * hash and says which slot is the one sought. Split by the hash into 64 open-addressing
 * tables that grow each on its own, so that growing rehashes a sixty-fourth of the slots:
 * a tenant of millions never stops every request to rehash them all.
 */
final class SlotTable {

    private static final int EMPTY = 0;

    private static final int REMOVED = -1;

    private final Segment[] segments = new Segment[64];

    private final IntUnaryOperator hashOf;

    SlotTable(IntUnaryOperator hashOf) {
        this.hashOf = hashOf;
        for (int i = 0; i < segments.length; i++) {
            segments[i] = new Segment(0);
        }
    }

    /** The slot with this hash that {@code isSought} accepts, or -1. */
    int find(int hash, IntPredicate isSought) {
        return segment(spread(hash)).find(spread(hash), isSought);
    }

    void add(int slot, int hash) {
        int spread = spread(hash);
        int index = spread >>> 26;
        if (!segments[index].add(slot, spread)) {
            segments[index] = segments[index].grown(hashOf);
            segments[index].add(slot, spread);
        }
    }

    void remove(int slot, int hash) {
        segment(spread(hash)).remove(slot, spread(hash));
    }

    private Segment segment(int spread) {
        return segments[spread >>> 26];
    }

    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9; // the product's high bits are its best: fold them
                                       // down
        return mixed ^ (mixed >>> 16);
    }

    /**
     * Open addressing with linear probing, at most half full counting the places of
     * removed slots, so that a search always ends at an empty place.
     */
    private static final class Segment {

        private final int[] places; // slot + 1, EMPTY or REMOVED

        private int used;

        /** Room for {@code entries} slots and as many again. */
        Segment(int entries) {
            int capacity = 16;
            while (capacity < entries * 4) {
                capacity *= 2;
            }
            this.places = new int[capacity];
        }

        int find(int spread, IntPredicate isSought) {
            int mask = places.length - 1;
            for (int at = spread & mask;; at = (at + 1) & mask) {
                int place = places[at];
                if (place == EMPTY) {
                    return -1;
                }
                if (place != REMOVED && isSought.test(place - 1)) {
                    return place - 1;
                }
            }
        }

        /** Adds the slot; false when the segment is too full. */
        boolean add(int slot, int spread) {
            if ((used + 1) * 2 > places.length) {
                return false;
            }
            int mask = places.length - 1;
            int at = spread & mask;
            while (places[at] != EMPTY && places[at] != REMOVED) {
                at = (at + 1) & mask;
            }
            if (places[at] == EMPTY) {
                used++;
            }
            places[at] = slot + 1;
            return true;
        }

        void remove(int slot, int spread) {
            int mask = places.length - 1;
            int at = spread & mask;
            while (places[at] != slot + 1) {
                at = (at + 1) & mask;
            }
            places[at] = REMOVED;
        }

        /** The same slots, without the removed places, with room to grow. */
        Segment grown(IntUnaryOperator hashOf) {
            int live = 0;
            for (int place : places) {
                live += (place > 0) ? 1 : 0;
            }
            Segment grown = new Segment(live + 1);
            for (int place : places) {
                if (place > 0) {
                    grown.add(place - 1, spread(hashOf.applyAsInt(place - 1)));
                }
            }
            return grown;
        }

    }

}
