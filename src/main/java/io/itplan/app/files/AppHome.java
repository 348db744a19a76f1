package io.itplan.app.files;

import java.nio.file.Path;

/** The folder for itplan's own files: {@code -Ditplan.home=...}, else {@code ~/.itplan}. */
public final class AppHome {
    private AppHome() {}

    public static Path dir() {
        String override = System.getProperty("itplan.home");
        return override != null && !override.isBlank()
                ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".itplan");
    }
}
