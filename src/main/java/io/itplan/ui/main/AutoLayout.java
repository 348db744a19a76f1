package io.itplan.ui.main;

import io.itplan.app.layout.LayeredLayout;
import io.itplan.app.text.Plural;
import io.itplan.core.format.GraphDigest;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.strategy.StrategyName;
import io.itplan.ui.canvas.GraphCanvas;
import io.itplan.ui.editor.ChangeModulesCommand;
import io.itplan.ui.plan.PlanViewModel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;

/**
 * Auto Layout: the graph laid out with ELK off the JavaFX thread, with progress and Cancel in the status line, in
 * the rows of the plan's levels (heights when the plan is bottom-up, else depths, with the plan's broken cycles).
 */
final class AutoLayout {
    private final MainViewModel vm;
    private final GraphCanvas canvas;
    private final StatusLine status;
    private final PlanViewModel plan;

    AutoLayout(MainViewModel vm, GraphCanvas canvas, StatusLine status, PlanViewModel plan) {
        this.vm = vm;
        this.canvas = canvas;
        this.status = status;
        this.plan = plan;
    }

    /**
     * ELK takes a second or more to start; starting it in the background, once the window is up, makes the
     * first layout quick without slowing the start.
     */
    static void warmUp() {
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

    /**
     * Lays out the graph. The result is one undoable step, or, for a graph just opened without a drawing
     * ({@code asOpened}), simply how it is shown, with nothing to save.
     */
    void run(boolean asOpened) {
        DependencyGraph graph = vm.document().graph();
        if (graph.modules().isEmpty() || status.isBusy()) {
            return;
        }
        String progress = "Laying out " + Plural.count(graph.modules().size(), "module") + "…";
        IntegrationPlan planned = planOf(graph);
        if (asOpened && planned == null && plan.plannedGraphProperty().get() != graph) {
            waitForPlan(graph, progress);
            return;
        }
        boolean byHeight = plan.strategyProperty().get() == StrategyName.BOTTOM_UP;
        LayeredLayout.Rows rows = planned == null
                ? LayeredLayout.Rows.own(byHeight)
                : new LayeredLayout.Rows(
                        byHeight, Set.copyOf(planned.cycleBreaking().brokenDependencies()));
        Map<String, Double> widths = new HashMap<>();
        for (Module m : graph.modules()) {
            widths.put(m.id(), canvas.moduleWidth(m));
        }
        Task<LayeredLayout.Layout> task = new Task<>() {
            @Override
            protected LayeredLayout.Layout call() {
                updateMessage(progress);
                return LayeredLayout.run(
                        graph, m -> widths.get(m.id()), GraphCanvas.MODULE_HEIGHT, rows, this::isCancelled);
            }
        };
        if (asOpened) {
            canvas.setNotice(progress);
        }
        task.setOnSucceeded(e -> {
            done();
            apply(graph, task.getValue(), asOpened);
        });
        task.setOnCancelled(e -> {
            done();
            vm.say("Layout cancelled");
        });
        task.setOnFailed(e -> {
            done();
            vm.say("Layout failed: " + task.getException().getMessage());
        });
        status.start(task, "itplan-layout");
    }

    /**
     * The plan shown, if it was made for {@code graph} or for a graph of the same structure: moving modules
     * (as a layout does) changes no plan, so a replan still pending after a move leaves the rows as they are.
     */
    private IntegrationPlan planOf(DependencyGraph graph) {
        IntegrationPlan shown = plan.planProperty().get();
        if (shown == null) {
            return null;
        }
        if (plan.plannedGraphProperty().get() == graph) {
            return shown;
        }
        return shown.graph().digest().equals(GraphDigest.of(graph)) ? shown : null;
    }

    /**
     * A graph just opened is laid out in its plan's rows: waits (with Cancel) until the plan of that graph is known,
     * or has failed, then lays it out.
     */
    private void waitForPlan(DependencyGraph graph, String progress) {
        canvas.setNotice(progress);
        CountDownLatch planned = new CountDownLatch(1);
        ChangeListener<DependencyGraph> arrived = (o, was, now) -> {
            if (now == graph || vm.document().graph() != graph) {
                planned.countDown();
            }
        };
        plan.plannedGraphProperty().addListener(arrived);
        Task<Void> wait = new Task<>() {
            @Override
            protected Void call() throws InterruptedException {
                updateMessage(progress);
                planned.await();
                return null;
            }
        };
        wait.setOnSucceeded(e -> {
            plan.plannedGraphProperty().removeListener(arrived);
            status.finish();
            if (vm.document().graph() == graph) {
                run(true);
            } else {
                canvas.setNotice(null);
            }
        });
        wait.setOnCancelled(e -> {
            plan.plannedGraphProperty().removeListener(arrived);
            done();
            vm.say("Layout cancelled");
        });
        status.start(wait, "itplan-layout-wait");
    }

    private void done() {
        status.finish();
        canvas.setNotice(null);
    }

    private void apply(DependencyGraph graph, LayeredLayout.Layout layout, boolean asOpened) {
        if (vm.document().graph() != graph) {
            vm.say("Layout discarded: the graph changed while it ran");
            return;
        }
        Map<String, double[]> positions = new LinkedHashMap<>();
        layout.positions().forEach((id, p) -> {
            Module m = graph.module(id);
            if (m != null && !m.pinned() && (m.x() != p.x() || m.y() != p.y())) {
                positions.put(id, new double[] {p.x(), p.y()});
            }
        });
        canvas.showLayout(layout);
        if (positions.isEmpty()) {
            vm.say("The layout is already tidy");
            return;
        }
        ChangeModulesCommand move = ChangeModulesCommand.move(graph, positions, "Auto layout", null);
        // A graph just opened shows laid out with nothing to save; unsaved work (recovered, say) stays unsaved.
        if (asOpened && !vm.document().isDirty()) {
            vm.document().reset(move.apply(graph), vm.document().file());
        } else {
            vm.document().commands().execute(move);
        }
        canvas.fitToWindow();
        vm.say("Laid out " + Plural.count(layout.laidOut(), "module"));
    }
}
