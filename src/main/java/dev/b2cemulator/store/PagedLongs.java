package dev.b2cemulator.store;

import java.util.Arrays;

/**
 * A growable array of {@code long}s in pages of 1,024: growing adds a page instead of
 * copying millions of values in one step (and the collector then copying the new array
 * again), which a request would wait for.
 */
final class PagedLongs {

    private static final int PAGE_BITS = 10;

    private static final int PAGE_MASK = (1 << PAGE_BITS) - 1;

    private long[][] pages = new long[1][];

    private int size;

    long get(int index) {
        return pages[index >>> PAGE_BITS][index & PAGE_MASK];
    }

    void set(int index, long value) {
        pages[index >>> PAGE_BITS][index & PAGE_MASK] = value;
    }

    void add(long value) {
        int page = size >>> PAGE_BITS;
        if (page == pages.length) {
            pages = Arrays.copyOf(pages, pages.length * 2);
        }
        if (pages[page] == null) {
            pages[page] = new long[(page == 0) ? 16 : 1 << PAGE_BITS];
        }
        else if (page == 0 && size == pages[0].length) {
            pages[0] = Arrays.copyOf(pages[0], Math.min(size * 2, 1 << PAGE_BITS));
        }
        pages[page][size & PAGE_MASK] = value;
        size++;
    }

    int size() {
        return size;
    }

    /**
     * The first index from which values are greater than {@code value}; values ascend.
     */
    int firstAbove(long value) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (get(middle) <= value) {
                low = middle + 1;
            }
            else {
                high = middle;
            }
        }
        return low;
    }

}
