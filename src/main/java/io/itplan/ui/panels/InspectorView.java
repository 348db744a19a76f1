package io.itplan.ui.panels;

import io.itplan.ui.common.Fxml;
import java.util.Optional;
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

    private void show(InspectorViewModel vm) {
        sheet.getItems().setAll(vm.fields().stream().map(FieldItem::new).toList());
    }

    /** A view-model field as a property-sheet item; setting its value runs the field's edit. */
    private static final class FieldItem implements PropertySheet.Item {
        private final InspectorViewModel.Field field;

        FieldItem(InspectorViewModel.Field field) {
            this.field = field;
        }

        @Override
        public Class<?> getType() {
            return field.type();
        }

        @Override
        public String getCategory() {
            return field.category();
        }

        @Override
        public String getName() {
            return field.name();
        }

        @Override
        public String getDescription() {
            return field.description();
        }

        @Override
        public Object getValue() {
            return field.value();
        }

        @Override
        public void setValue(Object value) {
            if (field.setter() != null && value != null && !value.equals(field.value())) {
                field.setter().accept(value);
            }
        }

        @Override
        public boolean isEditable() {
            return field.editable();
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }
    }
}
