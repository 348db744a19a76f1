package io.itplan.app.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The most recently opened or saved graph files, newest first, kept in {@code recent.txt}. */
public final class RecentFiles {
    public static final int LIMIT = 10;
    private final Path store;

    public RecentFiles(Path home) {
        this.store = home.resolve("recent.txt");
    }

    /** The files, newest first, leaving out those that no longer exist. */
    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        try {
            if (Files.isRegularFile(store)) {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        Path p = Path.of(line);
                        if (Files.isRegularFile(p) && !out.contains(p)) {
                            out.add(p);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }

    /** Puts {@code file} first. A failure to remember is not worth bothering the user with. */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> files = list();
        files.remove(abs);
        files.add(0, abs);
        List<String> lines = files.stream().limit(LIMIT).map(Path::toString).toList();
        try {
            Files.createDirectories(store.getParent());
            io.itplan.core.format.AtomicFiles.write(
                    store, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | io.itplan.core.format.InputException e) {
            // The list is a convenience; the user's files are unaffected.
        }
    }
}
