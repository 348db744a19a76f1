package io.itplan.core.graph;

/**
 * Strings numbered {@code 0..n-1}, looked up in about one probe. Module and stand-in ids are mostly alike strings
 * with a few varying digits, whose {@link String#hashCode() hash codes} crowd into few buckets of a power-of-two
 * table, so a {@code HashMap} turns those buckets into trees; here the hash is mixed before it picks a slot, and an
 * open table of arrays keeps the lookups — millions of them when a plan is read or checked — free of boxing.
 */
public final class StringIndex {
    private String[] keys;
    private int[] values;
    private int size;

    /** An index sized for {@code expected} strings; it grows past that as needed. */
    public StringIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        values = new int[capacity];
    }

    /** Gives {@code key} the number {@code value} unless it has one already; returns the number it has, or -1. */
    public int putIfAbsent(String key, int value) {
        int slot = slotOf(keys, key);
        if (keys[slot] != null) {
            return values[slot];
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return -1;
    }

    /** The number of {@code key}, or -1 when it has none. */
    public int get(String key) {
        int slot = slotOf(keys, key);
        return keys[slot] == null ? -1 : values[slot];
    }

    public int size() {
        return size;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != null) {
                int slot = slotOf(keys, oldKeys[k]);
                keys[slot] = oldKeys[k];
                values[slot] = oldValues[k];
            }
        }
    }

    private static int slotOf(String[] keys, String key) {
        int h = key.hashCode();
        // The finaliser of MurmurHash3: every bit of the hash code reaches the low bits that pick the slot.
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        int mask = keys.length - 1;
        int slot = h & mask;
        while (keys[slot] != null && !keys[slot].equals(key)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
