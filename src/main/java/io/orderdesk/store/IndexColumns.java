package io.orderdesk.store;

import java.util.Arrays;

/**
 * The fields every search tests, copied out of the entries into plain arrays indexed by slot. A scan over 100,000
 * lines then reads a few contiguous arrays instead of chasing pointers from entry to summary to string, which was
 * most of its cost.
 */
final class IndexColumns {

    private int size;
    int[] tabs = new int[0];
    byte[] claims = new byte[0];
    long[] paidAt = new long[0];
    int[] ordererTail = new int[0];
    int[] receiverTail = new int[0];
    String[] textKey = new String[0];
    String[] numberKey = new String[0];
    String[] initialsKey = new String[0];

    int size() {
        return size;
    }

    /** Stores the entry's fields at its slot: an existing one, or the next free one. */
    void set(int slot, IndexEntry entry) {
        if (slot == size) {
            grow(size + 1);
            size++;
        }
        tabs[slot] = entry.tabs;
        claims[slot] = (byte) entry.claims;
        paidAt[slot] = entry.paidAt;
        ordererTail[slot] = entry.ordererTail;
        receiverTail[slot] = entry.receiverTail;
        textKey[slot] = entry.textKey;
        numberKey[slot] = entry.numberKey;
        initialsKey[slot] = entry.initialsKey;
    }

    private void grow(int needed) {
        if (needed <= tabs.length) {
            return;
        }
        int capacity = Math.max(needed, Math.max(16, tabs.length + tabs.length / 2));
        tabs = Arrays.copyOf(tabs, capacity);
        claims = Arrays.copyOf(claims, capacity);
        paidAt = Arrays.copyOf(paidAt, capacity);
        ordererTail = Arrays.copyOf(ordererTail, capacity);
        receiverTail = Arrays.copyOf(receiverTail, capacity);
        textKey = Arrays.copyOf(textKey, capacity);
        numberKey = Arrays.copyOf(numberKey, capacity);
        initialsKey = Arrays.copyOf(initialsKey, capacity);
    }
}
