package io.itplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.format.GraphFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Auto Layout in the app: a graph opened without a drawing is laid out in the plan's rows, and Ctrl+L again
 * changes nothing and says so; with modules pinned it counts the modules it laid out.
 */
class AutoLayoutTest extends AppWindowTest {
    private final List<String> said = new ArrayList<>();

    private static DependencyGraph cyclic(int n) {
        Random rnd = new Random(21);
        DependencyGraph.Builder b = DependencyGraph.builder("cyclic");
        for (int i = 0; i < n; i++) {
            b.addModule(Module.of(String.format("m%02d", i)));
        }
        for (int k = 0; k < 3 * n; k++) {
            int u = rnd.nextInt(n);
            int v = rnd.nextInt(10) == 0
                    ? Math.max(0, u - 1 - rnd.nextInt(8))
                    : Math.min(n - 1, u + 1 + rnd.nextInt(8));
            if (u != v) {
                b.addDependency(String.format("m%02d", u), String.format("m%02d", v), DependencyKind.CALL);
            }
        }
        return b.build();
    }

    /**
     * Waits until no layout and no planning runs, asked on the JavaFX thread: between the plan's arrival and the
     * layout that waited for it, one event handler finishes the wait and starts the layout, and a look from another
     * thread could fall in between.
     */
    private void waitForLayout() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !view().busyProperty().get()
                                && !view().plan().runningProperty().get())
                        .get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void autoLayout() throws Exception {
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitForLayout();
    }

    @Test
    void aSecondAutoLayoutKeepsThePictureAndCountsWhatItLaysOut() throws Exception {
        Path file = dir.resolve("cyclic.graph.json");
        GraphFiles.write(cyclic(40), file);
        StatusBar status = lookup("#status-bar").queryAs(StatusBar.class);
        status.textProperty().addListener((o, a, b) -> said.add(b));
        dialogs.toOpen.add(file);
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> file.equals(view().document().file()));
        waitForLayout();
        DependencyGraph opened = view().document().graph();
        assertNotEquals(
                opened.module("m00").y(),
                opened.module("m39").y(),
                () -> "laid out on opening; the status said " + said);
        assertTrue(said.contains("Laid out 40 modules"), said.toString());

        said.clear();
        autoLayout();
        assertEquals(opened, view().document().graph(), "the same picture");
        assertTrue(said.contains("The layout is already tidy"), said.toString());

        interact(() -> view().document()
                .commands()
                .execute(io.itplan.ui.editor.ChangeModulesCommand.move(
                        view().document().graph(),
                        java.util.Map.of("m05", new double[] {-500, -500}),
                        "Move 1 module",
                        null)));
        for (String id : List.of("m00", "m01")) {
            interact(() -> view().canvas().centerOn(id));
            clickOn(view().canvas().localToScreen(view().canvas().centerOf(id)));
            press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view().document().graph().module("m00").pinned()
                && view().document().graph().module("m01").pinned());
        said.clear();
        autoLayout();
        assertTrue(said.contains("Laid out 38 modules"), said.toString());
    }
}
