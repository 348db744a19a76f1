package io.itplan.ui.plan;

import io.itplan.app.PlanGraph;
import io.itplan.app.PlanSettings;
import io.itplan.core.cycles.CouplingFront;
import io.itplan.core.cycles.UnbreakableCycleException;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.plan.Role;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import io.itplan.core.plan.StepView;
import io.itplan.core.strategy.CycleAlgorithm;
import io.itplan.core.strategy.CyclePolicy;
import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.Levels;
import io.itplan.core.strategy.ModuleOrder;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import io.itplan.ui.editor.GraphDocument;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plan for the document's graph under the chosen options, kept current: every edit and every change of
 * an option asks for a new plan, computed on a worker thread after a short pause (so a drag or typing plans
 * once); a result that was overtaken by a newer request is dropped, and a running computation can be
 * cancelled. Every plan passes the plan checker before it is shown. For the {@code am} objective the (A, M)
 * Pareto front of the graph is computed the same way, on the same worker, so that a point of it can be chosen.
 */
public final class PlanViewModel {
    private final GraphDocument document;
    private final Executor ui;
    private final ScheduledExecutorService worker;
    private final long pauseMillis;
    /** Shared by plans and fronts, so an {@code am} plan and the front it is a point of are computed once. */
    private final Planner planner = Planner.standard();

    private final PlanGraph planning = new PlanGraph(planner);

    private final ObjectProperty<StrategyName> strategy =
            new SimpleObjectProperty<>(this, "strategy", StrategyName.BOTTOM_UP);
    private final ObjectProperty<Granularity> granularity =
            new SimpleObjectProperty<>(this, "granularity", Granularity.LEVEL);
    private final ObjectProperty<ModuleOrder> order = new SimpleObjectProperty<>(this, "order", ModuleOrder.BFS);
    private final ObjectProperty<CyclePolicy> cycles = new SimpleObjectProperty<>(this, "cycles", CyclePolicy.BREAK);
    private final ObjectProperty<Objective> objective = new SimpleObjectProperty<>(this, "objective", Objective.STUBS);
    private final ObjectProperty<CycleAlgorithm> algorithm =
            new SimpleObjectProperty<>(this, "algorithm", CycleAlgorithm.EXACT);
    private final ObjectProperty<Long> maxMethodCoupling = new SimpleObjectProperty<>(this, "maxMethodCoupling");
    private final ObjectProperty<Integer> targetDepth = new SimpleObjectProperty<>(this, "targetDepth");
    private final BooleanProperty riskFirst = new SimpleBooleanProperty(this, "riskFirst");

    private final ReadOnlyObjectWrapper<IntegrationPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<DependencyGraph> planned = new ReadOnlyObjectWrapper<>(this, "planned");
    private final ReadOnlyObjectWrapper<Levels> levels = new ReadOnlyObjectWrapper<>(this, "levels");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper planBusy = new ReadOnlyBooleanWrapper(this, "planBusy");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final IntegerProperty selectedStep = new SimpleIntegerProperty(this, "selectedStep", -1);
    private final ReadOnlyObjectWrapper<StepView> stepView = new ReadOnlyObjectWrapper<>(this, "stepView");
    private final ReadOnlyObjectWrapper<CouplingFront.Front> front = new ReadOnlyObjectWrapper<>(this, "front");
    private final ReadOnlyBooleanWrapper frontRunning = new ReadOnlyBooleanWrapper(this, "frontRunning");
    private final ReadOnlyStringWrapper frontProblem = new ReadOnlyStringWrapper(this, "frontProblem", "");

    private long generation;
    /** The plan whose steps are listed; {@link #plan} follows it once everything is consistent. */
    private IntegrationPlan shown;

    private Future<?> pending;
    private long frontGeneration;
    /** The graph the front shown or being computed is for; null when no front is wanted. */
    private DependencyGraph frontGraph;

    private Future<?> pendingFront;

    /** The plan whose step views and stand-ins are remembered below. */
    private IntegrationPlan remembered;

    private final java.util.Map<String, StepView> views = new java.util.HashMap<>();
    /** The rule's view of the remembered plan's steps, its structure worked out once. */
    private PlanChecker.StepViews stepViews;

    private java.util.Map<String, StandIn> standInsById = java.util.Map.of();

