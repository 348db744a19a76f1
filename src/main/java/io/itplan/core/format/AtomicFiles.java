package io.itplan.core.format;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes that never leave a half-written file: the bytes go to a temporary file beside the target, are
 * forced to disk, and replace the target in one atomic move. The previous version is kept as
 * {@code <name>.bak}. A temporary file left behind by a write that was killed is removed by the next write of the
 * same file: a writer holds a lock on its temporary file, which dies with it.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** What to write, streamed into the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code bytes} to {@code target}.
     *
     * @throws InputException naming the file and the reason when it cannot be written; nothing is changed then
     */
    public static void write(Path target, byte[] bytes) throws InputException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes what {@code content} streams to {@code target}, without holding it all in memory.
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
        removeAbandoned(dir, abs.getFileName().toString());
        // Created like any new file (the user's umask applies), or with the permissions the file has now.
        Path tmp = dir.resolve(TMP_PREFIX_DOT + abs.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
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
                            FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    FileLock lock = ch.lock()) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
                if (Files.isRegularFile(abs)) {
                    Files.copy(abs, backupOf(abs), StandardCopyOption.REPLACE_EXISTING);
                }
                try {
                    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static final String TMP_PREFIX_DOT = ".";

    /**
     * Removes the temporary files of earlier writes of {@code name} in {@code dir} whose writer is gone: nobody holds
     * their lock any more. A write going on in another process keeps its lock, and its file.
     */
    private static void removeAbandoned(Path dir, String name) {
        String prefix = TMP_PREFIX_DOT + name + ".";
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix)
                    && n.endsWith(".tmp")
                    && n.substring(prefix.length(), n.length() - 4).matches("[0-9a-f]{1,16}");
        })) {
            for (Path p : stale) {
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
                    FileLock lock = ch.tryLock();
                    if (lock != null) {
                        lock.release();
                        Files.deleteIfExists(p);
                    }
                } catch (OverlappingFileLockException e) {
                    // Being written by this program right now.
                } catch (IOException e) {
                    // Not ours to remove, or gone already.
                }
            }
        } catch (IOException e) {
            // The write itself will say what is wrong with the folder.
        }
    }

    /** Where the previous version of {@code file} is kept. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }
}
