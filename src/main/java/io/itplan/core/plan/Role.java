package io.itplan.core.plan;

import java.util.Collection;
import java.util.Locale;

/**
 * What a stand-in does, in the one vocabulary every view of a plan uses (DESIGN §3): a <b>stub of v, serving u…</b>
 * replaces the supplier v for its clients u; a <b>driver of v, in place of u…</b> calls v as its absent clients u
 * would.
 */
public enum Role {
    STUB("stub", "serving"),
    DRIVER("driver", "in place of");

    private final String noun;
    private final String clients;

    Role(String noun, String clients) {
        this.noun = noun;
        this.clients = clients;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The words that introduce the clients: "serving" for a stub, "in place of" for a driver. */
    public String clientsWord() {
        return clients;
    }

    /** "stub of v, serving a, b" or "driver of v, in place of a, b"; several {@code of} make the noun plural. */
    public String phrase(Collection<String> of, Collection<String> forClients) {
        return noun + (of.size() > 1 ? "s" : "") + " of " + String.join(", ", of) + ", " + clients + " "
                + String.join(", ", forClients);
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
