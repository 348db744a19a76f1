package io.itplan.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.app.CompareStrategies;
import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.StrategyName;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.main.Examples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareViewModelTest {
    private final GraphDocument doc = new GraphDocument(Examples.load("/itplan/examples/library.graph.json"), null);
    private final ManualScheduler worker = new ManualScheduler();
    private final List<Runnable> ui = new ArrayList<>();
    private final PlanViewModel plan = new PlanViewModel(doc, ui::add, worker, 0);
    private final CompareViewModel vm = new CompareViewModel(doc, plan, ui::add, worker);

    private void settle() {
        while (worker.runAll() > 0 || !ui.isEmpty()) {
            List<Runnable> now = new ArrayList<>(ui);
            ui.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void comparesOnlyWhileShownAndMarksTheBest() {
        settle();
        assertTrue(vm.rows().isEmpty(), "nothing is computed while the comparison is hidden");
        vm.activeProperty().set(true);
        settle();
        assertEquals(10, vm.rows().size());
        assertEquals(0.0, vm.best("specificStubs"), "big-bang needs no stubs");
        assertEquals(25.0, vm.best("steps"), "one module per step is the finest");
        CompareStrategies.Compared bottomUpParallel = vm.rows().stream()
                .filter(r -> r.alternative().label().equals("bottom-up parallel"))
                .findFirst()
                .orElseThrow();
        vm.apply(bottomUpParallel);
        assertEquals(StrategyName.BOTTOM_UP, plan.strategyProperty().get());
        assertEquals(Granularity.PARALLEL, plan.granularityProperty().get());
        settle();
        assertEquals(bottomUpParallel.metrics(), plan.planProperty().get().metrics());
    }
}
