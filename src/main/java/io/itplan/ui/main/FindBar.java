package io.itplan.ui.main;

import io.itplan.ui.common.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The find bar over the canvas: type part of a module's id or name; suggestions show names and ids; one Enter
 * (on the field or on a suggestion) selects the module and centres it; Escape closes the bar.
 */
final class FindBar extends HBox {
    private final TextField field = new TextField();
    private final EditViewModel edit;
    private final Consumer<String> centreOn;
    private final Runnable onClose;

    FindBar(EditViewModel edit, Consumer<String> centreOn, Runnable onClose) {
        super(6);
        this.edit = edit;
        this.centreOn = centreOn;
        this.onClose = onClose;
        getStyleClass().add(Styles.FIND_BAR);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setAlignment(Pos.CENTER_LEFT);
        field.setId("find-field");
        field.setPromptText("Find module by id or name");
        field.setPrefColumnCount(22);
        field.setTooltip(new Tooltip("Part of a module's name or id; Enter selects and centres it, Escape closes"));
        AutoCompletionBinding<String> suggestions = TextFields.bindAutoCompletion(
                field, req -> edit.find(req.getUserText()).stream().limit(12).toList(), new StringConverter<>() {
                    @Override
                    public String toString(String id) {
                        return id;
                    }

                    @Override
                    public String fromString(String text) {
                        return text;
                    }
                });
        // The field gets the id (unique) while the list shows what a tester recognises.
        suggestions.getAutoCompletionPopup().setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return edit.describe(id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        suggestions.setOnAutoCompleted(e -> goTo(e.getCompletion()));
        field.setOnAction(e -> goTo(field.getText()));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        Button close = new Button();
        close.setGraphic(new FontIcon("mdi2c-close"));
        close.setTooltip(new Tooltip("Close (Escape)"));
        close.setOnAction(e -> hide());
        close.getStyleClass().add("tool-button");
        getChildren().addAll(new FontIcon("mdi2m-magnify"), field, close);
        setVisible(false);
    }

    private void goTo(String text) {
        String id = edit.goTo(text);
        if (id != null) {
            centreOn.accept(id);
        }
    }

    void show() {
        setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    void hide() {
        setVisible(false);
        onClose.run();
    }
}
