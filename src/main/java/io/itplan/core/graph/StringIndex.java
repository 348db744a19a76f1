package io.itplan.core.graph;

import java.util.Arrays;

/**
 * Strings numbered {@code 0..n-1} in the order added, looked up in about one probe. Module and stand-in ids are
 * mostly alike strings with a few varying digits, whose {@link String#hashCode() hash codes} crowd into few buckets
 * of a power-of-two table, so a {@code HashMap} turns those buckets into trees; here the hash is mixed before it picks
 * a slot, and an open table of arrays keeps the lookups — millions of them when a plan is read or checked — free of
 * boxing. A key can also be looked up by its characters where a parser holds them, without making a string of them.
 *
 * <p>A slot holds a key's hash code and number in one {@code long}, so a probe reads one slot and compares characters
 * only where the hash codes agree; the keys' characters lie one after another in one array.
 */
public final class StringIndex {
    /** Per slot: the key's hash code in the high half, its number + 1 in the low half; 0 when empty. */
    private long[] slots;
    /** By number: the key; null past the last. */
    private String[] keys;
    /** The keys' characters one after another, key {@code k}'s from {@code ends[k - 1]} (or 0) to {@code ends[k]}. */
    private char[] pool;

    private int[] ends;
    private int size;

    /** An index sized for {@code expected} strings; it grows past that as needed. */
    public StringIndex(int expected) {
        slots = new long[Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1];
        keys = new String[Math.max(4, expected)];
        ends = new int[keys.length];
        pool = new char[16 * keys.length];
    }

    /** The number of {@code key}: the one it has, else the next one, which it is given. */
    public int add(String key) {
        int hash = key.hashCode();
        int slot = slotOf(key, hash);
        if (slots[slot] != 0) {
            return (int) slots[slot] - 1;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, 2 * size);
            ends = Arrays.copyOf(ends, 2 * size);
        }
        int start = start(size);
        if (start + key.length() > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(2 * pool.length, start + key.length()));
        }
        key.getChars(0, key.length(), pool, start);
        keys[size] = key;
        ends[size] = start + key.length();
        slots[slot] = ((long) hash << 32) | (size + 1);
        if (++size * 2 > slots.length) {
            grow();
        }
        return size - 1;
    }

    /** The number of {@code key}, or -1 when it has none. */
    public int get(String key) {
        return (int) slots[slotOf(key, key.hashCode())] - 1;
    }

    /** The slot that holds {@code key}, or the empty one where it would go. */
    private int slotOf(String key, int hash) {
        int mask = slots.length - 1;
        int slot = mix(hash) & mask;
        for (long s = slots[slot]; s != 0; s = slots[slot = (slot + 1) & mask]) {
            if ((int) (s >>> 32) == hash && keys[(int) s - 1].equals(key)) {
                break;
            }
        }
        return slot;
    }

    /** The key numbered {@code number}. */
    public String key(int number) {
        return keys[number];
    }

    /**
     * By number, the keys added so far, with room for more: a new array whenever it grows, so an array handed out
     * keeps every key it held. Do not modify.
     */
    public String[] keys() {
        return keys;
    }

    /** The number of the key made of {@code chars[offset..offset+length)}, or -1 when it has none. */
    public int get(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = slots.length - 1;
        int slot = mix(hash) & mask;
        for (long s = slots[slot]; s != 0; s = slots[slot = (slot + 1) & mask]) {
            int k = (int) s - 1;
            if ((int) (s >>> 32) == hash && holds(k, chars, offset, length)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * As {@link #get(char[], int, int)}, comparing the characters with key {@code guess} first: where the caller can
     * guess, a right guess costs no hashing and no probe into the table.
     */
    public int get(char[] chars, int offset, int length, int guess) {
        if (guess >= 0 && guess < size && holds(guess, chars, offset, length)) {
            return guess;
        }
        return get(chars, offset, length);
    }

    public int size() {
        return size;
    }

    private boolean holds(int k, char[] chars, int offset, int length) {
        return Arrays.equals(pool, start(k), ends[k], chars, offset, offset + length);
    }

    private int start(int k) {
        return k == 0 ? 0 : ends[k - 1];
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long s : old) {
            if (s != 0) {
                int slot = mix((int) (s >>> 32)) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = s;
            }
        }
    }

    /** The finaliser of MurmurHash3: every bit of the hash code reaches the low bits that pick the slot. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
