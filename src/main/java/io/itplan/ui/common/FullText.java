package io.itplan.ui.common;

import java.util.function.Function;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Text cut to fit a cell or a column header, shown in full on hover. */
public final class FullText {
    private FullText() {}

    /** A tooltip that shows quickly and wraps long text. */
    public static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(350));
        t.setShowDuration(Duration.seconds(30));
        t.setWrapText(true);
        t.setMaxWidth(560);
        return t;
    }

    /**
     * Shows {@code text} on hover of {@code control}, or nothing when it is null or blank. A control that already has
     * a tooltip keeps it and gets the new text: a tooltip is a popup window, costly to make, and a cell of a list or
     * table is given another item at every scroll and layout.
     */
    public static void hover(Control control, String text) {
        if (text == null || text.isBlank()) {
            control.setTooltip(null);
        } else if (control.getTooltip() == null) {
            control.setTooltip(tooltip(text));
        } else {
            control.getTooltip().setText(text);
        }
    }

    /** A column header: the title, cut to the column's width, and {@code explanation} on hover. */
    public static Label header(String title, String explanation) {
        Label l = new Label(title);
        l.setMinWidth(0);
        l.setTooltip(tooltip(explanation));
        l.getStyleClass().add("column-title");
        return l;
    }

    /**
     * A table cell showing its value, with {@code full} (the whole text of the row, not cut or abbreviated) on
     * hover.
     */
    public static <S> TableCell<S, String> cell(Function<S, String> full) {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                TableRow<S> row = getTableRow();
                boolean shown = !empty && item != null && row != null && row.getItem() != null;
                setText(shown ? item : null);
                hover(this, shown ? full.apply(row.getItem()) : null);
            }
        };
    }
}
