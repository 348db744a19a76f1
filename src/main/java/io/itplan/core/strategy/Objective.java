package io.itplan.core.strategy;

/** What cycle breaking minimises: the number of broken dependencies, their summed weight, or their OCplx. */
public enum Objective implements Keyed {
    STUBS, COST, OCPLX;

    public static Objective fromKey(String key) {
        return Keyed.parse(Objective.class, key, "objective");
    }
}
