package io.itplan.core.text;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Quoting for the POSIX shell — the one place that says it, for command templates, exported scripts and Makefiles,
 * and the lines the runner shows. An argument in single quotes is one literal word whatever it holds ({@code '}
 * becomes {@code '\''}), so a module id such as {@code $(touch pwned)} stays data.
 */
public final class ShellText {
    private ShellText() {}

    /** {@code arg} as one literal word: always single-quoted. */
    public static String quote(String arg) {
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    /** One command line that runs {@code argv} exactly. */
    public static String line(List<String> argv) {
        return argv.stream().map(ShellText::quote).collect(Collectors.joining(" "));
    }

    /** An argv as a line a person could read and paste: quoted only where needed, control characters escaped. */
    public static String display(List<String> argv) {
        return argv.stream().map(ShellText::display).collect(Collectors.joining(" "));
    }

    /**
     * One word as a person reads it: plain when it is safe, else single-quoted, and written with {@code $'…'}
     * escapes when it holds control characters, so nothing (an ESC, a line break) reaches the terminal raw.
     */
    public static String display(String w) {
        if (!w.isEmpty() && w.matches("[A-Za-z0-9_@%+=:,./-]+")) {
            return w;
        }
        if (w.chars().noneMatch(TerminalText::control)) {
            return quote(w);
        }
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
                    s.append(
                            TerminalText.control(c)
                                    ? String.format(Locale.ROOT, "\\u%04x", (int) c)
                                    : String.valueOf(c));
            }
        }
        return s.append('\'').toString();
    }
}
