package io.itplan.core.importer;

import io.itplan.core.format.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reading what an importer is given, with the same discipline everywhere: only regular files (a FIFO or a
 * device such as {@code /dev/zero} would block or never end), at most a bounded number of bytes, strict
 * UTF-8 (an invalid byte is refused with its line and byte offset, never replaced), and no NUL characters.
 * Every refusal is one {@link InputException} naming the file.
 */
public final class InputFiles {
    /** The largest text file an importer reads. */
    public static final long MAX_TEXT_BYTES = 64L * 1024 * 1024;

    private InputFiles() {}

    /**
     * Checks that {@code file} is a regular file that can be read.
     *
     * @param expected what the importer expected, for the message ("a jar", "a compose file")
     */
    public static BasicFileAttributes regularFile(Path file, String expected) throws InputException {
        String source = file.toString();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputException(source, "file not found");
        } catch (AccessDeniedException e) {
            throw new InputException(source, "permission denied");
        } catch (IOException e) {
            throw new InputException(source, "cannot be read: " + e.getMessage());
        }
        if (attrs.isDirectory()) {
            throw new InputException(source, "is a folder, expected " + expected);
        }
        if (!attrs.isRegularFile()) {
            throw new InputException(source, "is not a regular file (a device, pipe or socket), expected " + expected);
        }
        if (!Files.isReadable(file)) {
            throw new InputException(source, "permission denied");
        }
        return attrs;
    }

    /** Checks that {@code dir} is a folder. */
    public static void folder(Path dir, String expected) throws InputException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.exists(dir)) {
            throw new InputException(dir.toString(), "folder not found");
        }
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "is not a folder, expected " + expected);
        }
    }

    /** The bytes of a regular file of at most {@code maxBytes}. */
    public static byte[] bytes(Path file, String expected, long maxBytes) throws InputException {
        BasicFileAttributes attrs = regularFile(file, expected);
        if (attrs.size() > maxBytes) {
            throw new InputException(
                    file.toString(),
                    "is " + attrs.size() + " bytes, more than the " + maxBytes + " an importer reads; expected "
                            + expected);
        }
        try (InputStream in = Files.newInputStream(file)) {
            // The size can grow while reading: never take more than the limit.
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (b.length > maxBytes) {
                throw new InputException(
                        file.toString(), "grew past the " + maxBytes + " bytes an importer reads while being read");
            }
            return b;
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** The text of a regular UTF-8 file (a leading byte-order mark dropped), checked as {@link #text(byte[], String)}. */
    public static String text(Path file, String expected) throws InputException {
        return text(bytes(file, expected, MAX_TEXT_BYTES), file.toString());
    }

    /**
     * Decodes strict UTF-8: an invalid byte or a NUL character is refused with its line and byte offset.
     *
     * @param source the name used in messages
     */
    public static String text(byte[] bytes, String source) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            throw new InputException(
                    source,
                    lineAt(bytes, bad),
                    0,
                    "invalid UTF-8 at byte " + bad + " (0x" + String.format("%02x", bytes[bad] & 0xff)
                            + "); expected UTF-8 text");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = 1;
            int col = 1;
            for (int i = 0; i < nul; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            throw new InputException(source, line, col, "NUL character; expected text");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    static int firstInvalidByte(byte[] b) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, b.length));
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        return r.isError() ? in.position() : Math.max(0, b.length - 1);
    }

    private static int lineAt(byte[] b, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
