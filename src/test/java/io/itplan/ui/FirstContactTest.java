package io.itplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.ui.canvas.GraphCanvas;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.util.WaitForAsyncUtils;

/** A new graph says how to start; Find takes one Enter; the inspector's kinds have their icons. */
class FirstContactTest extends AppWindowTest {
    private boolean emptyStateShown() {
        return lookup("#empty-state").tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aNewGraphSaysHowToStartAndOffersTheExamples() throws Exception {
        assertFalse(emptyStateShown(), "not over the example");
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(emptyStateShown(), "a new graph says how to start");

        clickOn("#empty-example-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view().document().graph().modules().size() > 20, "the library example opened");
        assertFalse(emptyStateShown());

        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(emptyStateShown());
        GraphCanvas c = view().canvas();
        Node hint = lookup("#empty-state .empty-state-text").query();
        doubleClickOn(hint.localToScreen(hint.getBoundsInLocal().getWidth() / 2, 8), MouseButton.PRIMARY);
        write("Orders").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view().document().graph().modules().size(), "the hint lets a double-click through");
        assertFalse(emptyStateShown());
    }

    @Test
    void oneEnterFindsByNameSelectsAndCentres() throws Exception {
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("Payment prov");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> lookup(".auto-complete-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                        .anyMatch(c -> c.getText() != null));
        List<String> suggested =
                lookup(".auto-complete-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                        .map(javafx.scene.control.ListCell::getText)
                        .filter(t -> t != null)
                        .toList();
        assertTrue(
                suggested.contains("Payment provider  (payment-provider)"),
                suggested + " from " + lookup(".auto-complete-popup .list-cell").queryAll());
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("payment-provider"), List.copyOf(view().selection().modules()));
        GraphCanvas c = view().canvas();
        Point2D centre = c.centerOf("payment-provider");
        assertEquals(c.getWidth() / 2, centre.getX(), 40, "centred across");
        assertEquals(c.getHeight() / 2, centre.getY(), 40, "centred down");
    }

    @Test
    void theInspectorsKindsHaveTheirIcons() {
        clickOn(view().canvas().localToScreen(view().canvas().centerOf("orders")));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Object> kind = lookup("#inspector-kind").queryAs(ComboBox.class);
        assertTrue(kind.getButtonCell().getGraphic() instanceof FontIcon, "the chosen kind shows its icon");
        clickOn(kind);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                lookup(".combo-box-popup .list-cell").queryAll().stream()
                        .filter(n -> ((javafx.scene.control.ListCell<?>) n).getItem() != null)
                        .allMatch(n -> ((javafx.scene.control.ListCell<?>) n).getGraphic() instanceof FontIcon),
                "every kind in the list has its icon");
        type(KeyCode.ESCAPE);
    }
}
