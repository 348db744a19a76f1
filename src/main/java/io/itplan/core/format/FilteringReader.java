package io.itplan.core.format;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that checks or changes what passes through it in one place, {@link #read(char[], int, int)}: reading a
 * single character goes through that method too, where {@link FilterReader}'s own would read around the filter.
 */
abstract class FilteringReader extends FilterReader {
    FilteringReader(Reader in) {
        super(in);
    }

    @Override
    public final int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }
}
