package io.itplan.core.format;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * The limits that keep reading linear, so that no file makes a reader slow before it refuses it. JSON strings are
 * bounded by {@link GraphFiles#MAX_TEXT_LENGTH}; YAML lines by {@link #MAX_YAML_LINE}, because SnakeYAML copies
 * the unread part of a line each time it reads ahead, which makes one long line cost time quadratic in its length.
 */
public final class InputLimits {
    /** The longest line a YAML file may have, in characters: reading stays linear, and every plan itplan writes fits. */
    public static final int MAX_YAML_LINE = 65_536;

    private InputLimits() {}

    /** {@code in}, refusing a line longer than {@link #MAX_YAML_LINE} as soon as it has been read that far. */
    static Reader yamlLines(Reader in) {
        return new FilteringReader(in) {
            private int line = 1;
            private int column;

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                for (int i = off; i < off + Math.max(n, 0); i++) {
                    char c = buf[i];
                    if (c == '\n' || c == '\r') {
                        line += c == '\n' ? 1 : 0;
                        column = 0;
                    } else if (++column > MAX_YAML_LINE) {
                        throw new TooLong(line);
                    }
                }
                return n;
            }
        };
    }

    /** Whether a text is too long to be written on one line of a YAML file that itplan can read back. */
    static boolean tooLongForYaml(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c == ' ' || c == '\n' ? 0 : run + 1;
            if (run > MAX_YAML_LINE / 2) {
                return true;
            }
        }
        return false;
    }

    /** A line longer than the YAML limit, found while reading. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        TooLong(int line) {
            super("line " + line + " is too long");
            this.line = line;
        }

        InputException toInputException(String source) {
            return new InputException(
                    source,
                    line,
                    MAX_YAML_LINE + 1,
                    String.format(
                            Locale.ROOT,
                            "line longer than %,d characters; a YAML file keeps its lines shorter (write the plan as"
                                    + " .plan.json for longer values)",
                            MAX_YAML_LINE));
        }
    }
}
