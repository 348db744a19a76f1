package io.itplan.core.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a module is: a piece of code or a part of a running system. Decides its look in the editor. */
public enum ModuleKind {
    COMPONENT,
    SERVICE,
    DATABASE,
    QUEUE,
    EXTERNAL,
    LIBRARY,
    CLASS,
    INTERFACE,
    ASPECT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ModuleKind fromKey(String key) {
        for (ModuleKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown module kind '" + key + "', expected one of " + keys());
    }

    public static String keys() {
        return Arrays.stream(values()).map(ModuleKind::key).collect(Collectors.joining(", "));
    }
}
