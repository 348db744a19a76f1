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
        Thread.setDefaultUncaughtExceptionHandler(Launcher::uncaught);
        if (opensApp(args)) {
            io.itplan.ui.ItplanApp.launchApp(args);
        } else {
            Itplan.main(args);
        }
    }

    /**
     * Running out of memory on any thread (the app's window thread, a background task) is one line with advice, then
     * an exit: the program cannot be trusted to go on. Other errors keep the JVM's report.
     */
    private static void uncaught(Thread t, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            System.err.println("itplan: " + Itplan.outOfMemory(e));
            System.err.flush();
            Runtime.getRuntime().halt(Itplan.INVALID);
        }
        System.err.print("Exception in thread \"" + t.getName() + "\" ");
        e.printStackTrace();
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
