package io.itplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.strategy.StrategyName;
import io.itplan.ui.actions.StandardAction;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Switching the theme repaints everything; in the dark theme selected rows and empty lists stay readable. */
class ThemeTest extends AppWindowTest {
    private void awaitPlan() throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !view().plan().runningProperty().get()
                        && view().plan().planProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** WCAG relative luminance. */
    private static double luminance(Color c) {
        double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static Color background(Region r) {
        Paint p = r.getBackground()
                .getFills()
                .get(r.getBackground().getFills().size() - 1)
                .getFill();
        return (Color) p;
    }

    /** Selects step {@code i} of the plan and lets the window follow. */
    private void select(int i) {
        interact(() -> view().plan().selectedStepProperty().set(i));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The colour inside the selected step's box, left of its label. */
    private Color selectedBoxFill() {
        return timelineAt(view().plan().selectedStepProperty().get(), 4);
    }

    /**
     * The timeline's colour {@code dx} px right of the left edge of step {@code step}'s box, half-way down. Boxes of a
     * chain of steps stand in one lane, 190 px apart, from (10, 10); 150 × 30 each.
     */
    private Color timelineAt(int step, int dx) {
        Node canvas = lookup("#plan-timeline-canvas").query();
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = canvas.snapshot(null, null));
        return shot[0].getPixelReader().getColor(10 + step * 190 + dx, 10 + 15);
    }

    @Test
    void movingTheSelectionRepaintsTheBoxItLeavesAndTheOneItReaches() throws Exception {
        interact(() -> view().plan().strategyProperty().set(StrategyName.TOP_DOWN));
        awaitPlan();
        select(3);
        Color plain = timelineAt(1, 4);
        Color lineInto1 = timelineAt(1, -2);
        assertTrue(lineInto1.getOpacity() > 0.3, "the line into step 1 reaches its box, was " + lineInto1);
        select(1);
        Color selected = timelineAt(1, 4);
        assertNotEquals(plain, selected);

        select(2);
        assertEquals(plain, timelineAt(1, 4), "the box left is plain again");
        assertEquals(lineInto1, timelineAt(1, -2), "the line into it is drawn again where its box was cleared");
        assertEquals(selected, timelineAt(2, 4), "the box reached is selected");
        assertEquals(plain, timelineAt(3, 4), "the box selected before is plain");
        assertEquals(plain, timelineAt(0, 4), "other boxes are as they were");
    }

    @Test
    void theTimelineFollowsTheThemeAndSelectedRowsStayReadable() throws Exception {
        interact(() -> view().plan().strategyProperty().set(StrategyName.TOP_DOWN));
        awaitPlan();
        select(1);
        Color light = selectedBoxFill();
        assertTrue(luminance(light) > 0.6, "light theme: a pale selected box, was " + light);

        interact(() -> view().actions().run(StandardAction.DARK_THEME));
        WaitForAsyncUtils.waitForFxEvents();
        Color dark = selectedBoxFill();
        assertTrue(luminance(dark) < 0.3, "dark theme: the selected box is repainted dark, was " + dark);

        clickOn("#plan-steps");
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> row = lookup("#plan-steps .table-row-cell").queryAll().stream()
                .map(n -> (TableRow<?>) n)
                .filter(TableRow::isSelected)
                .findFirst()
                .orElseThrow();
        TableCell<?, ?> cell = (TableCell<?, ?>) row.lookup(".table-cell");
        double focused = contrast(background(row), (Color) cell.getTextFill());
        assertTrue(focused >= 4.5, "selected row text contrast " + focused);
        clickOn("#outline-filter");
        WaitForAsyncUtils.waitForFxEvents();
        double unfocused = contrast(background(row), (Color) cell.getTextFill());
        assertTrue(unfocused >= 4.5, "selected row text contrast without focus " + unfocused);
    }

    @Test
    void anEmptyListSaysSoReadablyInTheDarkAndCountsReadAsEnglish() throws Exception {
        interact(() -> view().actions().run(StandardAction.DARK_THEME));
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        interact(() -> view().showTab("problems"));
        WaitForAsyncUtils.waitForFxEvents();
        Label placeholder = lookup("#problems-list .placeholder .label").queryAs(Label.class);
        Region list = lookup("#problems-list").queryAs(Region.class);
        double c = contrast(background(list), (Color) placeholder.getTextFill());
        assertTrue(c >= 4.5, "placeholder contrast " + c);

        interact(() -> view().actions().run(StandardAction.ADD_MODULE));
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        StatusBar status = lookup("#status-bar").queryAs(StatusBar.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("1 module · "));
        assertTrue(status.getText().startsWith("1 module · 0 dependencies"), status.getText());
        interact(() -> view().plan().strategyProperty().set(StrategyName.BIG_BANG));
        awaitPlan();
        assertTrue(
                lookup("#plan-summary").queryAs(Label.class).getText().startsWith("1 step, "),
                lookup("#plan-summary").queryAs(Label.class).getText());
        assertEquals(1, view().plan().planProperty().get().steps().size());
    }
}
