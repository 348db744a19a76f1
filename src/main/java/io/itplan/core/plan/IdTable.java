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
    private String[] ids = new String[1024];
    private int size;

    /** The number of {@code id}, or -1 when it has none yet. */
    public int find(String id) {
        return index.get(id);
    }

    /** The number of {@code id}, given it now if it has none. */
    public int number(String id) {
        int n = index.get(id);
        if (n >= 0) {
            return n;
        }
        if (size == ids.length) {
            // A new array: lists made before keep the old one, which holds every number they pick.
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size] = id;
        index.putIfAbsent(id, size);
        return size++;
    }

    /** The immutable list of the ids with these numbers, in this order. */
    public List<String> list(int[] numbers) {
        return new IdList(ids, numbers);
    }
}
