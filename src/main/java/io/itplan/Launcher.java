package io.itplan;

import io.itplan.cli.Itplan;
import java.util.Set;

/**
 * The program's entry point: with no arguments, or with a graph file, it opens the desktop app; with a
 * command ({@code plan}, {@code check}...) it runs headless. A plain class, not a JavaFX
 * {@code Application}, so that the command line never needs JavaFX.
 */
public final class Launcher {
    private static final Set<String> GUI_OPTIONS = Set.of("--dark", "--gui");

    private Launcher() {}

    public static void main(String[] args) {
        if (opensApp(args)) {
            io.itplan.ui.ItplanApp.launchApp(args);
        } else {
            Itplan.main(args);
        }
    }

    static boolean opensApp(String[] args) {
        if (args.length == 0) {
            return true;
        }
        String first = args[0];
        return GUI_OPTIONS.contains(first)
                || first.startsWith("--snapshot=")
                || first.startsWith("--size=")
                || (!first.startsWith("-") && first.endsWith(".json"));
    }
}
