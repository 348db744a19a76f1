package io.itplan.core.importer;

import io.itplan.core.format.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading CITO files as lines (LF or CRLF, optional byte order mark) with one-line errors. */
final class CitoText {
    private CitoText() {}

    /** A whitespace-separated token and its 1-based column. */
    record Token(String text, int column) {}

    /**
     * The lines of a file, without line terminators, read as {@link InputFiles#text(Path, String)} reads: a
     * regular file, strict UTF-8, no NUL.
     */
    static List<String> lines(Path file) throws InputException {
        String text = InputFiles.text(file, "a file");
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(stripCr(text.substring(start, i)));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(stripCr(text.substring(start)));
        }
        return lines;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** Splits a line at spaces and tabs. */
    static List<Token> tokens(String line) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new Token(line.substring(start, i), start + 1));
            }
        }
        return out;
    }

    /** Whether the text is a decimal integer, optionally signed. */
    static boolean isInteger(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        if (i >= s.length()) {
            return false;
        }
        for (; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The integer value, or {@code Long.MAX_VALUE} when it is too long to be meaningful. */
    static long integer(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The simple class name of a qualified name: what follows the last dot. */
    static String simpleName(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot >= 0 && dot < qualified.length() - 1 ? qualified.substring(dot + 1) : qualified;
    }
}
