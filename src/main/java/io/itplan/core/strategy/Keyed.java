package io.itplan.core.strategy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enums whose constants are written in files and on the command line as lower-case, dashed keys. */
interface Keyed {
    String name();

    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E> & Keyed> E parse(Class<E> type, String key, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + key + "', expected one of "
                + Arrays.stream(type.getEnumConstants()).map(Keyed::key).collect(Collectors.joining(", ")));
    }
}