    /**
     * @param ui          runs results on the UI thread ({@code Platform::runLater}; {@code Runnable::run} in tests)
     * @param worker      plans in the background, one at a time
     * @param pauseMillis how long to wait after the last change before planning
     */
    public PlanViewModel(GraphDocument document, Executor ui, ScheduledExecutorService worker, long pauseMillis) {
        this.document = document;
        this.ui = ui;
        this.worker = worker;
        this.pauseMillis = pauseMillis;
        InvalidationListener replan = o -> replan();
        document.graphProperty().addListener(replan);
        strategy.addListener(replan);
        granularity.addListener(replan);
        order.addListener(replan);
        cycles.addListener(replan);
        objective.addListener(replan);
        algorithm.addListener(replan);
        maxMethodCoupling.addListener(replan);
        targetDepth.addListener(replan);
        riskFirst.addListener(replan);
        InvalidationListener refront = o -> updateFront();
        document.graphProperty().addListener(refront);
        strategy.addListener(refront);
        cycles.addListener(refront);
        objective.addListener(refront);
        selectedStep.addListener(o -> updateStepView());
        running.bind(planBusy.or(frontRunning));
        replan();
        updateFront();
    }

    /** The options as chosen now. */
    public PlanOptions options() {
        Long limit = maxMethodCoupling.get();
        return new PlanOptions(
                strategy.get(),
                granularity.get(),
                order.get(),
                strategy.get() == StrategyName.SANDWICH ? targetDepth.get() : null,
                cycles.get(),
                objective.get(),
                riskFirst.get(),
                null,
                algorithm.get(),
                objective.get() == Objective.AM ? limit : null);
    }

    /** Takes over every option of {@code o} (a strategy chosen in the comparison). */
    public void apply(PlanOptions o) {
        strategy.set(o.strategy());
        granularity.set(o.granularity());
        order.set(o.order());
        cycles.set(o.cycles());
        objective.set(o.objective());
        algorithm.set(o.algorithm());
        maxMethodCoupling.set(o.maxMethodCoupling());
        riskFirst.set(o.riskFirst());
        targetDepth.set(o.targetDepth());
    }

    /**
     * Takes the options a graph file saved in its {@code settings}, read as the command line reads them; a wrong
     * value leaves the current choice for that option.
     *
     * @param source names the file in messages
     * @return one line per wrong value or unknown setting, empty when all are fine
     */
    public List<String> useSettings(java.util.Map<String, String> settings, String source) {
        PlanSettings.Saved s = PlanSettings.read(settings, source);
        set(strategy, s.strategy());
        set(granularity, s.granularity());
        set(order, s.order());
        set(cycles, s.cycles());
        set(objective, s.objective());
        set(algorithm, s.algorithm());
        set(maxMethodCoupling, s.maxMethodCoupling());
        set(targetDepth, s.targetDepth());
        set(riskFirst, s.riskFirst());
        List<String> problems = new java.util.ArrayList<>(s.errors());
        problems.addAll(s.warnings());
        return problems;
    }

    private static <T> void set(javafx.beans.property.Property<T> into, T value) {
        if (value != null) {
            into.setValue(value);
        }
    }

    /**
     * Shows a plan read from a file as it is, with the options that made it chosen; the next edit or change of an
     * option plans anew. The caller has checked the plan against the document's graph ({@code OpenPlan}).
     *
     * @param source names the plan file in messages
     * @return one line per option recorded in the plan that this version does not know
     */
    public List<String> showOpened(IntegrationPlan opened, String source) {
        java.util.Map<String, String> recorded = new java.util.TreeMap<>();
        opened.strategy().options().forEach((k, v) -> recorded.put(k, String.valueOf(v)));
        recorded.put("strategy", opened.strategy().name());
        PlanSettings.Saved saved = PlanSettings.read(recorded, source);
        apply(PlanSettings.resolve(saved, PlanSettings.Requested.none()).options());
        long gen = ++generation;
        if (pending != null) {
            pending.cancel(true);
            pending = null;
        }
        DependencyGraph graph = document.graph();
        List<io.itplan.core.plan.DependencyRef> broken = opened.cycleBreaking() == null
                ? List.of()
                : opened.cycleBreaking().brokenDependencies();
        finish(gen, graph, opened, Levels.of(graph, broken), null);
        List<String> problems = new java.util.ArrayList<>(saved.errors());
        problems.addAll(saved.warnings());
        return problems;
    }

