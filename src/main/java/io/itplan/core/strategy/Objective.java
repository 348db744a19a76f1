package io.itplan.core.strategy;

/**
 * What cycle breaking minimises: the number of broken dependencies, their summed weight, their OCplx, or the
 * (A, M) pair of attribute and method coupling: the least A among the answers whose M stays within a limit,
 * a point of the exact Pareto front.
 */
public enum Objective implements Keyed {
    STUBS,
    COST,
    OCPLX,
    AM;

    public static Objective fromKey(String key) {
        return Keyed.parse(Objective.class, key, "objective");
    }
}
