package io.itplan.core.text;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Text for a terminal, a log or a comment line: module ids may hold anything, so line breaks, tabs, ESC and other
 * control characters are written as escapes and every id stays on its line.
 */
public final class TerminalText {
    private TerminalText() {}

    /** {@code s} on one line, control characters written as escapes ({@code \n}, {@code \t}, {@code \u001b}). */
    public static String oneLine(String s) {
        if (s.chars().noneMatch(TerminalText::control)) {
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

    /** Ids joined for one line of output, each on one line. */
    public static String ids(Collection<String> ids) {
        return ids.stream().map(TerminalText::oneLine).collect(Collectors.joining(", "));
    }

    /** Whether a character must not reach a terminal raw: a control character or a Unicode line separator. */
    static boolean control(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
    }
}
