package io.itplan.core.graph;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a client depends on a supplier. Code kinds follow UML and the CITO literature; system kinds name
 * how services talk. Inheritance, composition and AspectJ inter-type declarations are not stubbable by
 * default: a stand-in for a parent class or an owned part costs as much as the real thing.
 */
public enum DependencyKind {
    USES("uses", true),
    ASSOCIATION("association", true),
    AGGREGATION("aggregation", true),
    COMPOSITION("composition", false),
    INHERITANCE("inheritance", false),
    INTER_TYPE("inter-type", false),
    CALL("call", true),
    MESSAGE("message", true),
    DATA("data", true),
    AUTH("auth", true),
    EXTERNAL("external", true);

    private final String key;
    private final boolean stubbableByDefault;

    DependencyKind(String key, boolean stubbableByDefault) {
        this.key = key;
        this.stubbableByDefault = stubbableByDefault;
    }

    public String key() {
        return key;
    }

    public boolean stubbableByDefault() {
        return stubbableByDefault;
    }

    public static DependencyKind fromKey(String key) {
        for (DependencyKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown dependency kind '" + key + "', expected one of " + keys());
    }

    public static String keys() {
        return Arrays.stream(values()).map(DependencyKind::key).collect(Collectors.joining(", "));
    }
}
