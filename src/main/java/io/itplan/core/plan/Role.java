package io.itplan.core.plan;

import java.util.Locale;

/** What a stand-in does: a stub replaces a supplier for its clients; a driver calls a module as its client would. */
public enum Role {
    STUB,
    DRIVER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromKey(String key) {
        for (Role r : values()) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + key + "', expected stub or driver");
    }
}
