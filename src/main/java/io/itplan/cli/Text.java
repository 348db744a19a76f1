package io.itplan.cli;

/** Module ids may hold anything; on the terminal they are shown on one line, control characters escaped. */
final class Text {
    private Text() {}

    /** {@code s} with line breaks, tabs and other control characters written as escapes. */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** {@link #oneLine}, shortened to {@code max} characters with an ellipsis. */
    static String cell(String s, int max) {
        String one = oneLine(s);
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
