package io.itplan.ui.main;

import static io.itplan.ui.actions.StandardAction.*;

import io.itplan.app.ExportPicture;
import io.itplan.app.report.SvgPicture;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.ui.actions.ActionFactory;
import io.itplan.ui.canvas.GraphCanvas;
import io.itplan.ui.common.Snapshots;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.importer.ImportView;
import io.itplan.ui.importer.ImportViewModel;
import io.itplan.ui.panels.InspectorView;
import io.itplan.ui.panels.InspectorViewModel;
import io.itplan.ui.panels.OutlineView;
import io.itplan.ui.panels.OutlineViewModel;
import io.itplan.ui.panels.ProblemsView;
import io.itplan.ui.panels.ProblemsViewModel;
import io.itplan.ui.plan.CompareView;
import io.itplan.ui.plan.CompareViewModel;
import io.itplan.ui.plan.PlanView;
import io.itplan.ui.plan.PlanViewModel;
import io.itplan.ui.plan.RunViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The main window's content: menus and toolbar, the module outline, the canvas (with the find bar, and a hint
 * while the graph is empty), the inspector, the Plan, Compare and Problems tabs, and the status line.
 */
public final class MainView extends BorderPane {
    /** Plans in the background, one at a time, for every window. */
    private static final ScheduledExecutorService PLANNER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "itplan-planner");
        t.setDaemon(true);
        return t;
    });

    /** The smallest sizes at which every area still does its job; the window's minimum follows from them. */
    static final double OUTLINE_MIN_WIDTH = 160;

    static final double INSPECTOR_MIN_WIDTH = 230;
    static final double CANVAS_MIN_WIDTH = 320;
    static final double CANVAS_MIN_HEIGHT = 180;
    static final double TABS_MIN_HEIGHT = 230;
    static final double EDITOR_MIN_HEIGHT = 260;

    private final MainViewModel vm;
    private final PlanViewModel planVm;
    private final PlanView planView;
    private final TabPane bottomTabs = new TabPane();
    private final GraphCanvas canvas;
    private final ActionFactory actions = new ActionFactory();
    private final StatusLine status;
    private final BooleanProperty dark;
    private final FindBar findBar;
    private final AutoLayout autoLayout;
    private final Map<String, SplitPane> splits = new LinkedHashMap<>();
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
            String id = vm.edit()
                    .addModule(p[0], p[1], canvas.newModuleKindProperty().get());
            Platform.runLater(() -> canvas.startRename(id));
        });
        OutlineView outline =
                new OutlineView(new OutlineViewModel(doc, vm.selection()), vm.selection(), canvas::centerOn);
        InspectorViewModel inspectorVm = new InspectorViewModel(doc, vm.selection());
        inspectorVm.setOnMessage(vm::say);
        InspectorView inspector = new InspectorView(inspectorVm);
        ProblemsView problems = new ProblemsView(new ProblemsViewModel(doc, vm.selection()));
        FirstFrame firstFrame = new FirstFrame(this);
        // The planner's one thread, and with it every plan asked for meanwhile, waits for the window's first frame.
        PLANNER.execute(firstFrame::await);
        canvas.holdBackgroundWork(firstFrame::await);
        planVm = new PlanViewModel(doc, Platform::runLater, PLANNER, 300);
        planView = new PlanView(planVm, canvas);
        CompareViewModel compareVm = new CompareViewModel(doc, planVm, Platform::runLater, PLANNER);
        planView.enableRunning(new RunViewModel(Platform::runLater), this::runFolder);
        status = new StatusLine(vm, canvas.zoomProperty());
        autoLayout = new AutoLayout(vm, canvas, status, planVm);
        findBar = new FindBar(vm.edit(), canvas::centerOn, canvas::requestFocus);

        wireActions();
        MainMenus menus = new MainMenus(actions, vm, planVm, canvas);
        setTop(new VBox(menus.menuBar(), menus.toolBar()));

        EmptyState empty = new EmptyState(doc.graphProperty(), vm.files(), () -> actions.run(ADD_MODULE));
        StackPane canvasPane = new StackPane(canvas, empty, findBar);
        StackPane.setAlignment(findBar, Pos.TOP_RIGHT);
        StackPane.setAlignment(empty, Pos.TOP_CENTER);
        StackPane.setMargin(empty, new javafx.geometry.Insets(36, 16, 16, 16));
        canvasPane.getStyleClass().add("canvas-pane");
        canvasPane.setMinSize(CANVAS_MIN_WIDTH, CANVAS_MIN_HEIGHT);
        outline.setMinWidth(OUTLINE_MIN_WIDTH);
        inspector.setMinWidth(INSPECTOR_MIN_WIDTH);
        SplitPane horizontal = new SplitPane(outline, canvasPane, inspector);
        horizontal.setId("main-horizontal");
        horizontal.setMinHeight(EDITOR_MIN_HEIGHT);
        horizontal.setDividerPositions(0.15, 0.8);
        // The side panels keep their width as the window grows; the canvas takes the rest.
        SplitPane.setResizableWithParent(outline, false);
        SplitPane.setResizableWithParent(inspector, false);
        Tab planTab = tab("Plan", "plan", planView);
        Tab compareTab = tab(
                "Compare",
                "compare",
                new CompareView(compareVm, () -> bottomTabs.getSelectionModel().select(planTab)));
        Tab problemsTab = tab("Problems", "problems", problems);
        compareVm.activeProperty().bind(compareTab.selectedProperty());
        bottomTabs.getTabs().setAll(planTab, compareTab, problemsTab);
        bottomTabs.setId("bottom-tabs");
        bottomTabs.setMinHeight(TABS_MIN_HEIGHT);
        SplitPane vertical = new SplitPane(horizontal, bottomTabs);
        vertical.setId("main-vertical");
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.58);
        SplitPane.setResizableWithParent(bottomTabs, false);
        setCenter(vertical);
        setBottom(status);
        splits.put(horizontal.getId(), horizontal);
        splits.put(vertical.getId(), vertical);
        splits.put("plan-split", planView.split());

        vm.recovery().runLaterWith((delay, action) -> {
            PauseTransition wait = new PauseTransition(Duration.millis(delay.toMillis()));
            wait.setOnFinished(e -> action.run());
            wait.play();
        });
        vm.files().setOnOpened(this::opened);
        vm.files().setOnPlanOpened(this::planOpened);
        vm.files().setBackground(status);
        firstFrame.then(AutoLayout::warmUp);
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        t.setId("tab-" + id);
        return t;
    }

    /** Where a run started from the app resolves relative folders: the graph file's folder, else home. */
    private Path runFolder() {
        Path file = vm.document().file();
        return file != null && file.toAbsolutePath().getParent() != null
                ? file.toAbsolutePath().getParent()
                : Path.of(System.getProperty("user.home"));
    }

    public void setOnQuit(Runnable onQuit) {
        this.onQuit = onQuit;
    }

    /** Whether long work (a layout) is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return status.busyProperty();
    }

    /** The split panes whose dividers the window remembers, by id. */
    public Map<String, SplitPane> splits() {
        return splits;
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

    public GraphCanvas canvas() {
        return canvas;
    }

    public GraphDocument document() {
        return vm.document();
    }

    /** The modules and dependencies selected, on the canvas and in the panels alike. */
    public io.itplan.ui.editor.Selection selection() {
        return vm.selection();
    }

    public ActionFactory actions() {
        return actions;
    }

    /** The graph as SVG, with the step selected in the plan painted. */
    private String svg() {
        DependencyGraph g = planVm.plannedGraphProperty().get() != null
                ? planVm.plannedGraphProperty().get()
                : vm.document().graph();
        return SvgPicture.of(g, canvas::moduleWidth, planVm.stepViewProperty().get());
    }

    /**
     * Saves the canvas as it shows now (with the selected step painted) as a PNG, or the whole graph as SVG, or as
     * a diagram another tool edits (DOT, GraphML, Mermaid).
     */
    private void exportPicture() {
        vm.exports().choosePictureFile().ifPresent(file -> {
            try {
                String diagram =
                        file.getFileName().toString().replaceFirst(".*\\.", "").replace("mmd", "mermaid");
                if (ExportPicture.DIAGRAM_FORMATS.contains(diagram)) {
                    boolean planned =
                            planVm.plannedGraphProperty().get() == vm.document().graph();
                    ExportPicture.diagram(
                            diagram,
                            vm.document().graph(),
                            planned ? planVm.planProperty().get() : null,
                            file);
                    vm.say("Exported the diagram to " + file.getFileName());
                    return;
                }
                if (file.getFileName().toString().endsWith(".svg")) {
                    ExportPicture.text(svg(), file);
                } else {
                    Snapshots.save(canvas, file);
                }
                vm.say("Exported the picture to " + file.getFileName());
            } catch (IOException | InputException e) {
                vm.showError("Cannot export the picture", file + ": " + e.getMessage());
            }
        });
    }

    /** After a graph was opened: lay it out when it has no drawing yet, else show all of it. */
    public void opened() {
        java.nio.file.Path file = vm.document().file();
        java.util.List<String> wrong = planVm.useSettings(
                vm.document().graph().settings(),
                file == null ? "the graph" : file.getFileName().toString());
        if (!wrong.isEmpty()) {
            vm.say(wrong.get(0) + (wrong.size() > 1 ? " (and " + (wrong.size() - 1) + " more in Problems)" : ""));
        }
        if (MainViewModel.needsLayout(vm.document().graph())) {
            autoLayout.run(true);
        } else {
            fitSoon();
        }
    }

    /** After a plan file was opened on its graph: that plan shown as it is, in the Plan tab. */
    private void planOpened(io.itplan.app.OpenPlan.Opened opened) {
        java.util.List<String> unknown =
                planVm.showOpened(opened.plan(), opened.planFile().getFileName().toString());
        showTab("plan");
        if (!unknown.isEmpty()) {
            vm.say(unknown.get(0));
        }
    }

    /** Fits the graph to the window once the layout pass has sized the canvas. */
    public void fitSoon() {
        Platform.runLater(() -> Platform.runLater(canvas::fitToWindow));
    }

    /** File › Import…: the import window; what it imports replaces the graph as one undoable edit. */
    private void importGraph() {
        new ImportView(
                        new ImportViewModel(Platform::runLater, task -> {
                            Thread t = new Thread(task, "itplan-import");
                            t.setDaemon(true);
                            t.start();
                        }),
                        vm.document(),
                        canvas::moduleWidth,
                        GraphCanvas.MODULE_HEIGHT,
                        message -> {
                            vm.selection().clear();
                            fitSoon();
                            vm.say(message);
                        })
                .show(getScene() == null ? null : getScene().getWindow());
    }

    private void addModuleInView() {
        double[] c = canvas.viewCenter();
        String id = vm.edit()
                .addModule(c[0] - 56, c[1] - 23, canvas.newModuleKindProperty().get());
        Platform.runLater(() -> canvas.startRename(id));
    }

    private void wireActions() {
        GraphDocument doc = vm.document();
        FilesViewModel files = vm.files();
        EditViewModel edit = vm.edit();
        var noSelection = Bindings.isEmpty(vm.selection().modules());
        var nothingSelected = Bindings.createBooleanBinding(
                () -> vm.selection().isEmpty(),
                vm.selection().modules(),
                vm.selection().dependencies());
        var cannotUndo = Bindings.createBooleanBinding(
                () -> !doc.commands().canUndo(), doc.commands().revisionProperty());
        var cannotRedo = Bindings.createBooleanBinding(
                () -> !doc.commands().canRedo(), doc.commands().revisionProperty());
        actions.on(NEW, files::newGraph)
                .on(OPEN, files::open)
                .on(IMPORT, this::importGraph)
                .on(SAVE, files::save)
                .on(SAVE_AS, files::saveAs)
                .on(REVERT, files::revert)
                .on(QUIT, () -> onQuit.run())
                .on(
                        EXPORT_PLAN,
                        () -> vm.exports()
                                .exportPlan(
                                        planVm.planProperty().get(),
                                        planVm.problemProperty().get()))
                .on(EXPORT_PICTURE, this::exportPicture)
                .on(
                        EXPORT_REPORT,
                        () -> vm.exports()
                                .exportReport(
                                        planVm.planProperty().get(),
                                        planVm.problemProperty().get(),
                                        svg()))
                .on(UNDO, edit::undo)
                .on(REDO, edit::redo)
                .on(CUT, () -> toClipboard(edit.cut()))
                .on(COPY, () -> toClipboard(edit.copy()))
                .on(PASTE, () -> edit.paste(Clipboard.getSystemClipboard().getString()))
                .on(DUPLICATE, edit::duplicate)
                .on(DELETE, edit::delete)
                .on(SELECT_ALL, edit::selectAll)
                .on(RENAME, () -> {
                    if (vm.selection().modules().size() == 1) {
                        canvas.startRename(vm.selection().modules().iterator().next());
                    }
                })
                .on(FIND, findBar::show)
                .on(ADD_MODULE, this::addModuleInView)
                .toggle(CONNECT_MODE, canvas.connectModeProperty())
                .on(PIN, edit::togglePin)
                .on(AUTO_LAYOUT, () -> autoLayout.run(false))
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
                .disabledWhen(AUTO_LAYOUT, status.busyProperty());
    }

    private static void toClipboard(String text) {
        if (text != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
