package io.itplan.core.importer;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The dependencies read from a CITO file, one per (client, supplier) pair of unit numbers. A pair listed
 * with several types keeps the strongest kind (inheritance &gt; inter-type &gt; composition &gt;
 * association &gt; uses), so that it is one dependency and its coupling counts are counted once.
 */
final class CitoPairs {
    /** What one pair has collected so far. */
    private static final class Entry {
        final int from;
        final int to;
        DependencyKind kind;
        final TreeSet<String> types = new TreeSet<>();
        int attributes;
        int methods;

        Entry(int from, int to) {
            this.from = from;
            this.to = to;
        }
    }

    private final Map<Long, Entry> pairs = new LinkedHashMap<>();

    private static long key(int from, int to) {
        return ((long) from << 32) | (to & 0xffffffffL);
    }

    /** Records that {@code from} depends on {@code to} with this kind; {@code type} names the CITO type. */
    void add(int from, int to, DependencyKind kind, String type) {
        Entry e = pairs.computeIfAbsent(key(from, to), k -> new Entry(from, to));
        if (e.kind == null || strength(kind) > strength(e.kind)) {
            e.kind = kind;
        }
        e.types.add(type);
    }

    boolean contains(int from, int to) {
        return pairs.containsKey(key(from, to));
    }

    /** Sets A(from, to); ignored when the pair is not a dependency. @return whether the pair exists */
    boolean attributes(int from, int to, int a) {
        Entry e = pairs.get(key(from, to));
        if (e != null) {
            e.attributes = a;
        }
        return e != null;
    }

    /** Sets M(from, to); ignored when the pair is not a dependency. @return whether the pair exists */
    boolean methods(int from, int to, int m) {
        Entry e = pairs.get(key(from, to));
        if (e != null) {
            e.methods = m;
        }
        return e != null;
    }

    /**
     * One dependency per pair, with the kind's stubbability. The label is {@code advice} for an AspectJ
     * advice and lists the CITO types of a pair that had several.
     */
    List<Dependency> dependencies(IntFunction<String> idOf) {
        List<Dependency> out = new ArrayList<>(pairs.size());
        for (Entry e : pairs.values()) {
            String label = e.types.size() > 1 ? String.join(" + ", e.types) : e.types.contains(ADVICE) ? ADVICE : null;
            out.add(new Dependency(
                    idOf.apply(e.from),
                    idOf.apply(e.to),
                    e.kind,
                    1,
                    e.attributes,
                    e.methods,
                    label,
                    e.kind.stubbableByDefault()));
        }
        return out;
    }

    static final String ADVICE = "advice";

    /** How hard a kind is to stub: unstubbable kinds first, so that the merged pair is never broken wrongly. */
    static int strength(DependencyKind kind) {
        return switch (kind) {
            case INHERITANCE -> 5;
            case INTER_TYPE -> 4;
            case COMPOSITION -> 3;
            case ASSOCIATION -> 2;
            case USES -> 1;
            default -> 0;
        };
    }
}
