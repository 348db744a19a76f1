package io.itplan.core.runner;

import java.util.List;
import java.util.stream.Collectors;

/** Shows an argv as a POSIX shell line a person could paste: every word that needs it single-quoted. */
public final class Quoting {
    private Quoting() {}

    public static String display(List<String> argv) {
        return argv.stream().map(Quoting::word).collect(Collectors.joining(" "));
    }

    public static String word(String w) {
        if (!w.isEmpty() && w.matches("[A-Za-z0-9_@%+=:,./-]+")) {
            return w;
        }
        return "'" + w.replace("'", "'\\''") + "'";
    }
}
