package io.itplan.ui.panels;

import io.itplan.ui.common.Fxml;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/** The inspector on the right: a ControlsFX property sheet over the view-model's fields. */
public final class InspectorView extends VBox {
    @FXML
    private Label heading;

    @FXML
    private PropertySheet sheet;

    /** The items the sheet shows, in order. */
    private List<FieldItem> items = List.of();

    public InspectorView(InspectorViewModel vm) {
        Fxml.load(this);
        heading.textProperty().bind(vm.headingProperty());
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setPropertyEditorFactory(new FieldEditors());
        // Categories in the order the view-model lists them (Module before Commands), not alphabetically.
        sheet.setCategoryComparator(java.util.Comparator.comparingInt(c -> categoryOrder(vm, c)));
        vm.fields().addListener((ListChangeListener<InspectorViewModel.Field>) c -> show(vm));
        show(vm);
    }

    private static int categoryOrder(InspectorViewModel vm, String category) {
        for (int i = 0; i < vm.fields().size(); i++) {
            if (vm.fields().get(i).category().equals(category)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Shows the view-model's fields. Fields of the same kind as those shown (another module's after a module's) go
     * into the items in place, and the editors show their values: the sheet builds all its editors anew whenever its
     * items change, which made each click on a module cost a new inspector.
     */
    private void show(InspectorViewModel vm) {
        List<InspectorViewModel.Field> next = List.copyOf(vm.fields());
        boolean alike = items.size() == next.size();
        for (int i = 0; alike && i < next.size(); i++) {
            alike = sameKind(items.get(i).field.get(), next.get(i));
        }
        if (alike) {
            for (int i = 0; i < next.size(); i++) {
                items.get(i).field.set(next.get(i));
            }
            return;
        }
        items = next.stream().map(FieldItem::new).toList();
        sheet.getItems().setAll(items);
    }

    /** Whether {@code b} is shown by the same editor, label and tooltip as {@code a}. */
    private static boolean sameKind(InspectorViewModel.Field a, InspectorViewModel.Field b) {
        return a.category().equals(b.category())
                && a.name().equals(b.name())
                && a.type() == b.type()
                && a.editable() == b.editable()
                && Objects.equals(a.description(), b.description());
    }

    /** A view-model field as a property-sheet item; setting its value runs the field's edit. */
    private static final class FieldItem implements FieldEditors.Retargeted {
        private final ObjectProperty<InspectorViewModel.Field> field;
        private final ObservableValue<Object> value;

        FieldItem(InspectorViewModel.Field field) {
            this.field = new SimpleObjectProperty<>(field);
            this.value = this.field.map(InspectorViewModel.Field::value);
        }

        @Override
        public Class<?> getType() {
            return field.get().type();
        }

        @Override
        public String getCategory() {
            return field.get().category();
        }

        @Override
        public String getName() {
            return field.get().name();
        }

        @Override
        public String getDescription() {
            return field.get().description();
        }

        @Override
        public Object getValue() {
            return field.get().value();
        }

        @Override
        public void setValue(Object value) {
            editOfCurrentField().accept(value);
        }

        @Override
        public java.util.function.Consumer<Object> editOfCurrentField() {
            InspectorViewModel.Field f = field.get();
            return value -> {
                if (f.setter() != null && value != null && !value.equals(f.value())) {
                    f.setter().accept(value);
                }
            };
        }

        @Override
        public boolean isEditable() {
            return field.get().editable();
        }

        /** The value of the field shown, which changes when another module's field takes its place. */
        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(value);
        }
    }
}
