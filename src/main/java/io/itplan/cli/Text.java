package io.itplan.cli;

import io.itplan.core.text.TerminalText;

/** Module ids may hold anything; on the terminal they are shown on one line, control characters escaped. */
final class Text {
    private Text() {}

    /** {@code s} with line breaks, tabs and other control characters written as escapes. */
    static String oneLine(String s) {
        return TerminalText.oneLine(s);
    }

    /** {@link #oneLine}, shortened to {@code max} characters with an ellipsis. */
    static String cell(String s, int max) {
        String one = oneLine(s);
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
