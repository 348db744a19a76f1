package io.itplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.itplan.Launcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The real window on a real X display under a window manager (openbox in CI, run by {@code .ci/run} through
 * the {@code window-manager} Maven profile). The app starts exactly as {@code itplan} starts it, through the
 * launcher, and the window manager resizes it as a user would: it opens at its size, and every area — module
 * list, canvas, inspector, and the Plan/Compare/Problems tabs — stays usable when the window is made as small
 * as it goes and then large again.
 */
@Tag("window-manager")
class WindowManagerTest {
    private static Path home;

    @BeforeAll
    static void startTheApp() throws Exception {
        assertTrue(System.getenv("DISPLAY") != null, "needs an X display (Xvfb) with a window manager");
        String wm = run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK");
        assertTrue(wm.contains("window id"), "no window manager runs on " + System.getenv("DISPLAY") + ": " + wm);
        home = Files.createTempDirectory("itplan-wm-home");
        System.setProperty("itplan.home", home.toString());
        Thread app = new Thread(() -> Launcher.main(new String[0]), "itplan-app");
        app.setDaemon(true);
        app.start();
        for (int i = 0; i < 100 && stage() == null; i++) {
            Thread.sleep(100);
        }
        assertTrue(stage() != null, "the window shows");
        settle();
    }

    @AfterAll
    static void stopTheApp() {
        Platform.exit();
        System.clearProperty("itplan.home");
    }

    /** The app's window, once it shows. */
    private static Stage stage() {
        try {
            return onFx(WindowManagerTest::appStage);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** The app's window, on the JavaFX thread. */
    private static Stage appStage() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s
                        && s.isShowing()
                        && s.getTitle() != null
                        && s.getTitle().startsWith("itplan"))
                .map(w -> (Stage) w)
                .findFirst()
                .orElse(null);
    }

    private static <T> T onFx(Callable<T> query) {
        FutureTask<T> task = new FutureTask<>(query);
        Platform.runLater(task);
        try {
            return task.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets the window manager and the layout catch up. */
    private static void settle() throws Exception {
        for (int i = 0; i < 4; i++) {
            Thread.sleep(400);
            onFx(() -> null);
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
        String ids = run("xdotool", "search", "--onlyvisible", "--name", "^itplan — ")
                .strip();
        if (ids.isEmpty()) {
            return fail("no itplan window on the display");
        }
        return ids.lines().reduce((a, b) -> b).orElseThrow();
    }

    private static void resizeTo(int width, int height) throws Exception {
        run("xdotool", "windowsize", "--sync", windowId(), String.valueOf(width), String.valueOf(height));
        settle();
    }

    private static double[] sceneSize() {
        return onFx(() -> {
            Scene s = appStage().getScene();
            return new double[] {s.getWidth(), s.getHeight()};
        });
    }

    /** Every area is there and big enough to work in; the inspector's heading reads across, not down. */
    private static void assertAreasUsable(String when) {
        List<String> problems = onFx(() -> {
            Scene scene = appStage().getScene();
            List<String> out = new ArrayList<>();
            check(out, scene, "#outline-list", "module list", 140, 120);
            check(out, scene, "#graph-canvas", "canvas", 300, 150);
            check(out, scene, "#inspector-sheet", "inspector", 200, 120);
            check(out, scene, "#bottom-tabs", "Plan/Compare/Problems", 800, 200);
            check(out, scene, "#plan-steps", "steps table", 200, 100);
            Label heading = (Label) scene.lookup("#inspector-heading");
            if (heading.getHeight() > 3 * heading.getFont().getSize() * 1.5) {
                out.add("the inspector heading wraps: " + heading.getHeight() + " px high");
            }
            return out;
        });
        assertEquals(List.of(), problems, when);
    }

    private static void check(List<String> out, Scene scene, String id, String what, double minW, double minH) {
        Node n = scene.lookup(id);
        if (n == null || !n.isVisible()) {
            out.add(what + " is not shown");
            return;
        }
        Bounds b = n.localToScene(n.getBoundsInLocal());
        if (b.getWidth() < minW || b.getHeight() < minH) {
            out.add(what + " is " + Math.round(b.getWidth()) + " × " + Math.round(b.getHeight()));
        }
    }

    @Test
    void theWindowOpensAtItsSizeAndEveryAreaSurvivesResizing() throws Exception {
        double[] opened = sceneSize();
        assertEquals(1360, opened[0], 2, "opens 1360 wide");
        assertEquals(860, opened[1], 2, "opens 860 high");
        assertAreasUsable("as opened");

        resizeTo(600, 400);
        double[] smallest = sceneSize();
        assertTrue(
                smallest[0] >= StagePlacement.MIN_WIDTH - 20 && smallest[1] >= StagePlacement.MIN_HEIGHT - 40,
                "the window keeps its minimum size: " + smallest[0] + " × " + smallest[1]);
        assertAreasUsable("at the smallest size");

        resizeTo(1360, 860);
        double[] enlarged = sceneSize();
        assertEquals(1360, enlarged[0], 2, "enlarged to 1360");
        assertEquals(860, enlarged[1], 2, "enlarged to 860");
        assertAreasUsable("enlarged again");
    }
}
