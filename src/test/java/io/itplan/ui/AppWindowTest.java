package io.itplan.ui;

import io.itplan.ui.main.MainView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real app headless for one test, with its own itplan home folder and file choosers answered from
 * a script, and closes it afterwards.
 */
abstract class AppWindowTest extends FxRobot {
    @TempDir
    Path dir;

    ItplanApp app;
    ScriptedDialogs dialogs;

    /** The window size; the headless screen is 1600 × 1000 (the surefire argLine). */
    String size() {
        return "1200x780";
    }

    /** More arguments for the app, such as a file to open. */
    List<String> moreArgs() throws Exception {
        return List.of();
    }

    /** Runs before the app starts, with the app's home folder. */
    void beforeStart(Path home) throws Exception {}

    @BeforeEach
    void startApp() throws Exception {
        Path home = dir.resolve("home");
        beforeStart(home);
        System.setProperty("itplan.home", home.toString());
        ItplanApp.dialogFactory = w -> dialogs = new ScriptedDialogs(w);
        FxToolkit.registerPrimaryStage();
        List<String> args = new ArrayList<>(List.of("--size=" + size()));
        args.addAll(moreArgs());
        app = (ItplanApp) FxToolkit.setupApplication(ItplanApp.class, args.toArray(String[]::new));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty("itplan.home");
    }

    MainView view() {
        return app.view();
    }

    /**
     * The nodes of the window left waiting for their style after the layout of a pulse, each action run on a pulse of
     * its own. JavaFX syncs the scene again on the next pulse for such a node, with nothing changed, and a pulse that
     * changes nothing repaints the whole window.
     */
    /** A node by its class and style classes, within the nearest ancestor that has an id. */
    private static String where(javafx.scene.Node n) {
        javafx.scene.Node a = n.getParent();
        while (a != null && (a.getId() == null || a.getId().equals("virtual-flow"))) {
            a = a.getParent();
        }
        return n.getClass().getSimpleName() + n.getStyleClass() + (a == null ? "" : " in #" + a.getId());
    }

    java.util.Set<String> leftToStyle(List<Runnable> actions) throws Exception {
        java.lang.reflect.Field cssFlag = javafx.scene.Node.class.getDeclaredField("cssFlag");
        cssFlag.setAccessible(true);
        javafx.scene.Scene scene = view().getScene();
        java.util.Set<String> waiting = new java.util.concurrent.ConcurrentSkipListSet<>();
        java.util.concurrent.atomic.AtomicInteger pulses = new java.util.concurrent.atomic.AtomicInteger();
        Runnable afterLayout = () -> {
            pulses.incrementAndGet();
            java.util.ArrayDeque<javafx.scene.Node> todo = new java.util.ArrayDeque<>(List.of(scene.getRoot()));
            while (!todo.isEmpty()) {
                javafx.scene.Node n = todo.poll();
                String flag;
                try {
                    flag = String.valueOf(cssFlag.get(n));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                // An ancestor of such a node is a DIRTY_BRANCH; the node itself is the one to name.
                if (!flag.equals("CLEAN") && !flag.equals("DIRTY_BRANCH")) {
                    waiting.add(where(n) + " " + flag);
                }
                if (n instanceof javafx.scene.Parent p) {
                    todo.addAll(p.getChildrenUnmodifiable());
                }
            }
        };
        interact(() -> scene.addPostLayoutPulseListener(afterLayout));
        try {
            for (Runnable action : actions) {
                int seen = pulses.get();
                interact(() -> {
                    action.run();
                    javafx.application.Platform.requestNextPulse();
                });
                WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> pulses.get() > seen);
                WaitForAsyncUtils.waitForFxEvents();
            }
        } finally {
            interact(() -> scene.removePostLayoutPulseListener(afterLayout));
        }
        return waiting;
    }
}
