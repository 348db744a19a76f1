package io.itplan.core.cycles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A growing set of cycles of a graph, each kept as the sorted indices of its breakable arcs (the only ones
 * a feedback arc set can use to hit it), without duplicates. Every feedback arc set hits every cycle of the
 * family, so any bound over the family is a bound over the whole problem.
 */
final class CycleFamily {
    private final boolean[] breakable;
    private final List<int[]> cycles = new ArrayList<>();
    private final Set<Key> known = new HashSet<>();
    private long totalLength;

    CycleFamily(ArcGraph g) {
        this.breakable = g.breakable;
    }

    /** Adds the breakable arcs of {@code cycle} unless that set is already known; returns whether it was new. */
    boolean add(int[] cycle) {
        int c = 0;
        for (int a : cycle) {
            if (breakable[a]) {
                c++;
            }
        }
        int[] arcs = new int[c];
        c = 0;
        for (int a : cycle) {
            if (breakable[a]) {
                arcs[c++] = a;
            }
        }
        Arrays.sort(arcs);
        if (known.add(new Key(arcs))) {
            cycles.add(arcs);
            totalLength += arcs.length;
            return true;
        }
        return false;
    }

    int size() {
        return cycles.size();
    }

    int[] get(int i) {
        return cycles.get(i);
    }

    /** The summed length of all cycles: the work of one pass over the family. */
    long totalLength() {
        return totalLength;
    }

    List<int[]> asList() {
        return cycles;
    }

    private record Key(int[] arcs) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(k.arcs, arcs);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(arcs);
        }
    }
}
