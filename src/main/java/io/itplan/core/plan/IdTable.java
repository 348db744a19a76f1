package io.itplan.core.plan;

import io.itplan.core.graph.StringIndex;
import java.util.Arrays;
import java.util.List;

/**
 * The ids a plan's steps name, each kept once and numbered as first seen, from which a step's lists are made as
 * numbers: a plan file in parallel steps names a few thousand stand-ins tens of millions of times.
 */
public final class IdTable {
    private final StringIndex index = new StringIndex(1024);
    /**
     * By number, the number of the id that followed it in the last list read: lists are sorted and alike from step to
     * step, so it most often follows it again (-1: none yet).
     */
    private int[] next = new int[1024];

    /**
     * The number of the id made of {@code chars[offset..offset+length)}, or -1 when it has none yet.
     *
     * @param previous the number of the id before it in the same list, or -1 at the start of a list
     */
    public int find(char[] chars, int offset, int length, int previous) {
        int n = index.get(chars, offset, length, previous < 0 ? -1 : next[previous]);
        if (n >= 0 && previous >= 0) {
            next[previous] = n;
        }
        return n;
    }

    /** The id numbered {@code number}. */
    public String id(int number) {
        return index.key(number);
    }

    /** The number of {@code id}, given it now if it has none. */
    public int number(String id) {
        int known = index.size();
        int n = index.add(id);
        if (n == known) {
            if (n == next.length) {
                next = Arrays.copyOf(next, 2 * n);
            }
            next[n] = -1;
        }
        return n;
    }

    /** The immutable list of the ids with these numbers, in this order. */
    public List<String> list(int[] numbers) {
        // The index's array of keys as it is now: it holds every number given so far, and is replaced, not
        // changed, when the index grows.
        return new IdList(index.keys(), numbers);
    }
}
