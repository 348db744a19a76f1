package io.itplan.ui.panels;

import io.itplan.ui.common.Fxml;
import io.itplan.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The problems panel at the bottom; clicking a problem selects what it is about on the canvas. */
public final class ProblemsView extends VBox {
    @FXML
    private Label title;

    @FXML
    private ListView<Problem> list;

    public ProblemsView(ProblemsViewModel vm) {
        Fxml.load(this);
        list.setItems(vm.problems());
        list.setPlaceholder(new Label("No problems: the graph can be planned."));
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.problems().isEmpty()
                                ? "Problems"
                                : "Problems (" + vm.problems().size() + ")",
                        vm.problems()));
        list.getSelectionModel().selectedItemProperty().addListener((obs, a, b) -> vm.select(b));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll(Styles.PROBLEM_ERROR, Styles.PROBLEM_WARNING, Styles.PROBLEM_INFO);
                if (empty || p == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(p.text());
                String icon = switch (p.severity()) {
                    case ERROR -> "mdi2a-alert-octagon";
                    case WARNING -> "mdi2a-alert";
                    case INFO -> "mdi2i-information-outline";
                };
                FontIcon f = new FontIcon(icon);
                f.getStyleClass().add("problem-icon");
                setGraphic(f);
                getStyleClass()
                        .add(
                                switch (p.severity()) {
                                    case ERROR -> Styles.PROBLEM_ERROR;
                                    case WARNING -> Styles.PROBLEM_WARNING;
                                    case INFO -> Styles.PROBLEM_INFO;
                                });
            }
        });
    }
}
