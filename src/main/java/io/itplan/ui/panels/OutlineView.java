package io.itplan.ui.panels;

import io.itplan.core.graph.Module;
import io.itplan.ui.common.FullText;
import io.itplan.ui.common.Fxml;
import io.itplan.ui.editor.Selection;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The module outline on the left: a search field over a list of modules; choosing one selects it. */
public final class OutlineView extends VBox {
    @FXML
    private TextField filterField;

    @FXML
    private ListView<Module> list;

    private boolean syncing;

    public OutlineView(OutlineViewModel vm, Selection selection, java.util.function.Consumer<String> onOpen) {
        Fxml.load(this);
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        // New items (any edit of a module) make the list drop its selection before it is shown again: that is no
        // choice of the user's, so it must not clear the selection. Told first, before the list's own listener.
        vm.visibleModules().addListener((ListChangeListener<Module>) c -> syncing = true);
        list.setItems(vm.visibleModules());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new ModuleCell());
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Module>) c -> {
            if (!syncing) {
                syncing = true;
                vm.select(List.copyOf(list.getSelectionModel().getSelectedItems()).stream()
                        .map(Module::id)
                        .toList());
                syncing = false;
            }
        });
        list.setOnMouseClicked(e -> {
            Module m = list.getSelectionModel().getSelectedItem();
            if (m != null && e.getClickCount() == 2) {
                onOpen.accept(m.id());
            }
        });
        list.setOnKeyPressed(e -> {
            Module m = list.getSelectionModel().getSelectedItem();
            if (m != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                onOpen.accept(m.id());
            }
        });
        selection.changesProperty().addListener((obs, was, is) -> follow(selection));
        vm.visibleModules().addListener((ListChangeListener<Module>) c -> {
            syncing = false;
            follow(selection);
        });
    }

    /** Shows the canvas selection in the list. */
    private void follow(Selection selection) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            list.getSelectionModel().clearSelection();
            for (int i = 0; i < list.getItems().size(); i++) {
                if (selection.modules().contains(list.getItems().get(i).id())) {
                    list.getSelectionModel().select(i);
                }
            }
            if (selection.modules().size() == 1) {
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
            }
        } finally {
            syncing = false;
        }
    }

    public void focusSearch() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    private static final class ModuleCell extends ListCell<Module> {
        @Override
        protected void updateItem(Module m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setText(null);
                setGraphic(null);
                FullText.hover(this, null);
                return;
            }
            setText(m.name().equals(m.id()) ? m.name() : m.name() + "  (" + m.id() + ")");
            setGraphic(KindIcons.icon(m.kind()));
            FullText.hover(
                    this,
                    m.name() + "\nid " + m.id() + " · " + m.kind().key()
                            + (m.layer().isEmpty() ? "" : " · layer " + m.layer()));
        }
    }
}
