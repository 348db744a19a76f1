package io.itplan.ui.plan;

import io.itplan.app.Planning;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.Metrics;
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
    /** The metrics compared, and whether more is better (finer fault isolation, more parallelism). */
    public static final List<String> METRICS = List.of(
            "steps",
            "depth",
            "width",
            "specificStubs",
            "genericStubs",
            "stubCost",
            "ocplx",
            "specificDrivers",
            "genericDrivers");

    private final GraphDocument document;
    private final PlanViewModel plan;
    private final Executor ui;
    private final ScheduledExecutorService worker;
    private final Planning planning = Planning.standard();
    private final ObservableList<Planning.Compared> rows = FXCollections.observableArrayList();
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
        return metric.equals("steps") || metric.equals("width");
    }

    /** Whether the comparison is on screen; it is only computed then. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ObservableList<Planning.Compared> rows() {
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
                    List<Planning.Compared> result;
                    try {
                        result = graph.modules().isEmpty() ? List.of() : planning.compare(graph, cycles, objective);
                    } catch (RuntimeException e) {
                        result = List.of();
                    }
                    List<Planning.Compared> rowsNow = result;
                    if (!Thread.currentThread().isInterrupted()) {
                        ui.execute(() -> {
                            if (gen == generation) {
                                rows.setAll(rowsNow);
                                running.set(false);
                            }
                        });
                    }
                },
                300,
                TimeUnit.MILLISECONDS);
    }

    /** The best value of a metric over the rows that have a plan. */
    public double best(String metric) {
        return rows.stream()
                .filter(r -> r.plan() != null)
                .mapToDouble(r -> value(r, metric))
                .reduce(
                        moreIsBetter(metric) ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY,
                        moreIsBetter(metric) ? Math::max : Math::min);
    }

    public static double value(Planning.Compared row, String metric) {
        Metrics m = row.plan().metrics();
        return m.value(metric).doubleValue();
    }

    /** Shows the chosen alternative in the plan panel. */
    public void apply(Planning.Compared row) {
        plan.apply(row.alternative().options());
    }
}
