package io.itplan.core.export;

import java.util.Locale;

/** Names on one line for comments and messages: line breaks and other control characters written as escapes. */
final class Text {
    private Text() {}

    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default ->
                    b.append(
                            Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                                    ? String.format(Locale.ROOT, "\\u%04x", (int) c)
                                    : String.valueOf(c));
            }
        }
        return b.toString();
    }
}
