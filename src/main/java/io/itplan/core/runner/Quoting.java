package io.itplan.core.runner;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Shows an argv as a shell line a person could paste: every word that needs it single-quoted, and a word holding
 * control characters written with {@code $'…'} escapes, so nothing a module id holds (an ESC, a line break) reaches
 * the terminal raw.
 */
public final class Quoting {
    private Quoting() {}

    public static String display(List<String> argv) {
        return argv.stream().map(Quoting::word).collect(Collectors.joining(" "));
    }

    public static String word(String w) {
        if (!w.isEmpty() && w.matches("[A-Za-z0-9_@%+=:,./-]+")) {
            return w;
        }
        if (w.chars().anyMatch(Quoting::control)) {
            StringBuilder s = new StringBuilder("$'");
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                switch (c) {
                    case '\n' -> s.append("\\n");
                    case '\r' -> s.append("\\r");
                    case '\t' -> s.append("\\t");
                    case '\\' -> s.append("\\\\");
                    case '\'' -> s.append("\\'");
                    default ->
                        s.append(control(c) ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return s.append('\'').toString();
        }
        return "'" + w.replace("'", "'\\''") + "'";
    }

    /** Module ids joined for one line of output, control characters escaped. */
    public static String ids(Collection<String> ids) {
        return ids.stream().map(Quoting::oneLine).collect(Collectors.joining(", "));
    }

    /** {@code s} on one line: line breaks, tabs, ESC and other control characters written as escapes. */
    public static String oneLine(String s) {
        if (s.chars().noneMatch(Quoting::control)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(control(c) ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.toString();
    }

    private static boolean control(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
    }
}
