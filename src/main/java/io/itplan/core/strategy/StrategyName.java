package io.itplan.core.strategy;

/** The four integration strategies. */
public enum StrategyName implements Keyed {
    BIG_BANG,
    TOP_DOWN,
    BOTTOM_UP,
    SANDWICH;

    public static StrategyName fromKey(String key) {
        return Keyed.parse(StrategyName.class, key, "strategy");
    }
}
