package io.itplan.core.strategy;

/** What to do with dependency cycles: break them with stand-ins, or integrate each cycle as one step. */
public enum CyclePolicy implements Keyed {
    BREAK,
    CLUSTER;

    public static CyclePolicy fromKey(String key) {
        return Keyed.parse(CyclePolicy.class, key, "cycle policy");
    }
}
