package io.itplan.core.graph;

import java.util.Locale;

/** How likely a module is to break integration; risk-first ordering integrates high-risk modules early. */
public enum Risk {
    LOW,
    MEDIUM,
    HIGH;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Risk fromKey(String key) {
        for (Risk r : values()) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown risk '" + key + "', expected low, medium or high");
    }
}
