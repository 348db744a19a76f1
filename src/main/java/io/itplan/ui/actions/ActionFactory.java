package io.itplan.ui.actions;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Builds menu items and toolbar buttons from {@link StandardAction}s, all bound to the same handlers and
 * enabled state, so menus, toolbar and shortcuts never disagree.
 */
public final class ActionFactory {
    private final Map<StandardAction, Runnable> handlers = new EnumMap<>(StandardAction.class);
    private final Map<StandardAction, ObservableBooleanValue> disabled = new EnumMap<>(StandardAction.class);
    private final Map<StandardAction, BooleanProperty> toggles = new EnumMap<>(StandardAction.class);

    public ActionFactory on(StandardAction action, Runnable handler) {
        handlers.put(action, handler);
        return this;
    }

    public ActionFactory disabledWhen(StandardAction action, ObservableBooleanValue condition) {
        disabled.put(action, condition);
        return this;
    }

    /** Makes {@code action} a toggle bound (both ways) to {@code state}. */
    public ActionFactory toggle(StandardAction action, BooleanProperty state) {
        toggles.put(action, state);
        return this;
    }

    public static FontIcon icon(StandardAction action) {
        FontIcon icon = new FontIcon(action.icon());
        icon.getStyleClass().add("action-icon");
        return icon;
    }

    public MenuItem menuItem(StandardAction action) {
        MenuItem item;
        if (toggles.containsKey(action)) {
            CheckMenuItem check = new CheckMenuItem(action.text());
            check.selectedProperty().bindBidirectional(toggles.get(action));
            item = check;
        } else {
            item = new MenuItem(action.text());
            item.setOnAction(e -> run(action));
        }
        item.setGraphic(icon(action));
        if (action.keys() != null) {
            item.setAccelerator(KeyCombination.valueOf(action.keys()));
        }
        if (disabled.containsKey(action)) {
            item.disableProperty().bind(disabled.get(action));
        }
        item.setId("menu-" + id(action));
        return item;
    }

    public ButtonBase button(StandardAction action) {
        ButtonBase b;
        if (toggles.containsKey(action)) {
            ToggleButton t = new ToggleButton();
            t.selectedProperty().bindBidirectional(toggles.get(action));
            b = t;
        } else {
            Button button = new Button();
            button.setOnAction(e -> run(action));
            b = button;
        }
        b.setGraphic(icon(action));
        String keys = action.keys() == null
                ? ""
                : " (" + KeyCombination.valueOf(action.keys()).getDisplayText() + ")";
        b.setTooltip(new Tooltip(action.text() + keys));
        b.setFocusTraversable(false);
        if (disabled.containsKey(action)) {
            b.disableProperty().bind(disabled.get(action));
        }
        b.setId("tool-" + id(action));
        b.getStyleClass().add("tool-button");
        return b;
    }

    /** Runs the action's handler, as its menu item, button or key binding would. */
    public void run(StandardAction action) {
        if (disabled.containsKey(action) && disabled.get(action).get()) {
            return;
        }
        if (toggles.containsKey(action)) {
            toggles.get(action).set(!toggles.get(action).get());
            return;
        }
        Runnable r = handlers.get(action);
        if (r != null) {
            r.run();
        }
    }

    public static String id(StandardAction action) {
        return action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
