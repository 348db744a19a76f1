package io.itplan.ui.main;

import io.itplan.app.layout.LayeredLayout;
import io.itplan.app.text.Plural;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.ui.canvas.GraphCanvas;
import io.itplan.ui.editor.ChangeModulesCommand;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.concurrent.Task;

/** Auto Layout: the graph laid out with ELK off the JavaFX thread, with progress and Cancel in the status line. */
final class AutoLayout {
    private final MainViewModel vm;
    private final GraphCanvas canvas;
    private final StatusLine status;
    private final BooleanSupplier byHeight;

    /**
     * @param byHeight whether rows follow heights (the plan shown is bottom-up) rather than depths
     */
    AutoLayout(MainViewModel vm, GraphCanvas canvas, StatusLine status, BooleanSupplier byHeight) {
        this.vm = vm;
        this.canvas = canvas;
        this.status = status;
        this.byHeight = byHeight;
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
        boolean rowsByHeight = !asOpened && byHeight.getAsBoolean();
        Map<String, Double> widths = new HashMap<>();
        for (Module m : graph.modules()) {
            widths.put(m.id(), canvas.moduleWidth(m));
        }
        String progress = "Laying out " + Plural.count(graph.modules().size(), "module") + "…";
        Task<Map<String, LayeredLayout.Position>> task = new Task<>() {
            @Override
            protected Map<String, LayeredLayout.Position> call() {
                updateMessage(progress);
                return LayeredLayout.layout(
                        graph, m -> widths.get(m.id()), GraphCanvas.MODULE_HEIGHT, rowsByHeight, this::isCancelled);
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

    private void done() {
        status.finish();
        canvas.setNotice(null);
    }

    private void apply(DependencyGraph graph, Map<String, LayeredLayout.Position> laidOut, boolean asOpened) {
        if (vm.document().graph() != graph) {
            vm.say("Layout discarded: the graph changed while it ran");
            return;
        }
        Map<String, double[]> positions = new LinkedHashMap<>();
        laidOut.forEach((id, p) -> {
            Module m = graph.module(id);
            if (m != null && !m.pinned() && (m.x() != p.x() || m.y() != p.y())) {
                positions.put(id, new double[] {p.x(), p.y()});
            }
        });
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
        vm.say("Laid out " + Plural.count(positions.size(), "module"));
    }
}
