package io.itplan.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.cycles.CouplingFront;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.plan.StepView;
import io.itplan.core.strategy.CycleAlgorithm;
import io.itplan.core.strategy.CyclePolicy;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.StrategyName;
import io.itplan.ui.editor.AddDependencyCommand;
import io.itplan.ui.editor.AddModuleCommand;
import io.itplan.ui.editor.GraphDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Recomputation, staleness and step selection, without a toolkit. */
class PlanViewModelTest {
    private final DependencyGraph chain = DependencyGraph.builder("chain")
            .addModules("a", "b", "c")
            .addDependency("a", "b")
            .addDependency("b", "c")
            .build();
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
        assertEquals(
                List.of("height-0", "height-1", "height-2"),
                vm.steps().stream().map(s -> s.id()).toList());
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
        assertEquals(StepView.Place.DONE, view.place("c"));
        assertEquals(StepView.Place.NEW, view.place("b"));
        assertEquals(StepView.Place.LATER, view.place("a"));
        assertEquals(Set.of(io.itplan.core.plan.Role.DRIVER), view.roles("a"));
        assertEquals("driver of b, in place of a", view.phrase("a", io.itplan.core.plan.Role.DRIVER));
        // the steps table says it the same way: the modules the stand-ins are of, and each one in full
        var step = vm.steps().get(1);
        assertEquals(List.of("b"), vm.standInsOf(step, io.itplan.core.plan.Role.DRIVER));
        assertEquals(List.of("driver of b, in place of a"), vm.standInPhrases(step, io.itplan.core.plan.Role.DRIVER));
        assertEquals(List.of(), vm.standInPhrases(step, io.itplan.core.plan.Role.STUB));
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
        doc.commands()
                .execute(new AddDependencyCommand(
                        io.itplan.core.graph.Dependency.of("c", "a", DependencyKind.INHERITANCE)));
        doc.commands()
                .execute(new io.itplan.ui.editor.EditDependencyCommand(
                        new io.itplan.ui.editor.DependencyKey("a", "b", DependencyKind.USES),
                        io.itplan.core.graph.Dependency.of("a", "b", DependencyKind.COMPOSITION)));
        doc.commands()
                .execute(new io.itplan.ui.editor.EditDependencyCommand(
                        new io.itplan.ui.editor.DependencyKey("b", "c", DependencyKind.USES),
                        io.itplan.core.graph.Dependency.of("b", "c", DependencyKind.COMPOSITION)));
        settle();
        assertNull(vm.planProperty().get());
        assertTrue(
                vm.problemProperty().get().contains("cannot be broken"),
                vm.problemProperty().get());
        vm.cyclesProperty().set(io.itplan.core.strategy.CyclePolicy.CLUSTER);
        settle();
        assertNotNull(vm.planProperty().get());
        assertEquals("", vm.problemProperty().get());
    }

    @Test
    void anOpenedPlanIsShownAsItIsWithItsOptionsUntilTheNextChange() {
        settle();
        IntegrationPlan opened = io.itplan.core.strategy.Planner.standard()
                .plan(
                        chain,
                        io.itplan.core.strategy.PlanOptions.of(StrategyName.TOP_DOWN)
                                .withGranularity(io.itplan.core.strategy.Granularity.MODULE));
        assertEquals(List.of(), vm.showOpened(opened, "chain.plan.json"));
        settle();
        assertSame(opened, vm.planProperty().get(), "no planning in the background replaces the plan opened");
        assertEquals(opened.steps(), vm.steps());
        assertEquals(StrategyName.TOP_DOWN, vm.strategyProperty().get());
        assertEquals(
                io.itplan.core.strategy.Granularity.MODULE,
                vm.granularityProperty().get());
        vm.granularityProperty().set(io.itplan.core.strategy.Granularity.LEVEL);
        settle();
        assertNotSame(opened, vm.planProperty().get());
        assertEquals("top-down", vm.planProperty().get().strategy().name());
    }

    @Test
    void aGraphsSavedSettingsBecomeTheOptions() {
        List<String> wrong = vm.useSettings(
                java.util.Map.of("strategy", "sandwich", "targetDepth", "1", "granularity", "sideways"), "shop.json");
        assertEquals(StrategyName.SANDWICH, vm.strategyProperty().get());
        assertEquals(1, vm.targetDepthProperty().get());
        assertEquals(
                io.itplan.core.strategy.Granularity.LEVEL,
                vm.granularityProperty().get(),
                "a wrong value leaves the choice as it was");
        assertEquals(
                List.of("shop.json: setting 'granularity' is 'sideways', expected one of level, module, parallel"),
                wrong);
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

    /** A view model of the coupling graph, settled. */
    private PlanViewModel couplings(GraphDocument coupled) {
        PlanViewModel m = new PlanViewModel(coupled, uiQueue::add, worker, 200);
        settle();
        return m;
    }

    @Test
    void theChosenAlgorithmBreaksTheCycles() {
        GraphDocument coupled = new GraphDocument(CouplingGraphs.overlapping(), null);
        PlanViewModel m = couplings(coupled);
        assertEquals("exact", m.planProperty().get().cycleBreaking().algorithm());
        for (CycleAlgorithm a : CycleAlgorithm.values()) {
            m.algorithmProperty().set(a);
            settle();
            assertEquals(a.key(), m.planProperty().get().cycleBreaking().algorithm());
            assertEquals(a, m.options().algorithm());
        }
        assertEquals(
                List.of(), m.useSettings(java.util.Map.of("algorithm", "le-traon", "maxMethodCoupling", "7"), "g"));
        assertEquals(CycleAlgorithm.LE_TRAON, m.algorithmProperty().get());
        assertEquals(7L, m.maxMethodCouplingProperty().get());
        assertNull(m.options().maxMethodCoupling(), "the limit applies to the am objective only");
        assertEquals(
                2,
                m.useSettings(java.util.Map.of("algorithm", "guesswork", "maxMethodCoupling", "-1"), "g")
                        .size());
        assertEquals(CycleAlgorithm.LE_TRAON, m.algorithmProperty().get(), "wrong values leave the choice as it was");
        assertEquals(7L, m.maxMethodCouplingProperty().get());
    }

    @Test
    void theFrontIsComputedForTheAmObjectiveOnly() {
        GraphDocument coupled = new GraphDocument(CouplingGraphs.overlapping(), null);
        PlanViewModel m = couplings(coupled);
        assertNull(m.frontProperty().get());
        m.strategyProperty().set(StrategyName.TOP_DOWN);
        assertEquals(1, worker.tasks.size(), "a plan and no front");
        settle();
        m.objectiveProperty().set(Objective.AM);
        assertTrue(m.frontRunningProperty().get());
        assertEquals(2, worker.tasks.size(), "a plan and a front");
        settle();
        assertFalse(m.frontRunningProperty().get());
        CouplingFront.Front front = m.frontProperty().get();
        assertNotNull(front);
        assertTrue(front.exact());
        m.strategyProperty().set(StrategyName.BOTTOM_UP);
        assertEquals(1, worker.tasks.size(), "the front of the same graph is kept");
        settle();
        assertSame(front, m.frontProperty().get());
        coupled.commands().execute(new AddModuleCommand(Module.of("e")));
        assertEquals(2, worker.tasks.size(), "an edit asks for a new front");
        settle();
        assertNotSame(front, m.frontProperty().get());
        m.cyclesProperty().set(CyclePolicy.CLUSTER);
        assertNull(m.frontProperty().get(), "clustering breaks no cycles");
        settle();
        m.cyclesProperty().set(CyclePolicy.BREAK);
        m.objectiveProperty().set(Objective.OCPLX);
        settle();
        assertNull(m.frontProperty().get());
        assertFalse(m.frontRunningProperty().get());
    }

    @Test
    void choosingAPointOfTheFrontPlansWithIt() {
        GraphDocument coupled = new GraphDocument(CouplingGraphs.overlapping(), null);
        PlanViewModel m = couplings(coupled);
        m.objectiveProperty().set(Objective.AM);
        settle();
        List<CouplingFront.Point> points = m.frontProperty().get().points();
        assertTrue(points.size() >= 3, points.toString());
        long[] first = CouplingGraphs.coupling(
                coupled.graph(), m.planProperty().get().cycleBreaking().brokenDependencies());
        assertEquals(points.get(0).attributes(), first[0], "without a limit the plan has the least A");
        for (CouplingFront.Point p : points) {
            m.choose(p);
            assertEquals(p.methods(), m.maxMethodCouplingProperty().get());
            settle();
            var cb = m.planProperty().get().cycleBreaking();
            assertEquals(
                    List.of(p.attributes(), p.methods()),
                    java.util.Arrays.stream(CouplingGraphs.coupling(coupled.graph(), cb.brokenDependencies()))
                            .boxed()
                            .toList());
            assertEquals(p.count(), cb.brokenDependencies().size());
            assertTrue(cb.optimal());
            assertEquals(
                    p.methods(),
                    ((Number) m.planProperty().get().strategy().options().get("maxMethodCoupling")).longValue());
        }
    }

    @Test
    void cancellingStopsTheFrontToo() {
        GraphDocument coupled = new GraphDocument(CouplingGraphs.overlapping(), null);
        PlanViewModel m = couplings(coupled);
        m.objectiveProperty().set(Objective.AM);
        m.cancel();
        settle();
        assertNull(m.frontProperty().get());
        assertFalse(m.frontRunningProperty().get());
        assertEquals("Cancelled", m.frontProblemProperty().get());
        coupled.commands().execute(new AddModuleCommand(Module.of("e")));
        settle();
        assertNotNull(m.frontProperty().get(), "the next edit computes it");
    }
}
