package io.itplan.core.graph;

import java.util.Objects;

/**
 * A dependency {@code from -> to}: {@code from} calls, uses or reads {@code to}.
 *
 * @param weight     cost of a stub of {@code to} for {@code from} (default 1)
 * @param attributes attribute coupling count A (CITO), 0 when unknown
 * @param methods    method coupling count M (CITO), 0 when unknown
 * @param stubbable  whether cycle breaking may replace {@code to} by a stub for {@code from}
 */
public record Dependency(
        String from,
        String to,
        DependencyKind kind,
        double weight,
        int attributes,
        int methods,
        String label,
        boolean stubbable) {
    /** The largest weight a dependency may have, so that sums of weights stay exact enough to check. */
    public static final double MAX_WEIGHT = 1e9;
    /** The largest coupling count a dependency may have. */
    public static final int MAX_COUNT = 1_000_000;

    public Dependency {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (!(weight > 0) || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException(
                    "weight must be a positive number up to " + (long) MAX_WEIGHT + ", was " + weight);
        }
        if (attributes < 0 || methods < 0 || attributes > MAX_COUNT || methods > MAX_COUNT) {
            throw new IllegalArgumentException("coupling counts must be whole numbers from 0 to " + MAX_COUNT);
        }
        label = label == null ? "" : label;
    }

    /** A dependency of the given kind with default weight 1, no coupling counts and the kind's stubbability. */
    public static Dependency of(String from, String to, DependencyKind kind) {
        return new Dependency(from, to, kind, 1, 0, 0, null, kind.stubbableByDefault());
    }

    public static Dependency of(String from, String to) {
        return of(from, to, DependencyKind.USES);
    }

    public Dependency withWeight(double newWeight) {
        return new Dependency(from, to, kind, newWeight, attributes, methods, label, stubbable);
    }

    public Dependency withStubbable(boolean newStubbable) {
        return new Dependency(from, to, kind, weight, attributes, methods, label, newStubbable);
    }

    public Dependency withCoupling(int a, int m) {
        return new Dependency(from, to, kind, weight, a, m, label, stubbable);
    }

    public Dependency withKind(DependencyKind newKind) {
        return new Dependency(from, to, newKind, weight, attributes, methods, label, stubbable);
    }

    public Dependency withLabel(String newLabel) {
        return new Dependency(from, to, kind, weight, attributes, methods, newLabel, stubbable);
    }
}
