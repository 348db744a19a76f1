package io.itplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.itplan.app.files.AppSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window under a window manager (openbox in CI, run by {@code .ci/run} through the
 * {@code window-manager} Maven profile) comes back after a restart where it was, at its size, with its
 * dividers where they were.
 */
@Tag("window-manager")
class WindowRestoreTest extends FxRobot {
    @TempDir
    Path dir;

    private ItplanApp app;

    @BeforeEach
    void windowManagerIsRunning() throws Exception {
        assertTrue(System.getenv("DISPLAY") != null, "needs an X display (Xvfb) with a window manager");
        String wm = run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK");
        assertTrue(wm.contains("window id"), "no window manager runs on " + System.getenv("DISPLAY") + ": " + wm);
        System.setProperty("itplan.home", dir.resolve("home").toString());
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty("itplan.home");
    }

    private void start() throws Exception {
        app = (ItplanApp) FxToolkit.setupApplication(ItplanApp.class);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> app.stage() != null && app.stage().isShowing());
        settle();
    }

    /** Lets the window manager and the layout catch up. */
    private static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            Thread.sleep(400);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(20, TimeUnit.SECONDS);
        return out;
    }

    /** The X window of the app, found by its title. */
    private static String windowId() throws Exception {
        for (int i = 0; i < 50; i++) {
            String ids = run("xdotool", "search", "--onlyvisible", "--name", "^itplan — ")
                    .strip();
            if (!ids.isEmpty()) {
                return ids.lines().reduce((a, b) -> b).orElseThrow();
            }
            Thread.sleep(100);
        }
        return fail("no itplan window on the display");
    }

    private void resizeTo(int width, int height) throws Exception {
        run("xdotool", "windowsize", "--sync", windowId(), String.valueOf(width), String.valueOf(height));
        settle();
    }

    private Bounds sceneBounds(String query) {
        Node n = lookup(query).query();
        assertTrue(n.isVisible() && n.getScene() != null, query + " is shown");
        return n.localToScene(n.getBoundsInLocal());
    }

    /** Every area is there and big enough to work in; the inspector's heading reads across, not down. */
    private void assertAreasUsable(String when) {
        List<String> problems = new ArrayList<>();
        Bounds outline = sceneBounds("#outline-list");
        Bounds canvas = sceneBounds("#graph-canvas");
        Bounds inspector = sceneBounds("#inspector-sheet");
        Bounds tabs = sceneBounds("#bottom-tabs");
        Bounds steps = sceneBounds("#plan-steps");
        if (outline.getWidth() < 140 || outline.getHeight() < 120) {
            problems.add("module list " + outline);
        }
        if (canvas.getWidth() < 300 || canvas.getHeight() < 150) {
            problems.add("canvas " + canvas);
        }
        if (inspector.getWidth() < 200 || inspector.getHeight() < 120) {
            problems.add("inspector " + inspector);
        }
        if (tabs.getHeight() < 200 || tabs.getWidth() < 800) {
            problems.add("Plan/Compare/Problems " + tabs);
        }
        if (steps.getHeight() < 100) {
            problems.add("steps table " + steps);
        }
        Label heading = lookup("#inspector-heading").queryAs(Label.class);
        if (heading.getHeight() > 3 * heading.getFont().getSize() * 1.5) {
            problems.add("the inspector heading wraps: " + heading.getHeight() + " px high");
        }
        assertEquals(List.of(), problems, when);
    }

    @Test
    void theWindowComesBackWhereItWasWithItsDividers() throws Exception {
        start();
        resizeTo(1200, 760);
        run("xdotool", "windowmove", "--sync", windowId(), "60", "40");
        settle();
        interact(() -> app.view().splits().get("main-horizontal").setDividerPositions(0.25, 0.7));
        settle();
        double x = app.stage().getX();
        double y = app.stage().getY();
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = null;

        AppSettings saved = AppSettings.in(dir.resolve("home"));
        assertEquals(1200, saved.window().orElseThrow().width(), 2);
        start();
        Stage stage = app.stage();
        assertEquals(1200, stage.getScene().getWidth(), 2);
        assertEquals(760, stage.getScene().getHeight(), 2);
        assertEquals(x, stage.getX(), 30, "left edge");
        assertEquals(y, stage.getY(), 30, "top edge");
        assertEquals(0.25, app.view().splits().get("main-horizontal").getDividerPositions()[0], 0.02);
        assertAreasUsable("restarted");
    }
}
