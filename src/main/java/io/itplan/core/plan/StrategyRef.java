package io.itplan.core.plan;

import java.util.Map;
import java.util.TreeMap;

/** The strategy that made a plan and the options it used; option values are strings, numbers or booleans. */
public record StrategyRef(String name, Map<String, Object> options) {
    public StrategyRef {
        options = java.util.Collections.unmodifiableMap(new TreeMap<>(options));
    }
}
