package io.itplan.ui.main;

import static io.itplan.ui.actions.StandardAction.*;

import io.itplan.app.layout.LayeredLayout;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.ui.Styles;
import io.itplan.ui.actions.ActionFactory;
import io.itplan.ui.actions.StandardAction;
import io.itplan.ui.canvas.GraphCanvas;
import io.itplan.ui.editor.ChangeModulesCommand;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.panels.InspectorView;
import io.itplan.ui.panels.InspectorViewModel;
import io.itplan.ui.panels.KindIcons;
import io.itplan.ui.panels.OutlineView;
import io.itplan.ui.panels.OutlineViewModel;
import io.itplan.ui.panels.ProblemsView;
import io.itplan.ui.panels.ProblemsViewModel;
import io.itplan.ui.plan.CompareView;
import io.itplan.ui.plan.CompareViewModel;
import io.itplan.ui.plan.PlanView;
import io.itplan.ui.plan.PlanViewModel;
import io.itplan.ui.plan.RunViewModel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: menu bar and toolbar built from the {@link StandardAction}s, the module outline,
 * the canvas, the inspector, the problems panel and the status bar.
 */
public final class MainView extends BorderPane {
    /** Plans in the background, one at a time, for every window. */
    private static final java.util.concurrent.ScheduledExecutorService PLANNER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "itplan-planner");
                t.setDaemon(true);
                return t;
            });

    private final MainViewModel vm;
    private final PlanViewModel planVm;
    private final PlanView planView;
    private final javafx.scene.control.TabPane bottomTabs = new javafx.scene.control.TabPane();
    private final GraphCanvas canvas;
    private final OutlineView outline;
    private final ActionFactory actions = new ActionFactory();
    private final StatusBar status = new StatusBar();
    private final BooleanProperty dark;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final HBox findBar = new HBox(6);
    private final TextField findField = new TextField();
    private final Label zoomLabel = new Label("100 %");
    private final Button cancelButton = new Button("Cancel");
    private final PauseTransition messageTimeout = new PauseTransition(Duration.seconds(6));
    private final PauseTransition recoveryDelay = new PauseTransition(Duration.seconds(1.5));
    private Task<?> running;
    private Runnable onQuit = () -> {};

    public MainView(MainViewModel vm, BooleanProperty dark) {
        this.vm = vm;
        this.dark = dark;
        getStyleClass().add("main-view");
        GraphDocument doc = vm.document();
        canvas = new GraphCanvas(doc, vm.selection());
        canvas.setId("graph-canvas");
        canvas.setOnMessage(vm::say);
        canvas.setOnCreateModule(p -> {
            String id = vm.addModule(p[0], p[1], canvas.newModuleKindProperty().get());
            Platform.runLater(() -> canvas.startRename(id));
        });
        outline = new OutlineView(new OutlineViewModel(doc, vm.selection()), vm.selection(), canvas::centerOn);
        InspectorViewModel inspectorVm = new InspectorViewModel(doc, vm.selection());
        inspectorVm.setOnMessage(vm::say);
        InspectorView inspector = new InspectorView(inspectorVm);
        ProblemsView problems = new ProblemsView(new ProblemsViewModel(doc, vm.selection()));
        planVm = new PlanViewModel(doc, Platform::runLater, PLANNER, 300);
        planView = new PlanView(planVm, canvas);
        CompareViewModel compareVm = new CompareViewModel(doc, planVm, Platform::runLater, PLANNER);
        planView.enableRunning(
                new RunViewModel(Platform::runLater),
                () -> doc.file() != null && doc.file().toAbsolutePath().getParent() != null
                        ? doc.file().toAbsolutePath().getParent()
                        : java.nio.file.Path.of(System.getProperty("user.home")));

        wireActions();
        setTop(new VBox(menuBar(), toolBar()));

        buildFindBar();
        StackPane canvasPane = new StackPane(canvas, findBar);
        StackPane.setAlignment(findBar, Pos.TOP_RIGHT);
        canvasPane.getStyleClass().add("canvas-pane");
        SplitPane horizontal = new SplitPane(outline, canvasPane, inspector);
        horizontal.setDividerPositions(0.17, 0.76);
        SplitPane.setResizableWithParent(outline, false);
        SplitPane.setResizableWithParent(inspector, false);
        javafx.scene.control.Tab planTab = new javafx.scene.control.Tab("Plan", planView);
        planTab.setClosable(false);
        planTab.setId("tab-plan");
        javafx.scene.control.Tab problemsTab = new javafx.scene.control.Tab("Problems", problems);
        problemsTab.setClosable(false);
        problemsTab.setId("tab-problems");
        javafx.scene.control.Tab compareTab = new javafx.scene.control.Tab(
                "Compare",
                new CompareView(compareVm, () -> bottomTabs.getSelectionModel().select(planTab)));
        compareTab.setClosable(false);
        compareTab.setId("tab-compare");
        compareVm.activeProperty().bind(compareTab.selectedProperty());
        bottomTabs.getTabs().setAll(planTab, compareTab, problemsTab);
        bottomTabs.setId("bottom-tabs");
        SplitPane vertical = new SplitPane(horizontal, bottomTabs);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(bottomTabs, false);
        setCenter(vertical);
        setBottom(statusBar());

        vm.messageProperty().addListener((obs, a, b) -> {
            if (running == null) {
                status.textProperty().unbind();
                status.setText(b);
                messageTimeout.playFromStart();
            }
        });
        messageTimeout.setOnFinished(e -> {
            if (running == null) {
                status.textProperty().bind(vm.countsProperty());
            }
        });
        status.textProperty().bind(vm.countsProperty());
        doc.commands().revisionProperty().addListener((obs, a, b) -> recoveryDelay.playFromStart());
        recoveryDelay.setOnFinished(e -> vm.updateRecoveryCopy());
        vm.setOnOpened(this::opened);
        warmUpLayout();
    }

    public void setOnQuit(Runnable onQuit) {
        this.onQuit = onQuit;
    }

    /** Whether long work (a layout) is running. */
    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Shows the bottom tab named {@code plan}, {@code compare} or {@code problems}. */
    public void showTab(String name) {
        bottomTabs.getTabs().stream()
                .filter(t -> t.getId().equals("tab-" + name))
                .findFirst()
                .ifPresent(t -> bottomTabs.getSelectionModel().select(t));
    }

    /** The plan panel, for documentation runs and tests. */
    public PlanView planView() {
        return planView;
    }

    public PlanViewModel plan() {
        return planVm;
    }

    /** The graph as SVG, with the step selected in the plan painted. */
    private String svg() {
        DependencyGraph g = planVm.plannedGraphProperty().get() != null
                ? planVm.plannedGraphProperty().get()
                : vm.document().graph();
        return io.itplan.app.report.SvgPicture.of(
                g, canvas::moduleWidth, planVm.stepViewProperty().get());
    }

    /** Saves the canvas as it shows now (with the selected step painted) as a PNG, or the whole graph as SVG. */
    private void exportPicture() {
        vm.choosePictureFile().ifPresent(file -> {
            try {
                if (file.getFileName().toString().endsWith(".svg")) {
                    io.itplan.core.format.AtomicFiles.write(
                            file, svg().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    vm.say("Exported the picture to " + file.getFileName());
                    return;
                }
                io.itplan.ui.Snapshots.save(canvas, file);
                vm.say("Exported the picture to " + file.getFileName());
            } catch (java.io.IOException | io.itplan.core.format.InputException e) {
                vm.showError("Cannot export the picture", file + ": " + e.getMessage());
            }
        });
    }

    public GraphCanvas canvas() {
        return canvas;
    }

    public io.itplan.ui.editor.GraphDocument document() {
        return vm.document();
    }

    public ActionFactory actions() {
        return actions;
    }

    /** After a graph was opened: lay it out when it has no drawing yet, else show all of it. */
    public void opened() {
        planVm.useSettings(vm.document().graph().settings());
        if (MainViewModel.needsLayout(vm.document().graph())) {
            layout(true);
        } else {
            fitSoon();
        }
    }

    /**
     * ELK takes a second or more to start; starting it in the background, once the window is up, makes the
     * first layout quick without slowing the start.
     */
    private static void warmUpLayout() {
        Thread t = new Thread(
                () -> {
                    try {
                        Thread.sleep(2500);
                    } catch (InterruptedException e) {
                        return;
                    }
                    DependencyGraph tiny = DependencyGraph.builder("warm-up")
                            .addModules("a", "b")
                            .addDependency("a", "b")
                            .build();
                    LayeredLayout.layout(tiny, m -> 100, 40, () -> false);
                },
                "itplan-layout-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Fits the graph to the window once the layout pass has sized the canvas. */
    public void fitSoon() {
        Platform.runLater(() -> Platform.runLater(canvas::fitToWindow));
    }

    private void wireActions() {
        GraphDocument doc = vm.document();
        var noSelection = Bindings.isEmpty(vm.selection().modules());
        var nothingSelected = Bindings.createBooleanBinding(
                () -> vm.selection().isEmpty(),
                vm.selection().modules(),
                vm.selection().dependencies());
        var cannotUndo = Bindings.createBooleanBinding(
                () -> !doc.commands().canUndo(), doc.commands().revisionProperty());
        var cannotRedo = Bindings.createBooleanBinding(
                () -> !doc.commands().canRedo(), doc.commands().revisionProperty());
        actions.on(NEW, vm::newGraph)
                .on(OPEN, vm::open)
                .on(SAVE, vm::save)
                .on(SAVE_AS, vm::saveAs)
                .on(REVERT, vm::revert)
                .on(QUIT, () -> onQuit.run())
                .on(
                        EXPORT_PLAN,
                        () -> vm.exportPlan(
                                planVm.planProperty().get(),
                                planVm.problemProperty().get()))
                .on(EXPORT_PICTURE, this::exportPicture)
                .on(
                        EXPORT_REPORT,
                        () -> vm.exportReport(
                                planVm.planProperty().get(),
                                planVm.problemProperty().get(),
                                svg()))
                .on(UNDO, vm::undo)
                .on(REDO, vm::redo)
                .on(CUT, () -> toClipboard(vm.cut()))
                .on(COPY, () -> toClipboard(vm.copy()))
                .on(PASTE, () -> vm.paste(Clipboard.getSystemClipboard().getString()))
                .on(DUPLICATE, vm::duplicate)
                .on(DELETE, vm::delete)
                .on(SELECT_ALL, vm::selectAll)
                .on(RENAME, () -> {
                    if (vm.selection().modules().size() == 1) {
                        canvas.startRename(vm.selection().modules().iterator().next());
                    }
                })
                .on(FIND, this::showFind)
                .on(ADD_MODULE, () -> {
                    double[] c = canvas.viewCenter();
                    String id = vm.addModule(
                            c[0] - 56, c[1] - 23, canvas.newModuleKindProperty().get());
                    Platform.runLater(() -> canvas.startRename(id));
                })
                .toggle(CONNECT_MODE, canvas.connectModeProperty())
                .on(PIN, vm::togglePin)
                .on(AUTO_LAYOUT, () -> layout(false))
                .on(ZOOM_IN, canvas::zoomIn)
                .on(ZOOM_OUT, canvas::zoomOut)
                .on(ACTUAL_SIZE, canvas::actualSize)
                .on(FIT, canvas::fitToWindow)
                .toggle(HIGHLIGHT_CYCLES, canvas.highlightCyclesProperty())
                .toggle(DARK_THEME, dark)
                .disabledWhen(UNDO, cannotUndo)
                .disabledWhen(REDO, cannotRedo)
                .disabledWhen(CUT, noSelection)
                .disabledWhen(COPY, noSelection)
                .disabledWhen(DUPLICATE, noSelection)
                .disabledWhen(DELETE, nothingSelected)
                .disabledWhen(PIN, noSelection)
                .disabledWhen(RENAME, Bindings.size(vm.selection().modules()).isNotEqualTo(1))
                .disabledWhen(
                        REVERT,
                        Bindings.createBooleanBinding(
                                () -> doc.file() == null || !doc.isDirty(), doc.fileProperty(), doc.dirtyProperty()))
                .disabledWhen(AUTO_LAYOUT, busy);
    }

    private void toClipboard(String text) {
        if (text != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private MenuBar menuBar() {
        Menu file = new Menu(
                "_File",
                null,
                item(NEW),
                item(OPEN),
                recentMenu(),
                examplesMenu(),
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
        Runnable fill = () -> {
            recent.getItems().clear();
            for (Path p : vm.recentFiles()) {
                MenuItem i = new MenuItem(
                        p.getFileName() + "  —  " + p.toAbsolutePath().getParent());
                i.setMnemonicParsing(false);
                i.setOnAction(e -> vm.openRecent(p));
                recent.getItems().add(i);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        return recent;
    }

    private Menu exportToMenu() {
        Menu menu = new Menu("Export _To");
        menu.setId("menu-export-to");
        Map<String, String> titles = Map.of(
                "github",
                "GitHub Actions workflow",
                "gitlab",
                "GitLab CI pipeline",
                "jenkins",
                "Jenkinsfile",
                "testng",
                "TestNG suite",
                "junit",
                "JUnit Platform suites",
                "make",
                "Makefile");
        for (io.itplan.core.export.PlanExport e : io.itplan.core.export.PlanExports.all()) {
            MenuItem i = new MenuItem(titles.getOrDefault(e.name(), e.name()) + "…");
            i.setOnAction(a -> vm.exportTo(
                    e, planVm.planProperty().get(), planVm.problemProperty().get()));
            menu.getItems().add(i);
        }
        return menu;
    }

    private Menu examplesMenu() {
        Menu examples = new Menu("Open E_xample");
        examples.setId("menu-open-example");
        for (String title : MainViewModel.EXAMPLES.keySet()) {
            MenuItem i = new MenuItem(title);
            i.setOnAction(e -> vm.openExample(title));
            examples.getItems().add(i);
        }
        return examples;
    }

    private ToolBar toolBar() {
        ComboBox<ModuleKind> moduleKind = new ComboBox<>();
        moduleKind.getItems().setAll(ModuleKind.values());
        moduleKind.valueProperty().bindBidirectional(canvas.newModuleKindProperty());
        moduleKind.setButtonCell(new KindCell());
        moduleKind.setCellFactory(v -> new KindCell());
        moduleKind.setTooltip(new Tooltip("Kind of new modules"));
        moduleKind.setId("module-kind");
        moduleKind.setFocusTraversable(false);
        ComboBox<DependencyKind> depKind = new ComboBox<>();
        depKind.getItems().setAll(DependencyKind.values());
        depKind.valueProperty().bindBidirectional(canvas.newDependencyKindProperty());
        depKind.setConverter(new javafx.util.StringConverter<>() {
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

    private javafx.scene.Node tool(StandardAction a) {
        return actions.button(a);
    }

    private StatusBar statusBar() {
        status.setId("status-bar");
        zoomLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Math.round(canvas.zoomProperty().get() * 100) + " %", canvas.zoomProperty()));
        zoomLabel.getStyleClass().add(Styles.MUTED);
        cancelButton.setVisible(false);
        cancelButton.setManaged(false);
        cancelButton.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        status.getRightItems().addAll(cancelButton, new Separator(Orientation.VERTICAL), zoomLabel);
        return status;
    }

    private void buildFindBar() {
        findBar.getStyleClass().add(Styles.FIND_BAR);
        findBar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        findBar.setAlignment(Pos.CENTER_LEFT);
        findField.setId("find-field");
        findField.setPromptText("Find module by id or name");
        findField.setPrefColumnCount(22);
        TextFields.bindAutoCompletion(
                findField,
                req -> vm.find(req.getUserText()).stream()
                        .limit(12)
                        .map(id -> vm.document().graph().module(id))
                        .map(Module::id)
                        .toList());
        findField.setOnAction(e -> {
            List<String> hits = vm.find(findField.getText());
            if (hits.isEmpty()) {
                vm.say("No module matches '" + findField.getText() + "'");
                return;
            }
            vm.selection().selectModule(hits.get(0));
            canvas.centerOn(hits.get(0));
            vm.say(
                    hits.size() == 1
                            ? "Found " + hits.get(0)
                            : "Found " + hits.size() + " modules; showing " + hits.get(0));
        });
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hideFind();
            }
        });
        Button close = new Button();
        close.setGraphic(new FontIcon("mdi2c-close"));
        close.setOnAction(e -> hideFind());
        close.getStyleClass().add("tool-button");
        findBar.getChildren().addAll(new FontIcon("mdi2m-magnify"), findField, close);
        findBar.setVisible(false);
    }

    private void showFind() {
        findBar.setVisible(true);
        findField.requestFocus();
        findField.selectAll();
    }

    private void hideFind() {
        findBar.setVisible(false);
        canvas.requestFocus();
    }

    /**
     * Lays out the graph with ELK off the JavaFX thread. The result is one undoable step, or, for a graph just
     * opened without a drawing ({@code asOpened}), simply how it is shown, with nothing to save.
     */
    private void layout(boolean asOpened) {
        DependencyGraph graph = vm.document().graph();
        if (graph.modules().isEmpty() || running != null) {
            return;
        }
        if (asOpened && planVm.plannedGraphProperty().get() != graph) {
            // Rows follow the plan: wait for the plan of the graph just opened (a failed one counts too).
            canvas.setNotice("Laying out " + graph.modules().size() + " modules…");
            busy.set(true);
            planVm.plannedGraphProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(
                        javafx.beans.value.ObservableValue<? extends DependencyGraph> o,
                        DependencyGraph was,
                        DependencyGraph now) {
                    if (now == vm.document().graph() || vm.document().graph() != graph) {
                        o.removeListener(this);
                        if (now == graph) {
                            // After the plan panel has taken in the whole result.
                            Platform.runLater(() -> layout(true));
                        } else {
                            canvas.setNotice(null);
                            busy.set(false);
                        }
                    }
                }
            });
            return;
        }
        // Rows follow the plan's levels: heights for bottom-up, depths otherwise, with the plan's broken cycles.
        boolean byHeight = planVm.strategyProperty().get() == io.itplan.core.strategy.StrategyName.BOTTOM_UP;
        var plan = planVm.plannedGraphProperty().get() == graph
                ? planVm.planProperty().get()
                : null;
        LayeredLayout.Rows rows = plan == null
                ? LayeredLayout.Rows.own(byHeight)
                : new LayeredLayout.Rows(
                        byHeight, java.util.Set.copyOf(plan.cycleBreaking().brokenDependencies()));
        Map<String, Double> widths = new HashMap<>();
        for (Module m : graph.modules()) {
            widths.put(m.id(), canvas.moduleWidth(m));
        }
        Task<LayeredLayout.Layout> task = new Task<>() {
            @Override
            protected LayeredLayout.Layout call() {
                updateMessage("Laying out " + graph.modules().size() + " modules…");
                return LayeredLayout.run(
                        graph, m -> widths.get(m.id()), GraphCanvas.MODULE_HEIGHT, rows, this::isCancelled);
            }
        };
        if (asOpened) {
            canvas.setNotice("Laying out " + graph.modules().size() + " modules…");
        }
        task.setOnSucceeded(e -> {
            finish();
            canvas.setNotice(null);
            if (vm.document().graph() != graph) {
                vm.say("Layout discarded: the graph changed while it ran");
                return;
            }
            Map<String, double[]> positions = new LinkedHashMap<>();
            task.getValue().positions().forEach((id, p) -> {
                Module m = graph.module(id);
                if (m != null && !m.pinned() && (m.x() != p.x() || m.y() != p.y())) {
                    positions.put(id, new double[] {p.x(), p.y()});
                }
            });
            canvas.showLayout(task.getValue());
            if (positions.isEmpty()) {
                vm.say("The layout is already tidy");
                return;
            }
            ChangeModulesCommand move = ChangeModulesCommand.move(graph, positions, "Auto layout", null);
            if (asOpened) {
                vm.document().reset(move.apply(graph), vm.document().file());
            } else {
                vm.document().commands().execute(move);
            }
            canvas.fitToWindow();
            vm.say("Laid out " + task.getValue().laidOut() + " modules");
        });
        task.setOnCancelled(e -> {
            finish();
            canvas.setNotice(null);
            vm.say("Layout cancelled");
        });
        task.setOnFailed(e -> {
            finish();
            canvas.setNotice(null);
            vm.say("Layout failed: " + task.getException().getMessage());
        });
        start(task);
    }

    private void start(Task<?> task) {
        running = task;
        busy.set(true);
        status.textProperty().unbind();
        status.textProperty().bind(task.messageProperty());
        status.setProgress(-1);
        cancelButton.setVisible(true);
        cancelButton.setManaged(true);
        Thread t = new Thread(task, "itplan-layout");
        t.setDaemon(true);
        t.start();
    }

    private void finish() {
        running = null;
        messageTimeout.stop();
        busy.set(false);
        status.textProperty().unbind();
        status.textProperty().bind(vm.countsProperty());
        status.setProgress(0);
        cancelButton.setVisible(false);
        cancelButton.setManaged(false);
    }

    private static final class KindCell extends ListCell<ModuleKind> {
        @Override
        protected void updateItem(ModuleKind k, boolean empty) {
            super.updateItem(k, empty);
            if (empty || k == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(k.key());
            FontIcon icon = new FontIcon(KindIcons.of(k));
            icon.getStyleClass().addAll("kind-icon", "kind-" + k.key());
            setGraphic(icon);
        }
    }
}