    /** Asks for a plan of the current graph and options; an older request still waiting or running is dropped. */
    public void replan() {
        long gen = ++generation;
        if (pending != null) {
            pending.cancel(true);
        }
        DependencyGraph graph = document.graph();
        PlanOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            finish(gen, graph, null, null, e.getMessage());
            return;
        }
        planBusy.set(true);
        pending = worker.schedule(() -> compute(gen, graph, options), pauseMillis, TimeUnit.MILLISECONDS);
    }

    private void compute(long gen, DependencyGraph graph, PlanOptions options) {
        attempt(
                graph,
                "Draw some modules to see a plan",
                "Cannot plan: ",
                g -> {
                    IntegrationPlan result = planning.plan(g, options);
                    return new Planned(
                            result, Levels.of(g, result.cycleBreaking().brokenDependencies()));
                },
                (p, error) -> finish(gen, graph, p == null ? null : p.plan(), p == null ? null : p.levels(), error));
    }

    private record Planned(IntegrationPlan plan, Levels levels) {}

    /**
     * Runs {@code work} on {@code graph} (on the worker) and hands its result, or why there is none, to
     * {@code done} on the UI thread; a computation interrupted by a cancel hands over nothing.
     */
    private <T> void attempt(
            DependencyGraph graph,
            String empty,
            String failed,
            java.util.function.Function<DependencyGraph, T> work,
            java.util.function.BiConsumer<T, String> done) {
        T result = null;
        String error = null;
        try {
            if (graph.modules().isEmpty()) {
                error = empty;
            } else {
                result = work.apply(graph);
            }
        } catch (UnbreakableCycleException | IllegalArgumentException e) {
            error = e.getMessage();
        } catch (RuntimeException e) {
            error = failed + e.getMessage();
        }
        if (Thread.currentThread().isInterrupted()) {
            return;
        }
        T r = result;
        String err = error;
        ui.execute(() -> done.accept(r, err));
    }

    private void finish(long gen, DependencyGraph graph, IntegrationPlan result, Levels lv, String error) {
        if (gen != generation) {
            return;
        }
        planBusy.set(false);
        pending = null;
        String keep = selectedStepId();
        planned.set(graph);
        levels.set(lv);
        problem.set(error == null ? "" : error);
        steps.setAll(result == null ? java.util.List.of() : result.steps());
        shown = result;
        selectedStep.set(keep == null ? -1 : indexOf(keep));
        updateStepView();
        // Announced last, when steps and selection agree with it.
        plan.set(result);
    }

    /** Stops the computations in progress; the last plan and front stay shown. */
    public void cancel() {
        if (pending != null) {
            pending.cancel(true);
            pending = null;
            generation++;
            planBusy.set(false);
            problem.set("Planning cancelled; the plan shown is for an earlier version of the graph");
        }
        if (pendingFront != null) {
            pendingFront.cancel(true);
            pendingFront = null;
            frontGeneration++;
            frontGraph = null;
            frontRunning.set(false);
            frontProblem.set("Cancelled");
        }
    }

    /** Whether the options call for the (A, M) front: cycles are broken for the {@code am} objective. */
    private boolean wantsFront() {
        return objective.get() == Objective.AM
                && cycles.get() == CyclePolicy.BREAK
                && strategy.get() != StrategyName.BIG_BANG;
    }

    /**
     * Asks for the front of the current graph when the options call for one and it is not known or on its way;
     * forgets it when they do not. The front shown stays until the new one arrives.
     */
    private void updateFront() {
        DependencyGraph graph = document.graph();
        boolean wanted = wantsFront();
        if (wanted && graph == frontGraph) {
            return;
        }
        frontGeneration++;
        if (pendingFront != null) {
            pendingFront.cancel(true);
            pendingFront = null;
        }
        if (!wanted) {
            frontGraph = null;
            front.set(null);
            frontRunning.set(false);
            frontProblem.set("");
            return;
        }
        long gen = frontGeneration;
        frontGraph = graph;
        frontProblem.set("");
        frontRunning.set(true);
        pendingFront = worker.schedule(() -> computeFront(gen, graph), pauseMillis, TimeUnit.MILLISECONDS);
    }

    private void computeFront(long gen, DependencyGraph graph) {
        attempt(graph, "No modules", "Cannot compute the front: ", g -> planner.front(g, null), (f, error) -> {
            if (gen == frontGeneration) {
                pendingFront = null;
                frontRunning.set(false);
                frontProblem.set(error == null ? "" : error);
                front.set(f);
            }
        });
    }

    /**
     * Plans with the point {@code p} of the front: the least A among the answers whose method coupling is at
     * most p's, which is p itself.
     */
    public void choose(CouplingFront.Point p) {
        maxMethodCoupling.set(p.methods());
    }

    private String selectedStepId() {
        int i = selectedStep.get();
        return i >= 0 && i < steps.size() ? steps.get(i).id() : null;
    }

    private int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    private void updateStepView() {
        int i = selectedStep.get();
        IntegrationPlan p = shown;
        stepView.set(
                p == null || i < 0 || i >= steps.size()
                        ? null
                        : viewOf(p, steps.get(i).id()));
    }

    /**
     * A step as the rule sees it, computed once per plan shown: the table's cells, their tooltips and the canvas
     * ask for the same steps again and again as rows are drawn and steps selected.
     */
    private StepView viewOf(IntegrationPlan p, String stepId) {
        remember(p);
        if (stepViews == null) {
            stepViews = PlanChecker.stepViews(planned.get(), p);
        }
        return views.computeIfAbsent(stepId, stepViews::of);
    }

    /** Forgets what was remembered of another plan; learns each stand-in of {@code p} by its id. */
    private void remember(IntegrationPlan p) {
        if (p != remembered) {
            remembered = p;
            views.clear();
            stepViews = null;
            standInsById = new java.util.HashMap<>();
            for (StandIn d : p.doubles()) {
                standInsById.putIfAbsent(d.id(), d);
            }
        }
    }

    /** Selects the next step (or the first); false at the end. */
    public boolean next() {
        if (selectedStep.get() + 1 < steps.size()) {
            selectedStep.set(selectedStep.get() + 1);
            return true;
        }
        return false;
    }

    public void previous() {
        if (selectedStep.get() > 0) {
            selectedStep.set(selectedStep.get() - 1);
        }
    }

    public ObjectProperty<StrategyName> strategyProperty() {
        return strategy;
    }

    public ObjectProperty<Granularity> granularityProperty() {
        return granularity;
    }

    public ObjectProperty<ModuleOrder> orderProperty() {
        return order;
    }

    public ObjectProperty<CyclePolicy> cyclesProperty() {
        return cycles;
    }

    public ObjectProperty<Objective> objectiveProperty() {
        return objective;
    }

    /** How cycles are broken: itplan's own solver or a classic heuristic. */
    public ObjectProperty<CycleAlgorithm> algorithmProperty() {
        return algorithm;
    }

    /** For the {@code am} objective: the most method coupling M allowed; null for the least A overall. */
    public ObjectProperty<Long> maxMethodCouplingProperty() {
        return maxMethodCoupling;
    }

    /** The (A, M) Pareto front of the graph while the objective is {@code am}, else null. */
    public ReadOnlyObjectProperty<CouplingFront.Front> frontProperty() {
        return front.getReadOnlyProperty();
    }

    /** Whether the front is being computed. */
    public ReadOnlyBooleanProperty frontRunningProperty() {
        return frontRunning.getReadOnlyProperty();
    }

    /** Why there is no front, or empty. */
    public ReadOnlyStringProperty frontProblemProperty() {
        return frontProblem.getReadOnlyProperty();
    }

    /** Sandwich target depth; null for the cheapest. */
    public ObjectProperty<Integer> targetDepthProperty() {
        return targetDepth;
    }

    public BooleanProperty riskFirstProperty() {
        return riskFirst;
    }

    /** The modules a step's stubs (or drivers) are of, as the steps table lists them. */
    public List<String> standInsOf(Step step, Role role) {
        IntegrationPlan p = plan.get();
        List<String> ids = role == Role.STUB ? step.stubs() : step.drivers();
        if (p == null) {
            return ids;
        }
        remember(p);
        return ids.stream()
                .map(id -> {
                    StandIn d = standInsById.get(id);
                    return d == null ? id : d.of();
                })
                .toList();
    }

    /**
     * Each of a step's stubs (or drivers) in full, as the rule sees that step: "stub of v, serving u…" or "driver of
     * v, in place of u…".
     */
    public List<String> standInPhrases(Step step, Role role) {
        IntegrationPlan p = plan.get();
        if (p == null || planned.get() == null) {
            return List.of();
        }
        StepView v = viewOf(p, step.id());
        java.util.Map<String, java.util.Set<String>> of = role == Role.STUB ? v.stubs() : v.drivers();
        return of.entrySet().stream()
                .map(e -> role.phrase(List.of(e.getKey()), e.getValue()))
                .toList();
    }

    public ReadOnlyObjectProperty<IntegrationPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The graph the shown plan was made for. */
    public ReadOnlyObjectProperty<DependencyGraph> plannedGraphProperty() {
        return planned.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Levels> levelsProperty() {
        return levels.getReadOnlyProperty();
    }

    /** Why there is no plan, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether a plan or the front is being computed. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ObservableList<Step> steps() {
        return steps;
    }

    public IntegerProperty selectedStepProperty() {
        return selectedStep;
    }

    /** The selected step as the rule sees it, or null. */
    public ReadOnlyObjectProperty<StepView> stepViewProperty() {
        return stepView.getReadOnlyProperty();
    }
}
