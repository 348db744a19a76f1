package io.itplan.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileIsReadableByOthersLikeAnyNewFile() throws Exception {
        Path probe = Files.createFile(dir.resolve("probe"));
        Path file = dir.resolve("p.plan.json");
        AtomicFiles.write(file, "{}".getBytes());
        assertEquals(
                Files.getPosixFilePermissions(probe),
                Files.getPosixFilePermissions(file),
                "the user's umask decides, not the temporary file's 0600");
    }

    @Test
    void anExistingFileKeepsItsPermissions() throws Exception {
        Path file = dir.resolve("p.plan.json");
        Files.writeString(file, "old");
        Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, perms);
        AtomicFiles.write(file, "new".getBytes());
        assertEquals(perms, Files.getPosixFilePermissions(file));
        assertEquals("old", Files.readString(AtomicFiles.backupOf(file)));
    }

    @Test
    void writingThroughALinkKeepsTheLink() throws Exception {
        Path real = dir.resolve("real.graph.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.graph.json"), real);
        AtomicFiles.write(link, "new".getBytes());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aFolderIsNotAFile() {
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(
                InputException.class, () -> AtomicFiles.write(dir, "x".getBytes()));
        assertTrue(e.getMessage().endsWith("cannot be written: is a folder, not a file"), e.getMessage());
    }

    @Test
    void aTemporaryFileLeftByAKilledWriteIsRemovedByTheNextWrite() throws Exception {
        Path file = dir.resolve("shop.graph.json");
        Path abandoned = Files.writeString(dir.resolve(".shop.graph.json.1a2b3c4d.tmp"), "half a grap");
        Path other = Files.writeString(dir.resolve(".other.json.1a2b3c4d.tmp"), "not this file's");
        Path lookalike = Files.writeString(dir.resolve(".shop.graph.json.notes.tmp"), "not a temporary file of ours");
        AtomicFiles.write(file, "{}".getBytes());
        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(other), "only the written file's own leftovers go");
        assertTrue(Files.exists(lookalike));
        assertEquals("{}", Files.readString(file));
    }

    @Test
    void aTemporaryFileAnotherProcessIsWritingIsLeftAlone() throws Exception {
        Path file = dir.resolve("shop.graph.json");
        Path busy = Files.writeString(dir.resolve(".shop.graph.json.ff00.tmp"), "being written");
        Process holder = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        busy.toString())
                .redirectErrorStream(true)
                .start();
        try {
            assertEquals('L', holder.getInputStream().read(), "the other process holds the lock");
            AtomicFiles.write(file, "{}".getBytes());
            assertTrue(Files.exists(busy));
        } finally {
            holder.destroyForcibly().waitFor();
        }
        AtomicFiles.write(file, "{}".getBytes());
        assertFalse(Files.exists(busy), "once its writer is gone, it is removed");
    }

    /** Holds a lock on a file, as a writer in another process does, until it is killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (var ch = java.nio.channels.FileChannel.open(Path.of(args[0]), java.nio.file.StandardOpenOption.WRITE);
                    var lock = ch.lock()) {
                System.out.print('L');
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }
}
