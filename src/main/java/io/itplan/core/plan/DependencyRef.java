package io.itplan.core.plan;

import java.util.Comparator;

/** A dependency named by its ends, as plan files list it: {@code {"from": ..., "to": ...}}. */
public record DependencyRef(String from, String to) implements Comparable<DependencyRef> {
    private static final Comparator<DependencyRef> ORDER =
            Comparator.comparing(DependencyRef::from).thenComparing(DependencyRef::to);

    @Override
    public int compareTo(DependencyRef o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
