package io.itplan.ui.panels;

import java.util.ArrayList;
import java.util.List;

/**
 * A command's argv written as one line for editing: words split at spaces, with double quotes around a word
 * that holds spaces or quotes and backslash escapes inside quotes. No shell ever sees this text: it only
 * becomes the argv list again.
 */
public final class Argv {
    private Argv() {}

    public static String format(List<String> argv) {
        List<String> words = new ArrayList<>();
        for (String w : argv) {
            boolean plain =
                    !w.isEmpty() && w.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\\');
            words.add(plain ? w : "\"" + w.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        return String.join(" ", words);
    }

    /**
     * The argv of a line.
     *
     * @throws IllegalArgumentException for an unclosed quote
     */
    public static List<String> parse(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    word.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    out.add(word.toString());
                    word = null;
                }
            } else {
                if (word == null) {
                    word = new StringBuilder();
                }
                if (c == '"') {
                    quoted = true;
                } else {
                    word.append(c);
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quote is not closed in: " + line);
        }
        if (word != null) {
            out.add(word.toString());
        }
        return out;
    }
}
