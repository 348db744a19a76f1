package io.itplan.core.strategy;

/** The order of a {@link Granularity#MODULE module} chain: level by level, or one path down at a time. */
public enum ModuleOrder implements Keyed {
    BFS,
    DFS;

    public static ModuleOrder fromKey(String key) {
        return Keyed.parse(ModuleOrder.class, key, "order");
    }
}
