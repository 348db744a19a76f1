package io.itplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.PlanFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import io.itplan.ui.canvas.GraphCanvas;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window headless (Monocle): draw, connect, rename, undo, save, reopen, a broken file. */
class MainWindowTest extends AppWindowTest {
    private DependencyGraph documentGraph() {
        return view().document().graph();
    }

    /** Screen position of a point of the canvas. */
    private Point2D onCanvas(Point2D local) {
        GraphCanvas c = view().canvas();
        return c.localToScreen(local);
    }

    private Point2D canvasPoint(double fx, double fy) {
        GraphCanvas c = view().canvas();
        return c.localToScreen(c.getWidth() * fx, c.getHeight() * fy);
    }

    /** File › Open by its shortcut, waiting until the file has been read in the background and shown. */
    private void openWithCtrlO() throws Exception {
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                20,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> !view().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Selecting another module keeps the inspector's editors and shows that module's values in them (rebuilding the
     * inspector, twice, on each click cost more than the rest of the click); editing then edits the module now
     * selected, not the one the editors were made for.
     */
    @Test
    void selectingAnotherModuleKeepsTheInspectorsEditors() throws Exception {
        java.util.List<String> ids = view().document().graph().modules().stream()
                .map(io.itplan.core.graph.Module::id)
                .toList();
        assertTrue(ids.size() >= 5);
        interact(() -> view().selection().selectModule(ids.get(0)));
        javafx.scene.Node kind = lookup("#inspector-kind").query();
        for (String id : ids) {
            interact(() -> view().selection().selectModule(id));
            assertTrue(kind == lookup("#inspector-kind").query(), "the Kind editor was made anew for " + id);
            assertEquals(
                    view().document().graph().module(id).kind(), ((javafx.scene.control.ComboBox<?>) kind).getValue());
        }
        String last = ids.get(ids.size() - 1);
        io.itplan.core.graph.Module shown = view().document().graph().module(last);
        javafx.scene.control.TextField name = lookup(".property-sheet .text-field")
                .match((javafx.scene.control.TextField t) -> t.getText().equals(shown.name()))
                .query();
        interact(() -> {
            name.setText("Renamed in place");
            name.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals("Renamed in place", view().document().graph().module(last).name());
        assertEquals(
                view().document().graph().module(ids.get(0)).name(),
                io.itplan.ui.main.Examples.first().module(ids.get(0)).name());
    }

    /**
     * Text typed in the inspector belongs to the module it was typed for, even when the selection changes without
     * the field losing focus (a menu, a shortcut) and the next module shows the same value; when the value shown
     * changes (another module's, an undo), that value wins over text not yet committed.
     */
    @Test
    void textTypedInTheInspectorGoesToTheModuleItWasTypedFor() throws Exception {
        java.util.List<String> ids = view().document().graph().modules().stream()
                .map(io.itplan.core.graph.Module::id)
                .toList();
        String a = ids.get(0);
        String b = ids.get(1);
        assertEquals(
                view().document().graph().module(a).notes(),
                view().document().graph().module(b).notes(),
                "the example's first two modules have the same notes");
        String bNotes = view().document().graph().module(b).notes();
        interact(() -> view().selection().selectModule(a));
        javafx.scene.control.TextField notes = notesField();
        // The same value in the next module: the field shows no change, and the edit goes to the first module.
        interact(() -> {
            notes.setText("typed for the first");
            view().selection().selectModule(b);
            notes.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals("typed for the first", view().document().graph().module(a).notes());
        assertEquals(bNotes, view().document().graph().module(b).notes());
        assertEquals(bNotes == null ? "" : bNotes, notes.getText());
        // An edit keeps the module selected.
        interact(() -> view().selection().selectModule(a));
        assertEquals("typed for the first", notes.getText());
        interact(() -> {
            notes.setText("edited");
            notes.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals("edited", view().document().graph().module(a).notes());
        assertEquals(
                java.util.Set.of(a), java.util.Set.copyOf(view().selection().modules()));
        // A different value in the next module: what was typed and not committed gives way to it; no module gets it.
        interact(() -> {
            notes.setText("typed again");
            view().selection().selectModule(b);
        });
        assertEquals(bNotes == null ? "" : bNotes, notes.getText());
        assertEquals("edited", view().document().graph().module(a).notes());
        assertEquals(bNotes, view().document().graph().module(b).notes());
        assertEquals(
                java.util.Set.of(b), java.util.Set.copyOf(view().selection().modules()));
        // Then what is typed goes to the module shown.
        interact(() -> {
            notes.setText("typed for the second");
            notes.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals("typed for the second", view().document().graph().module(b).notes());
        assertEquals("edited", view().document().graph().module(a).notes());
        // Undo from the menu while typing: the value it brings back wins, and it can be redone.
        interact(() -> {
            notes.setText("typed before the undo");
            view().document().commands().undo();
        });
        interact(() -> notes.fireEvent(new javafx.event.ActionEvent()));
        assertEquals(bNotes, view().document().graph().module(b).notes());
        assertEquals(bNotes == null ? "" : bNotes, notes.getText());
        assertTrue(view().document().commands().canRedo(), "the undo can be redone");
        assertTrue(notes == notesField(), "the Notes editor was kept");
    }

    private javafx.scene.control.TextField notesField() {
        return lookup(".property-sheet .text-field")
                .match((javafx.scene.control.TextField t) -> "inspector-notes".equals(t.getId()))
                .query();
    }

    @Test
    void drawConnectRenameUndoSaveAndReopen() throws Exception {
        Stage stage = app.stage();
        assertEquals("itplan — Web shop", stage.getTitle());
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, documentGraph().modules().size());

        doubleClickOn(canvasPoint(0.3, 0.25), MouseButton.PRIMARY);
        write("Orders").type(KeyCode.ENTER);
        doubleClickOn(canvasPoint(0.3, 0.7), MouseButton.PRIMARY);
        write("Payments").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(
                documentGraph().module("orders"), documentGraph().modules().toString());
        assertNotNull(documentGraph().module("payments"));
        assertTrue(stage.getTitle().endsWith("•"), stage.getTitle());

        moveTo(onCanvas(view().canvas().centerOf("orders")));
        drag(onCanvas(view().canvas().handleOf("orders")), MouseButton.PRIMARY)
                .dropTo(onCanvas(view().canvas().centerOf("payments")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, documentGraph().dependencies().size());
        assertEquals("orders", documentGraph().dependencies().get(0).from());
        assertEquals("payments", documentGraph().dependencies().get(0).to());

        clickOn(onCanvas(view().canvas().centerOf("payments")));
        type(KeyCode.F2);
        write("Billing").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Billing", documentGraph().module("payments").name());

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Payments", documentGraph().module("payments").name());
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Billing", documentGraph().module("payments").name());

        Path file = dir.resolve("drawn.graph.json");
        dialogs.toSave.add(file);
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(file));
        assertFalse(stage.getTitle().endsWith("•"), stage.getTitle());
        DependencyGraph saved = documentGraph();
        assertEquals(GraphFiles.toJson(saved), Files.readString(file));

        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        dialogs.toOpen.add(file);
        openWithCtrlO();
        assertEquals(saved, documentGraph());
        assertEquals(Files.readString(file), GraphFiles.toJson(documentGraph()));
    }

    @Test
    void aDragIsOneUndoStepAndAMarqueeSelectsForDelete() {
        DependencyGraph start = documentGraph();
        Point2D from = onCanvas(view().canvas().centerOf("gateway"));
        drag(from, MouseButton.PRIMARY).moveBy(60, 10).moveBy(60, 10).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                documentGraph().module("gateway").x() > start.module("gateway").x() + 50);
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start, documentGraph(), "the whole drag is undone at once");

        GraphCanvas c = view().canvas();
        drag(c.localToScreen(4, 4), MouseButton.PRIMARY).dropTo(c.localToScreen(c.getWidth() - 4, c.getHeight() - 4));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start.modules().size(), view().document().graph().modules().size());
        type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, documentGraph().modules().size());
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start, documentGraph());
    }

    @Test
    void aBrokenFileShowsTheReadersMessageAndChangesNothing() throws Exception {
        DependencyGraph before = documentGraph();
        Path broken = dir.resolve("broken.graph.json");
        Files.writeString(broken, "{\"format\": \"itplan.graph/1\",\n  \"modules\": [ {\"id\": 7} ]}");
        dialogs.toOpen.add(broken);
        openWithCtrlO();
        TextArea message = lookup("#error-message").queryAs(TextArea.class);
        assertTrue(message.getText().contains("broken.graph.json:2:"), message.getText());
        assertTrue(message.getText().contains("'id' must be a string"), message.getText());
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, documentGraph());
    }

    @Test
    void openingAPlanFileShowsThatPlanOnItsGraphInThePlanTab() throws Exception {
        DependencyGraph shop = documentGraph();
        Path graphFile = dir.resolve("shop.graph.json");
        GraphFiles.write(shop, graphFile);
        IntegrationPlan plan = Planner.standard()
                .plan(shop, PlanOptions.of(StrategyName.SANDWICH).withGranularity(Granularity.MODULE));
        Path planFile = dir.resolve("release.plan.json");
        PlanFiles.write(plan, planFile, graphFile);
        interact(() -> view().showTab("problems"));

        dialogs.toOpen.add(planFile);
        java.util.List<Boolean> busy = new java.util.concurrent.CopyOnWriteArrayList<>();
        interact(() -> view().busyProperty().addListener((o, was, now) -> busy.add(now)));
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                20,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> app.stage().getTitle().contains("shop.graph.json"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.List.of(true, false), busy.subList(0, 2), "read in the background, with Cancel");
        assertEquals("itplan — shop.graph.json (Web shop)", app.stage().getTitle());
        TabPane tabs = lookup(n -> n instanceof TabPane
                        && ((TabPane) n).getTabs().stream().anyMatch(t -> "tab-plan".equals(t.getId())))
                .queryAs(TabPane.class);
        assertEquals("tab-plan", tabs.getSelectionModel().getSelectedItem().getId());
        IntegrationPlan shown = view().plan().planProperty().get();
        assertEquals("sandwich", shown.strategy().name());
        assertEquals(
                plan.steps().stream().map(s -> s.id()).toList(),
                shown.steps().stream().map(s -> s.id()).toList());
    }
}
