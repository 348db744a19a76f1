package io.itplan.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opening the files itplan reads: regular files only (a pipe or a device such as {@code /dev/zero} would block a
 * reader or never end), decoded as strict UTF-8 with a leading byte-order mark dropped, and read as a stream.
 */
public final class InputFiles {
    private InputFiles() {}

    /**
     * Refuses, in one line naming the file, what is not a readable regular file.
     *
     * @throws InputException when the file is missing, a folder, or a pipe, device or socket
     */
    public static void requireRegularFile(Path file) throws InputException {
        if (Files.isRegularFile(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new InputException(file.toString(), "is a folder, expected a file");
        }
        if (!Files.exists(file)) {
            throw new InputException(file.toString(), "cannot be read: no such file");
        }
        throw new InputException(
                file.toString(), "is not a regular file (a pipe, device or socket); itplan reads files only");
    }

    /** The file's text, streamed; malformed UTF-8 fails the read with a {@link java.nio.charset.CharacterCodingException}. */
    public static Reader open(Path file) throws InputException {
        requireRegularFile(file);
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be read: " + GraphFiles.describe(e));
        }
        return withoutByteOrderMark(new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** Drops a byte-order mark some editors write at the start; it is not content. */
    static Reader withoutByteOrderMark(Reader in) {
        return new FilteringReader(in) {
            private boolean started;

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (!started && n > 0) {
                    started = true;
                    if (buf[off] == '\uFEFF') {
                        System.arraycopy(buf, off + 1, buf, off, n - 1);
                        return n == 1 ? read(buf, off, len) : n - 1;
                    }
                }
                return n;
            }
        };
    }
}
