package io.itplan.core.format;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/** Two-space indentation, {@code \n} line ends on every platform, and {@code "key": value} spacing. */
final class LfPrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

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
}
