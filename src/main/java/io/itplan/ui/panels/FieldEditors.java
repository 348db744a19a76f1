package io.itplan.ui.panels;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.Callback;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * Inspector editors that make one edit per change: text and numbers commit on Enter or when the field loses
 * focus (Escape restores), check boxes and choices commit at once.
 */
final class FieldEditors implements Callback<PropertySheet.Item, PropertyEditor<?>> {

    @Override
    public PropertyEditor<?> call(PropertySheet.Item item) {
        PropertyEditor<Object> editor = editorFor(item);
        // The item's field may be replaced in place (the next module's): the editor then shows the new value.
        item.getObservableValue().ifPresent(v -> v.addListener((obs, was, is) -> editor.setValue(is)));
        return editor;
    }

    private static PropertyEditor<Object> editorFor(PropertySheet.Item item) {
        Class<?> type = item.getType();
        if (type == Boolean.class) {
            return checkBox(item);
        }
        if (type.isEnum()) {
            return choice(item, type);
        }
        if (type == Double.class) {
            return text(item, s -> Double.valueOf(s.strip()));
        }
        if (type == Integer.class) {
            return text(item, s -> Integer.valueOf(s.strip()));
        }
        return text(item, s -> s);
    }

    /**
     * An item whose field another may take the place of (the next module's when the selection changes): an edit goes
     * to the field it was typed for.
     */
    interface Retargeted extends PropertySheet.Item {
        /** What sets the value of the field the item holds now, whatever field it holds later. */
        Consumer<Object> editOfCurrentField();
    }

    private static PropertyEditor<Object> text(PropertySheet.Item item, Function<String, Object> parse) {
        return new TextEditor(item, parse);
    }

    /** A text or number field: one edit on Enter or when it loses focus; Escape restores the value shown. */
    private static final class TextEditor implements PropertyEditor<Object> {
        private final PropertySheet.Item item;
        private final Function<String, Object> parse;
        private final TextField field = new TextField();
        /** The value shown, of the field's type. */
        private Object shown;
        /** Whether the text is being set to a value, as no keystroke of the user's. */
        private boolean showing;
        /**
         * The edit of the field being typed for, from the first keystroke to the commit, else null: the selection may
         * change in between without the text field losing focus (a menu, a shortcut) and without the value shown
         * changing (the next module's is the same), and the edit still belongs to the first field.
         */
        private Consumer<Object> typedFor;

        TextEditor(PropertySheet.Item item, Function<String, Object> parse) {
            this.item = item;
            this.parse = parse;
            this.shown = item.getValue();
            field.setId("inspector-" + item.getName().toLowerCase(Locale.ROOT).replace(' ', '-'));
            field.setEditable(item.isEditable());
            if (!item.isEditable()) {
                field.getStyleClass().add("read-only");
            }
            field.textProperty().addListener((obs, was, is) -> {
                if (!showing && typedFor == null) {
                    typedFor = item instanceof Retargeted r ? r.editOfCurrentField() : item::setValue;
                }
            });
            field.setOnAction(e -> commit());
            field.focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    commit();
                }
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    typedFor = null;
                    show(shown);
                }
            });
        }

        private void commit() {
            if (!item.isEditable() || typedFor == null) {
                return;
            }
            Consumer<Object> target = typedFor;
            typedFor = null;
            Object value;
            try {
                value = parse.apply(field.getText());
            } catch (NumberFormatException e) {
                show(shown);
                return;
            }
            if (!value.equals(shown)) {
                target.accept(value);
            }
            // The field shown now: the one typed for, edited, or another in its place when the selection changed.
            shown = item.getValue();
            show(shown);
        }

        private void show(Object value) {
            showing = true;
            try {
                field.setText(format(value));
            } finally {
                showing = false;
            }
        }

        @Override
        public Node getEditor() {
            return field;
        }

        @Override
        public Object getValue() {
            return shown;
        }

        /**
         * The value of the field the item holds now: another module's, or this one's changed by Undo or a reload.
         * What was typed and not committed gives way to it.
         */
        @Override
        public void setValue(Object value) {
            typedFor = null;
            shown = value;
            show(value);
        }
    }

    private static String format(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        return value == null ? "" : value.toString();
    }

    private static PropertyEditor<Object> checkBox(PropertySheet.Item item) {
        CheckBox box = new CheckBox();
        box.setDisable(!item.isEditable());
        boolean[] updating = {false};
        box.selectedProperty().addListener((obs, a, b) -> {
            if (!updating[0]) {
                item.setValue(b);
            }
        });
        return new PropertyEditor<>() {
            @Override
            public Node getEditor() {
                return box;
            }

            @Override
            public Object getValue() {
                return box.isSelected();
            }

            @Override
            public void setValue(Object value) {
                updating[0] = true;
                box.setSelected(Boolean.TRUE.equals(value));
                updating[0] = false;
            }
        };
    }

    private static PropertyEditor<Object> choice(PropertySheet.Item item, Class<?> type) {
        ComboBox<Object> combo =
                new ComboBox<>(FXCollections.observableArrayList(Arrays.asList(type.getEnumConstants())));
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setDisable(!item.isEditable());
        combo.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Object o) {
                return o == null ? "" : o.toString().toLowerCase(Locale.ROOT).replace('_', '-');
            }

            @Override
            public Object fromString(String s) {
                return null;
            }
        });
        if (type == io.itplan.core.graph.ModuleKind.class) {
            combo.setId("inspector-kind");
            combo.setButtonCell(KindIcons.cell());
            combo.setCellFactory(v -> KindIcons.cell());
        }
        boolean[] updating = {false};
        combo.valueProperty().addListener((obs, a, b) -> {
            if (!updating[0] && b != null) {
                item.setValue(b);
            }
        });
        return new PropertyEditor<>() {
            @Override
            public Node getEditor() {
                return combo;
            }

            @Override
            public Object getValue() {
                return combo.getValue();
            }

            @Override
            public void setValue(Object value) {
                updating[0] = true;
                combo.setValue(value);
                updating[0] = false;
            }
        };
    }
}
