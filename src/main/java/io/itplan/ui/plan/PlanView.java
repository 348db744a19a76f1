package io.itplan.ui.plan;

import io.itplan.app.text.Plural;
import io.itplan.core.plan.CycleBreaking;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Metrics;
import io.itplan.core.plan.Role;
import io.itplan.core.plan.Step;
import io.itplan.core.strategy.CycleAlgorithm;
import io.itplan.core.strategy.CyclePolicy;
import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.ModuleOrder;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.StrategyName;
import io.itplan.ui.canvas.GraphCanvas;
import io.itplan.ui.canvas.PlanPaint;
import io.itplan.ui.common.FullText;
import io.itplan.ui.common.Fxml;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The plan panel: options, the steps as a table and a timeline, stepping, and the step painted on the canvas. */
public final class PlanView extends VBox {
    @FXML
    private ComboBox<StrategyName> strategy;

    @FXML
    private Label granularityLabel;

    @FXML
    private ComboBox<Granularity> granularity;

    @FXML
    private ComboBox<ModuleOrder> order;

    @FXML
    private Label targetLabel;

    @FXML
    private ComboBox<Integer> target;

    @FXML
    private ComboBox<CyclePolicy> cycles;

    @FXML
    private ComboBox<Objective> objective;

    @FXML
    private Label algorithmLabel;

    @FXML
    private ComboBox<CycleAlgorithm> algorithm;

    @FXML
    private HBox body;

    @FXML
    private CheckBox riskFirst;

    @FXML
    private ProgressIndicator progress;

    @FXML
    private Button cancel;

    @FXML
    private Button previous;

    @FXML
    private ToggleButton play;

    @FXML
    private Button next;

    @FXML
    private Label summary;

    @FXML
    private Button runButton;

    @FXML
    private Button stopButton;

    private final javafx.scene.control.TextArea logView = new javafx.scene.control.TextArea();
    private RunViewModel run;
    private java.util.function.Supplier<java.nio.file.Path> baseDir = () -> java.nio.file.Path.of("");

    @FXML
    private SplitPane split;

    @FXML
    private TableView<Step> table;

    @FXML
    private SplitPane timelineBox;

    private final PlanViewModel vm;
    private final GraphCanvas canvas;
    private final io.itplan.ui.plan.Timeline timeline = new io.itplan.ui.plan.Timeline();
    private final Timeline player = new Timeline(new KeyFrame(Duration.seconds(1.2), e -> advance()));
    private boolean syncing;

