package io.itplan.core.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.util.List;

/**
 * Two-space indentation, {@code \n} line ends on every platform, and {@code "key": value} spacing. A list of texts
 * announced with {@link #wrapNext} is laid out as prose is, several items to a line of at most {@link #WIDTH}
 * columns, and on its key's line when it fits there: a step of a parallel plan lists thousands of stand-ins, and one
 * to a line made a third of the file indentation and line ends.
 */
final class LfPrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    /** The column a wrapped list's lines stay within, where its items allow. */
    static final int WIDTH = 100;

    /** The widths, as written, of the items of the list announced next or being written; null when none is. */
    private int[] widths;
    /** The width of the key the announced list is the value of, with its {@code ": "}; 0 for an item of a list. */
    private int keyWidth;
    /** Whether the announced list has begun. */
    private boolean wrapping;
    /** Whether its items go on lines of their own, below its key, as they do not fit on the key's line. */
    private boolean ownLines;
    /** The number of the item being written. */
    private int item;
    /** The column the line has reached, where items go on lines of their own. */
    private int column;

    LfPrettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        indentObjectsWith(indenter);
        indentArraysWith(indenter);
        _objectFieldValueSeparatorWithSpaces = ": ";
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new LfPrettyPrinter();
    }

    /**
     * Announces that the next list written holds these texts, to be wrapped.
     *
     * @param key the field the list is the value of, or null for an item of a list
     */
    void wrapNext(String key, List<String> texts) {
        widths = new int[texts.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(texts.get(i));
        }
        keyWidth = key == null ? 0 : width(key) + 2;
    }

    /** A text's width as a JSON string: its quotes and escapes counted, a character a column. */
    private static int width(String text) {
        int w = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += c == '"' || c == '\\' ? 2 : c < 0x20 ? 6 : 1;
        }
        return w;
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        if (widths == null || wrapping) {
            super.writeStartArray(g);
            return;
        }
        wrapping = true;
        item = 0;
        int inline = _nesting * 2 + keyWidth + 1;
        for (int w : widths) {
            inline += w + 2;
        }
        ownLines = inline > WIDTH;
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (!wrapping) {
            super.beforeArrayValues(g);
        } else if (ownLines) {
            newLine(g, _nesting + 1);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        if (!wrapping) {
            super.writeArrayValueSeparator(g);
            return;
        }
        g.writeRaw(',');
        column += widths[item++] + 1;
        // The next item, with the comma after it unless it is the last.
        int next = 1 + widths[item] + (item + 1 < widths.length ? 1 : 0);
        if (ownLines && column + next > WIDTH) {
            newLine(g, _nesting + 1);
        } else {
            g.writeRaw(' ');
            column++;
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        if (!wrapping) {
            super.writeEndArray(g, nrOfValues);
            return;
        }
        if (ownLines) {
            newLine(g, _nesting);
        } else if (nrOfValues == 0) {
            g.writeRaw(' ');
        }
        g.writeRaw(']');
        wrapping = false;
        widths = null;
    }

    private void newLine(JsonGenerator g, int level) throws IOException {
        _arrayIndenter.writeIndentation(g, level);
        column = level * 2;
    }
}
