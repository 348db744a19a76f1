package io.itplan;

import io.itplan.cli.Itplan;

/**
 * The program's entry point. A plain class (not a JavaFX {@code Application}) so that the command line
 * runs headless from a plain jar.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Itplan.main(args);
    }
}
