package io.itplan.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
