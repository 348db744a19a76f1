package io.itplan.ui.main;

import io.itplan.core.graph.DependencyGraph;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What an empty canvas says: how to add and connect modules, with the examples a click away. It lies over the
 * canvas while the graph has no module, and lets every click outside its buttons through to the canvas, so a
 * double-click anywhere still adds a module.
 */
final class EmptyState extends StackPane {
    EmptyState(ObservableValue<DependencyGraph> graph, FilesViewModel files, Runnable addModule) {
        setId("empty-state");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setPickOnBounds(false);
        // The card is drawn behind the content and takes no clicks; only the buttons do.
        Region card = new Region();
        card.getStyleClass().add("empty-state");
        card.setMouseTransparent(true);
        VBox content = new VBox(10);
        content.getStyleClass().add("empty-state-content");
        content.setAlignment(Pos.CENTER);
        content.setPickOnBounds(false);
        Label title = new Label("An empty graph");
        title.getStyleClass().add("empty-state-title");
        Label how = new Label("Double-click anywhere (or press Ctrl+M) to add a module, then type its name.\n"
                + "Drag from the round handle under a module to another module to connect them:\n"
                + "the arrow points from the module that depends to the one it depends on.\n"
                + "The kinds of new modules and dependencies are chosen in the toolbar.");
        how.getStyleClass().add("empty-state-text");
        how.setWrapText(true);
        how.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        for (Label l : new Label[] {title, how}) {
            l.setMouseTransparent(true);
        }
        Button add = new Button("Add a module", new FontIcon("mdi2p-plus-box-outline"));
        add.setId("empty-add-module");
        add.setTooltip(new Tooltip("Add a module in the middle of the canvas (Ctrl+M)"));
        add.setOnAction(e -> addModule.run());
        HBox actions = new HBox(8, add);
        actions.setAlignment(Pos.CENTER);
        actions.setPickOnBounds(false);
        Label or = new Label("or open an example:");
        or.getStyleClass().add("empty-state-text");
        or.setMouseTransparent(true);
        HBox examples = new HBox(8, or);
        examples.setAlignment(Pos.CENTER);
        examples.setPickOnBounds(false);
        int i = 0;
        for (String example : Examples.ALL.keySet()) {
            Button b = new Button(example, new FontIcon("mdi2b-book-open-page-variant-outline"));
            b.setId("empty-example-" + i++);
            b.setTooltip(new Tooltip("Open the " + example + " example (File › Open Example)"));
            b.setOnAction(e -> files.openExample(example));
            examples.getChildren().add(b);
        }
        Button open = new Button("Open a file…", new FontIcon("mdi2f-folder-open-outline"));
        open.setId("empty-open");
        open.setTooltip(new Tooltip("Open a graph file (Ctrl+O)"));
        open.setOnAction(e -> files.open());
        examples.getChildren().add(open);
        content.getChildren().addAll(title, how, actions, examples);
        getChildren().addAll(card, content);
        visibleProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> graph.getValue().modules().isEmpty(), graph));
        managedProperty().bind(visibleProperty());
    }
}
