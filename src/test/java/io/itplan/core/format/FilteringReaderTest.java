package io.itplan.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The input filters hold when a reader takes one character at a time. */
class FilteringReaderTest {
    @Test
    void theByteOrderMarkIsDroppedWhenReadOneCharacterAtATime() throws IOException {
        Reader in = InputFiles.withoutByteOrderMark(new StringReader("\uFEFFab"));
        assertEquals('a', in.read());
        assertEquals('b', in.read());
        assertEquals(-1, in.read());
    }

    @Test
    void aTooLongYamlLineIsRefusedWhenReadOneCharacterAtATime() throws IOException {
        Reader in = InputLimits.yamlLines(new StringReader("x\n" + "y".repeat(InputLimits.MAX_YAML_LINE + 1)));
        for (int i = 0; i < InputLimits.MAX_YAML_LINE + 2; i++) {
            in.read();
        }
        assertThrows(InputLimits.TooLong.class, in::read);
    }
}
