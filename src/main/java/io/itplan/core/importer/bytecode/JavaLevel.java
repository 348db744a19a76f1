package io.itplan.core.importer.bytecode;

import java.util.Locale;

/** What a module of an imported Java system is: a class, a package, or a JPMS module (or jar). */
public enum JavaLevel {
    CLASS,
    PACKAGE,
    MODULE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static JavaLevel fromKey(String key) {
        for (JavaLevel l : values()) {
            if (l.key().equals(key)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown level '" + key + "', expected class, package or module");
    }
}
