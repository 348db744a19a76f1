package io.itplan.core.format;

/**
 * Bad input, told in one line a person can act on: {@code file:line:column: what is wrong}. Line and
 * column are 1-based, or 0 when unknown.
 */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;
    private final int column;
    private final String detail;

    public InputException(String source, int line, int column, String detail) {
        super(format(source, line, column, detail));
        this.source = source;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    public InputException(String source, String detail) {
        this(source, 0, 0, detail);
    }

    private static String format(String source, int line, int column, String detail) {
        StringBuilder sb = new StringBuilder(source == null ? "<input>" : source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(detail).toString();
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the location. */
    public String detail() {
        return detail;
    }
}
