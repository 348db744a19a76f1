package io.itplan.ui.main;

import static io.itplan.ui.actions.StandardAction.*;

import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.ModuleKind;
import io.itplan.ui.actions.ActionFactory;
import io.itplan.ui.actions.StandardAction;
import io.itplan.ui.canvas.GraphCanvas;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.panels.KindIcons;
import io.itplan.ui.plan.PlanViewModel;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The menu bar and the toolbar, built from the {@link StandardAction}s, plus the menus made of files. */
final class MainMenus {
    private final ActionFactory actions;
    private final MainViewModel vm;
    private final PlanViewModel plan;
    private final GraphCanvas canvas;

    MainMenus(ActionFactory actions, MainViewModel vm, PlanViewModel plan, GraphCanvas canvas) {
        this.actions = actions;
        this.vm = vm;
        this.plan = plan;
        this.canvas = canvas;
    }

    MenuBar menuBar() {
        Menu file = new Menu(
                "_File",
                null,
                item(NEW),
                item(OPEN),
                recentMenu(),
                examplesMenu(),
                item(IMPORT),
                new SeparatorMenuItem(),
                item(SAVE),
                item(SAVE_AS),
                item(REVERT),
                new SeparatorMenuItem(),
                item(EXPORT_PLAN),
                item(EXPORT_PICTURE),
                item(EXPORT_REPORT),
                exportToMenu(),
                new SeparatorMenuItem(),
                item(QUIT));
        MenuItem undo = item(UNDO);
        MenuItem redo = item(REDO);
        GraphDocument doc = vm.document();
        undo.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> doc.commands()
                                .undoDescription()
                                .map(d -> "Undo " + d)
                                .orElse("Undo"),
                        doc.commands().revisionProperty()));
        redo.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> doc.commands()
                                .redoDescription()
                                .map(d -> "Redo " + d)
                                .orElse("Redo"),
                        doc.commands().revisionProperty()));
        Menu edit = new Menu(
                "_Edit",
                null,
                undo,
                redo,
                new SeparatorMenuItem(),
                item(CUT),
                item(COPY),
                item(PASTE),
                item(DUPLICATE),
                item(DELETE),
                new SeparatorMenuItem(),
                item(SELECT_ALL),
                item(RENAME),
                item(FIND));
        Menu graph = new Menu(
                "_Graph",
                null,
                item(ADD_MODULE),
                item(CONNECT_MODE),
                item(PIN),
                new SeparatorMenuItem(),
                item(AUTO_LAYOUT));
        Menu view = new Menu(
                "_View",
                null,
                item(ZOOM_IN),
                item(ZOOM_OUT),
                item(ACTUAL_SIZE),
                item(FIT),
                new SeparatorMenuItem(),
                item(HIGHLIGHT_CYCLES),
                item(DARK_THEME));
        MenuBar bar = new MenuBar(file, edit, graph, view);
        bar.setId("menu-bar");
        return bar;
    }

    private MenuItem item(StandardAction a) {
        return actions.menuItem(a);
    }

    private Menu recentMenu() {
        Menu recent = new Menu("Open _Recent");
        recent.setId("menu-open-recent");
        FilesViewModel files = vm.files();
        Runnable fill = () -> {
            recent.getItems().clear();
            for (Path p : files.recentFiles()) {
                MenuItem i = new MenuItem(
                        p.getFileName() + "  —  " + p.toAbsolutePath().getParent());
                i.setMnemonicParsing(false);
                i.setOnAction(e -> files.openRecent(p));
                recent.getItems().add(i);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        files.recentFiles().addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        return recent;
    }

    private Menu exportToMenu() {
        Menu menu = new Menu("Export _To");
        menu.setId("menu-export-to");
        for (io.itplan.app.ExportPlan.Target e : io.itplan.app.ExportPlan.pipelineTargets()) {
            MenuItem i = new MenuItem(e.title() + "…");
            i.setOnAction(a -> vm.exports()
                    .exportTo(
                            e.name(),
                            plan.planProperty().get(),
                            plan.problemProperty().get()));
            menu.getItems().add(i);
        }
        return menu;
    }

    private Menu examplesMenu() {
        Menu examples = new Menu("Open E_xample");
        examples.setId("menu-open-example");
        for (String title : Examples.ALL.keySet()) {
            MenuItem i = new MenuItem(title);
            i.setOnAction(e -> vm.files().openExample(title));
            examples.getItems().add(i);
        }
        return examples;
    }

    ToolBar toolBar() {
        ComboBox<ModuleKind> moduleKind = new ComboBox<>();
        moduleKind.getItems().setAll(ModuleKind.values());
        moduleKind.valueProperty().bindBidirectional(canvas.newModuleKindProperty());
        moduleKind.setButtonCell(KindIcons.cell());
        moduleKind.setCellFactory(v -> KindIcons.cell());
        moduleKind.setTooltip(new Tooltip("Kind of new modules"));
        moduleKind.setId("module-kind");
        moduleKind.setFocusTraversable(false);
        ComboBox<DependencyKind> depKind = new ComboBox<>();
        depKind.getItems().setAll(DependencyKind.values());
        depKind.valueProperty().bindBidirectional(canvas.newDependencyKindProperty());
        depKind.setConverter(new StringConverter<>() {
            @Override
            public String toString(DependencyKind k) {
                return k == null ? "" : k.key() + (k.stubbableByDefault() ? "" : "  (unstubbable)");
            }

            @Override
            public DependencyKind fromString(String s) {
                return null;
            }
        });
        depKind.setTooltip(new Tooltip("Kind of new dependencies (drag from a module's handle to connect)"));
        depKind.setId("dependency-kind");
        depKind.setPrefWidth(170);
        depKind.setFocusTraversable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                tool(NEW),
                tool(OPEN),
                tool(SAVE),
                new Separator(),
                tool(UNDO),
                tool(REDO),
                new Separator(),
                tool(ADD_MODULE),
                moduleKind,
                tool(CONNECT_MODE),
                depKind,
                new Separator(),
                tool(AUTO_LAYOUT),
                tool(PIN),
                tool(HIGHLIGHT_CYCLES),
                spacer,
                tool(ZOOM_OUT),
                tool(ZOOM_IN),
                tool(FIT),
                tool(FIND),
                tool(DARK_THEME));
        bar.setId("tool-bar");
        return bar;
    }

    private Node tool(StandardAction a) {
        return actions.button(a);
    }
}
