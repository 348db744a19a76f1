package io.itplan.ui.plan;

import io.itplan.app.Planning;
import io.itplan.core.cycles.UnbreakableCycleException;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.plan.Step;
import io.itplan.core.plan.StepView;
import io.itplan.core.strategy.CyclePolicy;
import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.Levels;
import io.itplan.core.strategy.ModuleOrder;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.StrategyName;
import io.itplan.ui.editor.GraphDocument;
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
 * cancelled. Every plan passes the plan checker before it is shown.
 */
public final class PlanViewModel {
    private final GraphDocument document;
    private final Executor ui;
    private final ScheduledExecutorService worker;
    private final long pauseMillis;
    private final Planning planning = Planning.standard();

    private final ObjectProperty<StrategyName> strategy = new SimpleObjectProperty<>(this, "strategy",
            StrategyName.BOTTOM_UP);
    private final ObjectProperty<Granularity> granularity = new SimpleObjectProperty<>(this, "granularity",
            Granularity.LEVEL);
    private final ObjectProperty<ModuleOrder> order = new SimpleObjectProperty<>(this, "order", ModuleOrder.BFS);
    private final ObjectProperty<CyclePolicy> cycles = new SimpleObjectProperty<>(this, "cycles", CyclePolicy.BREAK);
    private final ObjectProperty<Objective> objective = new SimpleObjectProperty<>(this, "objective", Objective.STUBS);
    private final ObjectProperty<Integer> targetDepth = new SimpleObjectProperty<>(this, "targetDepth");
    private final BooleanProperty riskFirst = new SimpleBooleanProperty(this, "riskFirst");

    private final ReadOnlyObjectWrapper<IntegrationPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<DependencyGraph> planned = new ReadOnlyObjectWrapper<>(this, "planned");
    private final ReadOnlyObjectWrapper<Levels> levels = new ReadOnlyObjectWrapper<>(this, "levels");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final IntegerProperty selectedStep = new SimpleIntegerProperty(this, "selectedStep", -1);
    private final ReadOnlyObjectWrapper<StepView> stepView = new ReadOnlyObjectWrapper<>(this, "stepView");

    private long generation;
    /** The plan whose steps are listed; {@link #plan} follows it once everything is consistent. */
    private IntegrationPlan shown;
    private Future<?> pending;

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
        targetDepth.addListener(replan);
        riskFirst.addListener(replan);
        selectedStep.addListener(o -> updateStepView());
        replan();
    }

    /** The options as chosen now. */
    public PlanOptions options() {
        return new PlanOptions(strategy.get(), granularity.get(), order.get(),
                strategy.get() == StrategyName.SANDWICH ? targetDepth.get() : null, cycles.get(), objective.get(),
                riskFirst.get(), null);
    }

    /** Takes over every option of {@code o} (a strategy chosen in the comparison). */
    public void apply(PlanOptions o) {
        strategy.set(o.strategy());
        granularity.set(o.granularity());
        order.set(o.order());
        cycles.set(o.cycles());
        objective.set(o.objective());
        riskFirst.set(o.riskFirst());
        targetDepth.set(o.targetDepth());
    }

    /** Takes the options a graph file saved in its {@code settings}; values it does not know are left alone. */
    public void useSettings(java.util.Map<String, String> settings) {
        setting(settings, "strategy", StrategyName::fromKey, strategy);
        setting(settings, "granularity", Granularity::fromKey, granularity);
        setting(settings, "order", ModuleOrder::fromKey, order);
        setting(settings, "cycles", CyclePolicy::fromKey, cycles);
        setting(settings, "objective", Objective::fromKey, objective);
        setting(settings, "targetDepth", Integer::valueOf, targetDepth);
        if (settings.containsKey("riskFirst")) {
            riskFirst.set(Boolean.parseBoolean(settings.get("riskFirst")));
        }
    }

    private static <T> void setting(java.util.Map<String, String> settings, String key,
                                    java.util.function.Function<String, T> parse, ObjectProperty<T> into) {
        String v = settings.get(key);
        if (v != null) {
            try {
                into.set(parse.apply(v));
            } catch (IllegalArgumentException e) {
                // A setting this version does not know: the current choice stays.
            }
        }
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
        running.set(true);
        pending = worker.schedule(() -> compute(gen, graph, options), pauseMillis, TimeUnit.MILLISECONDS);
    }

    private void compute(long gen, DependencyGraph graph, PlanOptions options) {
        IntegrationPlan result = null;
        Levels lv = null;
        String error = null;
        try {
            if (graph.modules().isEmpty()) {
                error = "Draw some modules to see a plan";
            } else {
                result = planning.plan(graph, options);
                lv = Levels.of(graph, result.cycleBreaking().brokenDependencies());
            }
        } catch (UnbreakableCycleException | IllegalArgumentException e) {
            error = e.getMessage();
        } catch (RuntimeException e) {
            error = "Cannot plan: " + e.getMessage();
        }
        if (Thread.currentThread().isInterrupted()) {
            return;
        }
        IntegrationPlan p = result;
        Levels l = lv;
        String err = error;
        ui.execute(() -> finish(gen, graph, p, l, err));
    }

    private void finish(long gen, DependencyGraph graph, IntegrationPlan result, Levels lv, String error) {
        if (gen != generation) {
            return;
        }
        running.set(false);
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

    /** Stops the computation in progress; the last plan stays shown. */
    public void cancel() {
        if (pending != null) {
            pending.cancel(true);
            pending = null;
            generation++;
            running.set(false);
            problem.set("Planning cancelled; the plan shown is for an earlier version of the graph");
        }
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
        stepView.set(p == null || i < 0 || i >= steps.size() ? null
                : PlanChecker.stepView(planned.get(), p, steps.get(i).id()));
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

    /** Sandwich target depth; null for the cheapest. */
    public ObjectProperty<Integer> targetDepthProperty() {
        return targetDepth;
    }

    public BooleanProperty riskFirstProperty() {
        return riskFirst;
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
