package io.itplan.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.plan.StepView;
import io.itplan.core.strategy.StrategyName;
import io.itplan.ui.editor.AddDependencyCommand;
import io.itplan.ui.editor.AddModuleCommand;
import io.itplan.ui.editor.GraphDocument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recomputation, staleness and step selection, without a toolkit. */
class PlanViewModelTest {
    private final DependencyGraph chain = DependencyGraph.builder("chain").addModules("a", "b", "c")
            .addDependency("a", "b").addDependency("b", "c").build();
    private final GraphDocument doc = new GraphDocument(chain, null);
    private final ManualScheduler worker = new ManualScheduler();
    private final List<Runnable> uiQueue = new ArrayList<>();
    private final PlanViewModel vm = new PlanViewModel(doc, uiQueue::add, worker, 200);

    private void settle() {
        while (worker.runAll() > 0 || !uiQueue.isEmpty()) {
            List<Runnable> now = new ArrayList<>(uiQueue);
            uiQueue.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void theFirstPlanIsMadeInTheBackgroundAndChecked() {
        assertTrue(vm.runningProperty().get());
        assertNull(vm.planProperty().get());
        settle();
        assertFalse(vm.runningProperty().get());
        assertEquals(List.of("height-0", "height-1", "height-2"), vm.steps().stream().map(s -> s.id()).toList());
        assertEquals(List.of(), PlanChecker.check(chain, vm.planProperty().get(), null));
    }

    @Test
    void aBurstOfEditsPlansOnceForTheLastState() {
        settle();
        doc.commands().execute(new AddModuleCommand(Module.of("d")));
        doc.commands().execute(new AddDependencyCommand(io.itplan.core.graph.Dependency.of("c", "d")));
        assertEquals(1, worker.runAll(), "the first request was dropped before it ran");
        uiQueue.forEach(Runnable::run);
        uiQueue.clear();
        assertEquals(4, vm.steps().size());
    }

    @Test
    void aResultOvertakenByANewerRequestIsDropped() {
        settle();
        vm.strategyProperty().set(StrategyName.TOP_DOWN);
        worker.runAll();
        assertEquals(1, uiQueue.size(), "the top-down plan is ready");
        vm.strategyProperty().set(StrategyName.BIG_BANG);
        uiQueue.remove(0).run();
        assertEquals("bottom-up", vm.planProperty().get().strategy().name(), "the stale top-down plan is not shown");
        settle();
        assertEquals("big-bang", vm.planProperty().get().strategy().name());
    }

    @Test
    void theSelectedStepIsPaintedByTheRuleAndKeptAcrossReplans() {
        settle();
        vm.selectedStepProperty().set(1);
        StepView view = vm.stepViewProperty().get();
        assertEquals(StepView.State.DONE, view.state("c"));
        assertEquals(StepView.State.NEW, view.state("b"));
        assertEquals(StepView.State.DRIVER, view.state("a"));
        assertEquals(List.of("height-1"), List.of(view.step()));
        doc.commands().execute(new AddModuleCommand(Module.of("z")));
        settle();
        assertEquals("height-1", vm.steps().get(vm.selectedStepProperty().get()).id());
        assertTrue(vm.next());
        assertFalse(vm.next());
        vm.previous();
        assertEquals(1, vm.selectedStepProperty().get());
    }

    @Test
    void aCycleThatCannotBeBrokenIsExplainedAndClusteringPlansIt() {
        settle();
        doc.commands().execute(new AddDependencyCommand(io.itplan.core.graph.Dependency.of("c", "a",
                DependencyKind.INHERITANCE)));
        doc.commands().execute(new io.itplan.ui.editor.EditDependencyCommand(
                new io.itplan.ui.editor.DependencyKey("a", "b", DependencyKind.USES),
                io.itplan.core.graph.Dependency.of("a", "b", DependencyKind.COMPOSITION)));
        doc.commands().execute(new io.itplan.ui.editor.EditDependencyCommand(
                new io.itplan.ui.editor.DependencyKey("b", "c", DependencyKind.USES),
                io.itplan.core.graph.Dependency.of("b", "c", DependencyKind.COMPOSITION)));
        settle();
        assertNull(vm.planProperty().get());
        assertTrue(vm.problemProperty().get().contains("cannot be broken"), vm.problemProperty().get());
        vm.cyclesProperty().set(io.itplan.core.strategy.CyclePolicy.CLUSTER);
        settle();
        assertNotNull(vm.planProperty().get());
        assertEquals("", vm.problemProperty().get());
    }

    @Test
    void aGraphsSavedSettingsBecomeTheOptions() {
        vm.useSettings(java.util.Map.of("strategy", "sandwich", "targetDepth", "1", "granularity", "sideways"));
        assertEquals(StrategyName.SANDWICH, vm.strategyProperty().get());
        assertEquals(1, vm.targetDepthProperty().get());
        assertEquals(io.itplan.core.strategy.Granularity.LEVEL, vm.granularityProperty().get(), "unknown values are ignored");
        settle();
        assertEquals(1L, ((Number) vm.planProperty().get().strategy().options().get("targetDepth")).longValue());
    }

    @Test
    void cancellingKeepsTheLastPlanAndSaysSo() {
        settle();
        var before = vm.planProperty().get();
        vm.strategyProperty().set(StrategyName.TOP_DOWN);
        vm.cancel();
        settle();
        assertEquals(before, vm.planProperty().get());
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.problemProperty().get().startsWith("Planning cancelled"));
    }
}
