package io.itplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.plan.Step;
import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.StrategyName;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Plan and Compare tabs at the window's usual size, 1360 × 860: the steps, the timeline boxes, the Run and
 * Stop buttons and the chart all get room, and every text cut to fit shows in full on hover.
 */
class PlanAreaTest extends AppWindowTest {
    @Override
    String size() {
        return "1360x860";
    }

    private void awaitPlan() throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !view().plan().runningProperty().get()
                        && view().plan().planProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void plan(StrategyName strategy, Granularity granularity) throws TimeoutException {
        interact(() -> {
            view().plan().strategyProperty().set(strategy);
            view().plan().granularityProperty().set(granularity);
        });
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !view().plan().runningProperty().get()
                        && view().plan().planProperty().get() != null
                        && view().plan().planProperty().get().strategy().name().equals(strategy.key())
                        && steps().getItems().size()
                                == view().plan().planProperty().get().steps().size());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<Step> steps() {
        return lookup("#plan-steps").queryAs(TableView.class);
    }

    /** Rows of the steps table shown whole. */
    private long rowsShown() {
        TableView<Step> table = steps();
        Bounds visible = table.localToScreen(table.getBoundsInLocal());
        return lookup("#plan-steps .table-row-cell").queryAll().stream()
                .map(n -> (TableRow<?>) n)
                .filter(r -> r.getItem() != null && r.isVisible())
                .filter(r -> {
                    Bounds b = r.localToScreen(r.getBoundsInLocal());
                    return b.getMinY() >= visible.getMinY() - 1 && b.getMaxY() <= visible.getMaxY() + 1;
                })
                .count();
    }

    private static String shownText(Button b) {
        return ((Text) b.lookup(".text")).getText();
    }

    /** The index of the first row the steps table shows. */
    private int firstRowShown() {
        return ((javafx.scene.control.skin.VirtualFlow<?>) steps().lookup(".virtual-flow"))
                .getFirstVisibleCell()
                .getIndex();
    }

    @Test
    void steppingThroughThePlanMovesTheSelectionNotTheRowsUntilItNearsTheEdge() throws Exception {
        plan(StrategyName.BOTTOM_UP, Granularity.MODULE);
        int steps = steps().getItems().size();
        int middle = steps / 2;
        assertTrue(steps > rowsShown() + 6, "more steps than rows: " + steps + " for " + rowsShown());
        interact(() -> view().plan().selectedStepProperty().set(middle));
        WaitForAsyncUtils.waitForFxEvents();
        int first = firstRowShown();
        assertTrue(first > 0, "scrolled to the middle step");
        interact(() -> view().plan().selectedStepProperty().set(middle + 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, firstRowShown(), "the next step was in view: the rows stay where they are");

        interact(() -> view().plan().selectedStepProperty().set(steps - 1));
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> selected = lookup("#plan-steps .table-row-cell").queryAll().stream()
                .map(n -> (TableRow<?>) n)
                .filter(r -> r.getIndex() == steps - 1)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the last step was not scrolled into view"));
        Bounds table = steps().localToScreen(steps().getBoundsInLocal());
        Bounds row = selected.localToScreen(selected.getBoundsInLocal());
        assertTrue(row.getMinY() >= table.getMinY() && row.getMaxY() <= table.getMaxY(), row + " in " + table);
    }

    /**
     * Selecting a step leaves no style work for a later pulse. A node still waiting for its style after a layout makes
     * JavaFX sync the scene again on the next pulse with nothing changed, and a pulse that changes nothing repaints
     * the whole window: a table that measures its rows with a hidden cell did this after every selection.
     */
    @Test
    void selectingAStepLeavesNoStyleWorkForTheNextPulse() throws Exception {
        plan(StrategyName.BOTTOM_UP, Granularity.MODULE);
        int steps = steps().getItems().size();
        assertTrue(steps >= 5);
        List<Runnable> selections = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int step = i * (steps - 1) / 4;
            selections.add(() -> view().plan().selectedStepProperty().set(step));
        }
        assertEquals(java.util.Set.of(), leftToStyle(selections), "nodes left to style after a layout");
    }

    @Test
    void theStepsTimelineButtonsAndChartGetRoom() throws Exception {
        plan(StrategyName.TOP_DOWN, Granularity.MODULE);
        assertTrue(steps().getItems().size() >= 10);
        assertTrue(rowsShown() >= 7, "steps shown whole: " + rowsShown());
        ScrollPane timeline = lookup("#plan-timeline").queryAs(ScrollPane.class);
        assertTrue(
                timeline.getViewportBounds().getHeight() >= 50,
                "a lane of timeline boxes fits: " + timeline.getViewportBounds());

        interact(() -> view().plan().strategyProperty().set(StrategyName.BOTTOM_UP));
        interact(() -> app.view()
                .document()
                .reset(io.itplan.ui.main.Examples.load("/itplan/examples/library.graph.json"), null));
        awaitPlan();
        Label summary = lookup("#plan-summary").queryAs(Label.class);
        assertTrue(summary.getText().length() > 150, "a summary long enough to wrap: " + summary.getText());
        Button run = lookup("#plan-run").queryAs(Button.class);
        Button stop = lookup("#plan-stop").queryAs(Button.class);
        assertEquals("Run", shownText(run));
        assertEquals("Stop", shownText(stop));

        interact(() -> view().showTab("compare"));
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> lookup("#compare-chart .chart-bar").queryAll().size() >= 5);
        WaitForAsyncUtils.waitForFxEvents();
        Node plot = lookup("#compare-chart .chart-plot-background").query();
        assertTrue(plot.getBoundsInLocal().getHeight() >= 120, "the chart's plot: " + plot.getBoundsInLocal());
        assertTrue(plot.getBoundsInLocal().getWidth() >= 150, "the chart's plot: " + plot.getBoundsInLocal());
    }

    @Test
    void everyCutTextShowsInFullOnHover() throws Exception {
        plan(StrategyName.TOP_DOWN, Granularity.LEVEL);
        Step first = steps().getItems().get(0);
        TableCell<?, ?> integrates = lookup("#plan-steps .table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> String.join(", ", first.integrate()).equals(c.getText()))
                .findFirst()
                .orElseThrow();
        assertNotNull(integrates.getTooltip(), "the Integrates cell has a tooltip");
        assertTrue(
                integrates.getTooltip().getText().contains(String.join(", ", first.integrate())),
                integrates.getTooltip().getText());

        Node canvas = lookup("#plan-timeline-canvas").query();
        moveTo(canvas.localToScreen(80, 25));
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip box = (Tooltip) canvas.getProperties().get("javafx.scene.control.Tooltip");
        assertNotNull(box, "the timeline shows a step on hover");
        assertTrue(box.getText().startsWith(first.id()), box.getText());
        assertTrue(box.getText().contains(String.join(", ", first.integrate())), box.getText());

        interact(() -> view().showTab("compare"));
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> lookup("#compare-table .table-row-cell").queryAll().stream()
                        .anyMatch(r -> ((TableRow<?>) r).getItem() != null));
        List<Label> headers = lookup("#compare-table .column-title").queryAllAs(Label.class).stream()
                .toList();
        Label stubs = headers.stream()
                .filter(l -> l.getText().equals("specificStubs"))
                .findFirst()
                .orElseThrow();
        assertNotNull(stubs.getTooltip());
        assertTrue(
                stubs.getTooltip().getText().startsWith("specificStubs: "),
                stubs.getTooltip().getText());
        assertTrue(headers.stream().allMatch(l -> l.getTooltip() != null), "every Compare header explains itself");
    }
}