    public PlanView(PlanViewModel vm, GraphCanvas canvas) {
        this.vm = vm;
        this.canvas = canvas;
        Fxml.load(this);
        choice(strategy, StrategyName.values(), vm.strategyProperty());
        choice(granularity, Granularity.values(), vm.granularityProperty());
        choice(order, ModuleOrder.values(), vm.orderProperty());
        choice(cycles, CyclePolicy.values(), vm.cyclesProperty());
        choice(objective, Objective.values(), vm.objectiveProperty());
        choice(algorithm, CycleAlgorithm.values(), vm.algorithmProperty(), CycleAlgorithm::title);
        Tooltip about = new Tooltip("How cycles are broken: itplan's own solver, exact where affordable and with a"
                + " proven bound everywhere, or one of the published heuristics of Tai & Daniels (1999),"
                + " Le Traon et al. (2000) and Briand, Labiche & Wang (2003), for comparison");
        about.setWrapText(true);
        about.setMaxWidth(420);
        algorithm.setTooltip(about);
        algorithmLabel.setTooltip(about);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(summary.textProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        summary.setTooltip(whole);
        FrontChart front = new FrontChart(vm);
        front.visibleProperty()
                .bind(vm.frontRunningProperty()
                        .or(vm.frontProperty().isNotNull())
                        .or(vm.frontProblemProperty().isNotEmpty()));
        front.managedProperty().bind(front.visibleProperty());
        body.getChildren().add(front);
        riskFirst.selectedProperty().bindBidirectional(vm.riskFirstProperty());
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer t) {
                return t == null ? "cheapest" : String.valueOf(t);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        target.valueProperty().addListener((obs, a, b) -> {
            if (!syncing) {
                vm.targetDepthProperty().set(b);
            }
        });
        vm.strategyProperty().addListener((obs, a, b) -> showOptions());
        vm.granularityProperty().addListener((obs, a, b) -> showOptions());
        vm.cyclesProperty().addListener((obs, a, b) -> showOptions());
        showOptions();

        progress.visibleProperty().bind(vm.runningProperty());
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        previous.setGraphic(new FontIcon("mdi2s-skip-previous"));
        next.setGraphic(new FontIcon("mdi2s-skip-next"));
        play.setGraphic(new FontIcon("mdi2p-play"));
        previous.setOnAction(e -> vm.previous());
        next.setOnAction(e -> vm.next());
        player.setCycleCount(Timeline.INDEFINITE);
        play.selectedProperty().addListener((obs, a, b) -> {
            if (b) {
                if (vm.selectedStepProperty().get() >= vm.steps().size() - 1) {
                    vm.selectedStepProperty().set(-1);
                }
                advance();
                player.play();
            } else {
                player.stop();
            }
        });

        buildTable();
        logView.setEditable(false);
        logView.setPrefRowCount(5);
        logView.setId("plan-log");
        logView.setPromptText("A step's log shows here when the plan runs");
        logView.getStyleClass().add("step-log");
        logView.setMinHeight(36);
        timeline.setMinHeight(io.itplan.ui.plan.Timeline.MIN_HEIGHT);
        timelineBox.getItems().addAll(timeline, logView);
        timelineBox.setDividerPositions(0.72);
        split.setDividerPositions(0.64);
        tooltips();
        timeline.setOnSelect(i -> vm.selectedStepProperty().set(i));
        canvas.setOnBandClicked(level -> {
            if (vm.strategyProperty().get() == StrategyName.SANDWICH) {
                vm.targetDepthProperty().set(level);
            }
        });

        vm.planProperty().addListener((obs, a, b) -> refresh());
        vm.problemProperty().addListener((obs, a, b) -> refresh());
        vm.stepViewProperty().addListener((obs, a, b) -> paint());
        vm.levelsProperty().addListener((obs, a, b) -> paint());
        vm.selectedStepProperty().addListener((obs, a, b) -> {
            syncing = true;
            if (b.intValue() < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != b.intValue()) {
                table.getSelectionModel().select(b.intValue());
                if (!wellInView(b.intValue())) {
                    table.scrollTo(Math.max(0, b.intValue() - 2));
                }
            }
            syncing = false;
            timeline.show(vm.planProperty().get(), b.intValue());
        });
        refresh();
    }

    /**
     * Whether row {@code i} shows whole with a row either side of it: then selecting it leaves the table where it is,
     * so that stepping through the plan moves the selection, not every row.
     */
    private boolean wellInView(int i) {
        if (!(table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow)) {
            return false;
        }
        javafx.scene.control.IndexedCell<?> first = flow.getFirstVisibleCell();
        javafx.scene.control.IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && first.getIndex() < i && i < last.getIndex();
    }

    private void tooltips() {
        previous.setTooltip(new Tooltip("Previous step"));
        play.setTooltip(new Tooltip("Play through the steps, one every second"));
        next.setTooltip(new Tooltip("Next step"));
        runButton.setTooltip(new Tooltip("Run the plan: each step's commands, with its stubs and drivers started"));
        stopButton.setTooltip(new Tooltip("Stop the run and every process it started"));
        cancel.setTooltip(new Tooltip("Stop planning"));
    }

    /** The split between the steps table and the timeline, whose divider the window remembers. */
    public SplitPane split() {
        return split;
    }

    /** Lets the panel run plans: commands run with relative folders starting at {@code baseDir}. */
    public void enableRunning(RunViewModel run, java.util.function.Supplier<java.nio.file.Path> baseDir) {
        this.run = run;
        this.baseDir = baseDir;
        runButton.setGraphic(new FontIcon("mdi2p-play-circle-outline"));
        stopButton.setGraphic(new FontIcon("mdi2s-stop-circle-outline"));
        runButton
                .disableProperty()
                .bind(run.runningProperty().or(vm.planProperty().isNull()));
        stopButton.disableProperty().bind(run.runningProperty().not());
        runButton.setOnAction(e -> run.run(vm.planProperty().get(), baseDir.get(), step -> {
            int i = vm.steps().stream().map(Step::id).toList().indexOf(step);
            if (i >= 0) {
                vm.selectedStepProperty().set(i);
            }
        }));
        stopButton.setOnAction(e -> run.stop());
        run.status().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            table.refresh();
            timeline.setStatus(run.status());
            timeline.show(vm.planProperty().get(), vm.selectedStepProperty().get());
            showLog();
        });
        run.summaryProperty().addListener((obs, a, b) -> summary.setText(b));
        vm.selectedStepProperty().addListener((obs, a, b) -> showLog());
        TableColumn<Step, String> status = column(
                "Status",
                80,
                s -> run.status().getOrDefault(s.id(), ""),
                s -> run.status().getOrDefault(s.id(), "not run"));
        table.getColumns().add(1, status);
    }

    /** Starts a run of the plan shown (as the Run button does). */
    public void runNow() {
        runButton.fire();
    }

    /** Whether a run is going on. */
    public boolean isRunning() {
        return run != null && run.runningProperty().get();
    }

    private void showLog() {
        if (run != null) {
            int i = vm.selectedStepProperty().get();
            logView.setText(
                    i < 0 || i >= vm.steps().size()
                            ? ""
                            : run.log(vm.steps().get(i).id()));
            logView.positionCaret(logView.getLength());
        }
    }

    private void advance() {
        if (!vm.next()) {
            play.setSelected(false);
        }
    }

    private static <E extends Enum<E>> void choice(
            ComboBox<E> box, E[] values, javafx.beans.property.ObjectProperty<E> property) {
        choice(box, values, property, e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static <E extends Enum<E>> void choice(
            ComboBox<E> box, E[] values, javafx.beans.property.ObjectProperty<E> property, Function<E, String> label) {
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(property);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : label.apply(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
    }

    private void showOptions() {
        StrategyName s = vm.strategyProperty().get();
        boolean layered = s == StrategyName.TOP_DOWN || s == StrategyName.BOTTOM_UP;
        granularityLabel.setVisible(layered);
        granularity.setVisible(layered);
        order.setVisible(layered && vm.granularityProperty().get() == Granularity.MODULE);
        riskFirst.setVisible(layered);
        targetLabel.setVisible(s == StrategyName.SANDWICH);
        target.setVisible(s == StrategyName.SANDWICH);
        boolean breaking = s != StrategyName.BIG_BANG && vm.cyclesProperty().get() == CyclePolicy.BREAK;
        algorithmLabel.setDisable(!breaking);
        algorithm.setDisable(!breaking);
        for (javafx.scene.Node n : List.of(granularityLabel, granularity, order, riskFirst, targetLabel, target)) {
            n.managedProperty().bind(n.visibleProperty());
        }
    }

    private void buildTable() {
        table.setPlaceholder(new Label("No plan"));
        table.getColumns()
                .setAll(List.of(
                        column("Step", 130, Step::id, s -> s.id() + (s.name().equals(s.id()) ? "" : " — " + s.name())),
                        column(
                                "Integrates",
                                260,
                                s -> String.join(", ", s.integrate()),
                                s -> Plural.count(s.integrate().size(), "module") + ": "
                                        + String.join(", ", s.integrate())),
                        column(
                                "Stubs",
                                150,
                                s -> count(vm.standInsOf(s, Role.STUB)),
                                s -> full(vm.standInPhrases(s, Role.STUB), "stub")),
                        column(
                                "Drivers",
                                150,
                                s -> count(vm.standInsOf(s, Role.DRIVER)),
                                s -> full(vm.standInPhrases(s, Role.DRIVER), "driver")),
                        column(
                                "Tests",
                                200,
                                s -> count(
                                        s.tests().stream().map(Object::toString).toList()),
                                s -> Plural.count(s.tests().size(), "dependency", "dependencies") + " tested"
                                        + (s.tests().isEmpty()
                                                ? ""
                                                : ":\n"
                                                        + String.join(
                                                                "\n",
                                                                s.tests().stream()
                                                                        .map(Object::toString)
                                                                        .toList())))));
        table.setItems(vm.steps());
        // Every column in view, each cut to fit; the whole text shows on hover.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedIndexProperty().addListener((obs, a, b) -> {
            if (!syncing) {
                vm.selectedStepProperty().set(b.intValue());
            }
        });
        vm.steps().addListener((ListChangeListener<Step>) c ->
                timeline.show(vm.planProperty().get(), vm.selectedStepProperty().get()));
    }

    /** How many stand-ins a step needs and the modules they are of. */
    private static String count(List<String> of) {
        return of.isEmpty()
                ? "–"
                : of.size() + ": " + String.join(", ", of.stream().limit(3).toList()) + (of.size() > 3 ? " …" : "");
    }

    /** Each stand-in in full, one a line: "stub of v, serving u…". */
    private static String full(List<String> phrases, String noun) {
        return phrases.isEmpty()
                ? "No " + Plural.plural(noun)
                : Plural.count(phrases.size(), noun) + ":\n" + String.join("\n", phrases);
    }

    /** A column whose cells show {@code value}, cut to fit, and {@code full} on hover. */
    private static TableColumn<Step, String> column(
            String title, double width, Function<Step, String> value, Function<Step, String> full) {
        TableColumn<Step, String> c = new TableColumn<>();
        c.setGraphic(FullText.header(title, title));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setCellFactory(col -> FullText.cell(s -> full.apply(s)));
        return c;
    }

    private void refresh() {
        IntegrationPlan p = vm.planProperty().get();
        syncing = true;
        List<Integer> depths = new java.util.ArrayList<>();
        depths.add(null);
        if (vm.levelsProperty().get() != null) {
            int max = vm.levelsProperty().get().depth().values().stream()
                    .mapToInt(Integer::intValue)
                    .max()
                    .orElse(0);
            for (int d = 0; d <= max; d++) {
                depths.add(d);
            }
        }
        target.getItems().setAll(depths);
        target.setValue(vm.targetDepthProperty().get());
        syncing = false;
        if (p == null) {
            summary.setText(vm.problemProperty().get());
        } else {
            Metrics m = p.metrics();
            CycleBreaking cb = p.cycleBreaking();
            String cyclesText = cb.brokenDependencies().isEmpty()
                    ? ""
                    : "  ·  "
                            + BrokenSummary.summary(
                                    cb, vm.plannedGraphProperty().get());
            summary.setText(Plural.count(m.steps(), "step") + ", depth " + m.depth() + ", width " + m.width()
                    + "  ·  " + Plural.count(m.specificStubs(), "stub") + " (" + m.genericStubs() + " generic), "
                    + Plural.count(m.specificDrivers(), "driver") + " (" + m.genericDrivers()
                    + " generic)  ·  stub cost "
                    + BrokenSummary.num(m.stubCost())
                    + ", OCplx " + BrokenSummary.num(m.ocplx()) + cyclesText
                    + (vm.problemProperty().get().isEmpty()
                            ? ""
                            : "  ·  " + vm.problemProperty().get()));
        }
        timeline.show(p, vm.selectedStepProperty().get());
        paint();
    }

    private void paint() {
        IntegrationPlan p = vm.planProperty().get();
        var levels = vm.levelsProperty().get();
        if (p == null || levels == null) {
            canvas.planPaintProperty().set(null);
            return;
        }
        StrategyName s = StrategyName.fromKey(p.strategy().name());
        boolean byHeight = s == StrategyName.BOTTOM_UP;
        Integer targetLevel =
                s == StrategyName.SANDWICH ? ((Number) p.strategy().options().get("targetDepth")).intValue() : null;
        canvas.planPaintProperty()
                .set(new PlanPaint(
                        vm.stepViewProperty().get(),
                        s == StrategyName.BIG_BANG ? null : byHeight ? levels.height() : levels.depth(),
                        byHeight ? "height" : "depth",
                        targetLevel,
                        java.util.Set.copyOf(p.cycleBreaking().brokenDependencies())));
    }
}
