package io.itplan.core.strategy;

/**
 * How finely top-down and bottom-up cut the plan: one step per level, one module per step in a chain, or
 * one module per step in the widest DAG.
 */
public enum Granularity implements Keyed {
    LEVEL,
    MODULE,
    PARALLEL;

    public static Granularity fromKey(String key) {
        return Keyed.parse(Granularity.class, key, "granularity");
    }
}
