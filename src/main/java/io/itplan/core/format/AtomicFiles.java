package io.itplan.core.format;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes that never leave a half-written file: the bytes go to a temporary file beside the target, are
 * forced to disk, and replace the target in one atomic move. The previous version is kept as
 * {@code <name>.bak}.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * Writes {@code bytes} to {@code target}.
     *
     * @throws InputException naming the file and the reason when it cannot be written; nothing is changed then
     */
    public static void write(Path target, byte[] bytes) throws InputException {
        write(target, out -> out.write(bytes));
    }

    /** What a streamed write puts into the file. */
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * Writes what {@code content} streams to {@code target}, never holding it whole: for files too large to build in
     * memory first.
     *
     * @throws InputException naming the file and the reason when it cannot be written; nothing is changed then
     */
    public static void write(Path target, Content content) throws InputException {
        try {
            replace(target, content);
        } catch (IOException e) {
            throw new InputException(target.toString(), "cannot be written: " + GraphFiles.describe(e));
        }
    }

    private static void replace(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        if (abs.getFileName() == null || Files.isDirectory(abs)) {
            throw new IOException("is a folder, not a file");
        }
        if (Files.isSymbolicLink(abs)) {
            // Write through the link, so that it keeps pointing at the file.
            abs = abs.toRealPath();
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("folder " + dir + " does not exist");
        }
        // Created like any new file (the user's umask applies), or with the permissions the file has now.
        Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        Files.createFile(tmp);
        if (Files.exists(abs)) {
            try {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(abs));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the default permissions are all there is.
            }
        }
        try {
            try (FileChannel ch =
                    FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                java.io.OutputStream out =
                        new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            if (Files.isRegularFile(abs)) {
                Files.copy(abs, backupOf(abs), StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Where the previous version of {@code file} is kept. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }
}
