package io.itplan.ui.plan;

import io.itplan.app.CompareStrategies;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.strategy.CyclePolicy;
import io.itplan.core.strategy.Objective;
import io.itplan.ui.editor.GraphDocument;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every strategy (and each granularity of top-down and bottom-up) planned side by side, with the cycle policy
 * and objective of the plan panel. Computed in the background while the comparison is shown, newest request
 * winning, like the plan itself.
 */
public final class CompareViewModel {
    /** The metrics compared. */
    public static final List<String> METRICS = CompareStrategies.METRICS;

    private final GraphDocument document;
    private final PlanViewModel plan;
    private final Executor ui;
    private final ScheduledExecutorService worker;
    private final CompareStrategies compare = CompareStrategies.standard();
    private CompareStrategies.Comparison comparison = CompareStrategies.ranked(List.of());
    private final ObservableList<CompareStrategies.Compared> rows = FXCollections.observableArrayList();
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private long generation;
    private Future<?> pending;

    public CompareViewModel(GraphDocument document, PlanViewModel plan, Executor ui, ScheduledExecutorService worker) {
        this.document = document;
        this.plan = plan;
        this.ui = ui;
        this.worker = worker;
        document.graphProperty().addListener(o -> refresh());
        plan.cyclesProperty().addListener(o -> refresh());
        plan.objectiveProperty().addListener(o -> refresh());
        active.addListener(o -> refresh());
    }

    public static boolean moreIsBetter(String metric) {
        return CompareStrategies.moreIsBetter(metric);
    }

    /** Whether the comparison is on screen; it is only computed then. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ObservableList<CompareStrategies.Compared> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    private void refresh() {
        if (!active.get()) {
            return;
        }
        long gen = ++generation;
        if (pending != null) {
            pending.cancel(true);
        }
        DependencyGraph graph = document.graph();
        CyclePolicy cycles = plan.cyclesProperty().get();
        Objective objective = plan.objectiveProperty().get();
        running.set(true);
        pending = worker.schedule(
                () -> {
                    CompareStrategies.Comparison result;
                    try {
                        result = graph.modules().isEmpty()
                                ? CompareStrategies.ranked(List.of())
                                : compare.compare(graph, cycles, objective);
                    } catch (RuntimeException e) {
                        result = CompareStrategies.ranked(List.of());
                    }
                    CompareStrategies.Comparison now = result;
                    if (!Thread.currentThread().isInterrupted()) {
                        ui.execute(() -> {
                            if (gen == generation) {
                                comparison = now;
                                rows.setAll(now.rows());
                                running.set(false);
                            }
                        });
                    }
                },
                300,
                TimeUnit.MILLISECONDS);
    }

    /** The best value of a metric over the rows that have a plan, as the comparison ranks them. */
    public double best(String metric) {
        return comparison
                .best()
                .getOrDefault(metric, moreIsBetter(metric) ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }

    /** Whether a row has the best value of a metric. */
    public boolean isBest(CompareStrategies.Compared row, String metric) {
        return comparison.isBest(row, metric);
    }

    public static double value(CompareStrategies.Compared row, String metric) {
        return row.value(metric);
    }

    /** Shows the chosen alternative in the plan panel. */
    public void apply(CompareStrategies.Compared row) {
        plan.apply(row.alternative().options());
    }
}
