package io.itplan.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.cycles.UnbreakableCycleException;
import io.itplan.core.format.GraphDigest;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.Risk;
import io.itplan.core.plan.DependencyRef;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Small graphs built by hand, with the exact steps, stand-ins and tests each strategy must give. */
class HandBuiltPlansTest {
    private final Planner planner = Planner.standard();

    private IntegrationPlan plan(DependencyGraph g, PlanOptions o) {
        IntegrationPlan p = planner.plan(g, o);
        assertEquals(List.of(), PlanChecker.check(g, p, GraphDigest.of(g)));
        return p;
    }

    private static List<List<String>> integrate(IntegrationPlan p) {
        return p.steps().stream().map(Step::integrate).toList();
    }

    /** role:replaced -> clients, e.g. {@code stub:d=[b, c]}. */
    private static Map<String, List<String>> doubles(IntegrationPlan p) {
        return p.doubles().stream()
                .collect(Collectors.toMap(
                        d -> d.role().key() + ":" + d.of(), StandIn::forModules, (a, b) -> a, java.util.TreeMap::new));
    }

    private static List<DependencyRef> refs(String... pairs) {
        return java.util.Arrays.stream(pairs)
                .map(s -> new DependencyRef(s.substring(0, 1), s.substring(1)))
                .toList();
    }

    private final DependencyGraph diamond = DependencyGraph.builder("diamond")
            .addModules("a", "b", "c", "d")
            .addDependency("a", "b")
            .addDependency("a", "c")
            .addDependency("b", "d")
            .addDependency("c", "d")
            .build();

    @Test
    void topDownOnADiamondStubsTheNextLevel() {
        IntegrationPlan p = plan(diamond, PlanOptions.of(StrategyName.TOP_DOWN));
        assertEquals(List.of(List.of("a"), List.of("b", "c"), List.of("d")), integrate(p));
        assertEquals(Map.of("stub:b", List.of("a"), "stub:c", List.of("a"), "stub:d", List.of("b", "c")), doubles(p));
        assertEquals(List.of("stub-b", "stub-c"), p.steps().get(0).stubs());
        assertEquals(List.of("stub-d"), p.steps().get(1).stubs());
        assertEquals(refs("ab", "ac"), p.steps().get(1).tests());
        assertEquals(refs("bd", "cd"), p.steps().get(2).tests());
        assertEquals(4, p.metrics().specificStubs());
        assertEquals(3, p.metrics().genericStubs());
        assertEquals(0, p.metrics().specificDrivers());
    }

    @Test
    void bottomUpOnADiamondDrivesTheLevelAbove() {
        IntegrationPlan p = plan(diamond, PlanOptions.of(StrategyName.BOTTOM_UP));
        assertEquals(List.of(List.of("d"), List.of("b", "c"), List.of("a")), integrate(p));
        assertEquals(
                Map.of("driver:b", List.of("a"), "driver:c", List.of("a"), "driver:d", List.of("b", "c")), doubles(p));
        assertEquals(List.of("driver-d"), p.steps().get(0).drivers());
        assertEquals(
                List.of("height-0", "height-1", "height-2"),
                p.steps().stream().map(Step::id).toList());
    }

    @Test
    void parallelTopDownOnADiamondRunsTheMiddleSideBySide() {
        IntegrationPlan p = plan(diamond, PlanOptions.of(StrategyName.TOP_DOWN).withGranularity(Granularity.PARALLEL));
        assertEquals(
                List.of("integrate-a", "integrate-b", "integrate-c", "integrate-d"),
                p.steps().stream().map(Step::id).toList());
        assertEquals(List.of("integrate-b", "integrate-c"), p.steps().get(3).after());
        assertEquals(3, p.metrics().depth());
        assertEquals(2, p.metrics().width());
        assertEquals(2, p.maxParallel());
        assertEquals(List.of("stub-c", "stub-d"), p.steps().get(1).stubs(), "b's subsystem is {a, b}");
    }

    private final DependencyGraph tree = DependencyGraph.builder("tree")
            .addModules("a", "b", "c", "d", "e")
            .addDependency("a", "b")
            .addDependency("a", "c")
            .addDependency("b", "d")
            .addDependency("c", "e")
            .build();

    @Test
    void moduleByModuleBreadthFirstGoesLevelByLevel() {
        IntegrationPlan p = plan(tree, PlanOptions.of(StrategyName.TOP_DOWN).withGranularity(Granularity.MODULE));
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d"), List.of("e")), integrate(p));
        assertEquals(List.of("step-01"), p.steps().get(1).after());
    }

    @Test
    void stepIdsDoNotDependOnTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(new java.util.Locale("ar", "EG"));
            IntegrationPlan p = plan(tree, PlanOptions.of(StrategyName.TOP_DOWN).withGranularity(Granularity.MODULE));
            assertEquals("step-01", p.steps().get(0).id());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void moduleByModuleDepthFirstFollowsOnePathDown() {
        IntegrationPlan p = plan(
                tree,
                PlanOptions.of(StrategyName.TOP_DOWN)
                        .withGranularity(Granularity.MODULE)
                        .withOrder(ModuleOrder.DFS));
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("d"), List.of("c"), List.of("e")), integrate(p));
    }

    @Test
    void riskFirstPullsHighRiskModulesForward() {
        DependencyGraph risky = tree.toBuilder().name("risky").build();
        DependencyGraph.Builder b = DependencyGraph.builder("risky");
        risky.modules().forEach(m -> b.addModule(m.id().equals("c") ? m.withRisk(Risk.HIGH) : m));
        risky.dependencies().forEach(b::addDependency);
        DependencyGraph g = b.build();
        IntegrationPlan byModule = plan(
                g,
                PlanOptions.of(StrategyName.TOP_DOWN)
                        .withGranularity(Granularity.MODULE)
                        .withRiskFirst(true));
        assertEquals(
                List.of(List.of("a"), List.of("c"), List.of("b"), List.of("d"), List.of("e")), integrate(byModule));
        IntegrationPlan byLevel = plan(g, PlanOptions.of(StrategyName.TOP_DOWN).withRiskFirst(true));
        assertEquals(List.of(List.of("a"), List.of("c"), List.of("b"), List.of("d", "e")), integrate(byLevel));
        assertEquals(
                List.of("depth-0", "depth-1-high", "depth-1-medium", "depth-2"),
                byLevel.steps().stream().map(Step::id).toList());
    }

    /** a and b call each other (cheaply broken at b -> a); c, d, e form a second cycle; a uses c. */
    private final DependencyGraph twoCycles = DependencyGraph.builder("two cycles")
            .addModules("a", "b", "c", "d", "e")
            .addDependency(Dependency.of("a", "b").withWeight(5))
            .addDependency(Dependency.of("b", "a").withWeight(1))
            .addDependency("a", "c")
            .addDependency(Dependency.of("c", "d").withWeight(4))
            .addDependency(Dependency.of("d", "e").withWeight(2))
            .addDependency(Dependency.of("e", "c").withWeight(3))
            .build();

    @Test
    void breakingTwoCyclesRemovesTheCheapestDependencyOfEach() {
        IntegrationPlan p =
                plan(twoCycles, PlanOptions.of(StrategyName.BOTTOM_UP).withObjective(Objective.COST));
        assertEquals(refs("ba", "de"), p.cycleBreaking().brokenDependencies());
        assertTrue(p.cycleBreaking().optimal());
        assertEquals(3.0, p.cycleBreaking().lowerBound());
        assertEquals(
                Map.of(
                        "stub:a",
                        List.of("b"),
                        "stub:e",
                        List.of("d"),
                        "driver:b",
                        List.of("a"),
                        "driver:c",
                        List.of("a", "e"),
                        "driver:d",
                        List.of("c")),
                doubles(p));
        assertEquals(3.0, p.metrics().stubCost());
        assertEquals(List.of(List.of("b", "d"), List.of("c"), List.of("a", "e")), integrate(p));
    }

    @Test
    void countingStubsTheCheapestIsNotWhatMatters() {
        IntegrationPlan p =
                plan(twoCycles, PlanOptions.of(StrategyName.BOTTOM_UP).withObjective(Objective.STUBS));
        assertEquals(2, p.cycleBreaking().brokenDependencies().size());
        assertEquals(2.0, p.cycleBreaking().lowerBound());
        assertEquals(2, p.metrics().specificStubs());
    }

    @Test
    void clusteringIntegratesEachCycleAsOneStep() {
        IntegrationPlan p =
                plan(twoCycles, PlanOptions.of(StrategyName.BOTTOM_UP).withCycles(CyclePolicy.CLUSTER));
        assertEquals(List.of(List.of("c", "d", "e"), List.of("a", "b")), integrate(p));
        assertEquals(0, p.metrics().specificStubs());
        assertEquals("cluster", p.cycleBreaking().policy());
        assertEquals(refs("ab", "ac", "ba"), p.steps().get(1).tests());
    }

    private final DependencyGraph unbreakable = DependencyGraph.builder("unbreakable")
            .addModules("a", "b", "c")
            .addDependency("a", "b", DependencyKind.INHERITANCE)
            .addDependency("b", "a", DependencyKind.COMPOSITION)
            .addDependency("c", "a")
            .build();

    @Test
    void aCycleOfUnstubbableDependenciesIsNamed() {
        UnbreakableCycleException e = assertThrows(
                UnbreakableCycleException.class,
                () -> planner.plan(unbreakable, PlanOptions.of(StrategyName.BOTTOM_UP)));
        assertEquals(List.of("a", "b"), e.cycle());
        assertTrue(e.getMessage().contains("a -> b -> a"), e.getMessage());
    }

    @Test
    void anUnbreakableCycleCanStillBeClustered() {
        IntegrationPlan p =
                plan(unbreakable, PlanOptions.of(StrategyName.TOP_DOWN).withCycles(CyclePolicy.CLUSTER));
        assertEquals(List.of(List.of("c"), List.of("a", "b")), integrate(p));
    }

    @Test
    void aStubbableDependencyInTheCycleIsTheOneBroken() {
        DependencyGraph g = DependencyGraph.builder("g")
                .addModules("a", "b", "c")
                .addDependency("a", "b", DependencyKind.INHERITANCE)
                .addDependency("b", "c", DependencyKind.COMPOSITION)
                .addDependency(Dependency.of("c", "a").withWeight(100))
                .build();
        IntegrationPlan p = plan(g, PlanOptions.of(StrategyName.BOTTOM_UP).withObjective(Objective.COST));
        assertEquals(refs("ca"), p.cycleBreaking().brokenDependencies());
    }

    @Test
    void sandwichDefaultTargetIsTheCheapestNearestTheMiddle() {
        DependencyGraph chain = DependencyGraph.builder("chain")
                .addModules("a", "b", "c", "d", "e")
                .addDependency("a", "b")
                .addDependency("b", "c")
                .addDependency("c", "d")
                .addDependency("d", "e")
                .build();
        IntegrationPlan p = plan(chain, PlanOptions.of(StrategyName.SANDWICH));
        assertEquals(2L, ((Number) p.strategy().options().get("targetDepth")).longValue());
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("e"), List.of("d"), List.of("c")), integrate(p));
        IntegrationPlan chosen =
                plan(chain, PlanOptions.of(StrategyName.SANDWICH).withTargetDepth(4));
        assertEquals(
                List.of("top-depth-0", "top-depth-1", "top-depth-2", "top-depth-3", "target-depth-4"),
                chosen.steps().stream().map(Step::id).toList());
        assertThrows(
                IllegalArgumentException.class,
                () -> planner.plan(chain, PlanOptions.of(StrategyName.SANDWICH).withTargetDepth(5)));
    }

    @Test
    void hostileModuleIdsBecomeValidStepAndDoubleIds() {
        DependencyGraph g = DependencyGraph.builder("hostile")
                .addModule(Module.of("$(touch pwned)"))
                .addModule(Module.of("a'; rm -rf x #"))
                .addModule(Module.of("ÜBER\nmodule"))
                .addDependency("$(touch pwned)", "a'; rm -rf x #")
                .addDependency("a'; rm -rf x #", "ÜBER\nmodule")
                .command("test", List.of("run-tests", "{modules}"))
                .build();
        IntegrationPlan p = plan(g, PlanOptions.of(StrategyName.TOP_DOWN).withGranularity(Granularity.PARALLEL));
        assertEquals(
                List.of("integrate-touch-pwned", "integrate-a-rm-rf-x", "integrate-uber-module"),
                p.steps().stream().map(Step::id).toList());
        assertEquals(
                List.of(List.of("run-tests", "$(touch pwned)")),
                p.steps().get(0).run());
    }

    /** c uses a and b, two subclasses of the parent p; a also uses q. A stub of p would be p itself. */
    private final DependencyGraph hierarchy = DependencyGraph.builder("hierarchy")
            .addModules("a", "b", "c", "p", "q")
            .addDependency("c", "a")
            .addDependency("c", "b")
            .addDependency("a", "p", DependencyKind.INHERITANCE)
            .addDependency("b", "p", DependencyKind.INHERITANCE)
            .addDependency("a", "q")
            .build();

    @Test
    void topDownPullsAParentClassUpIntoTheStepOfItsFirstSubclass() {
        IntegrationPlan p = plan(hierarchy, PlanOptions.of(StrategyName.TOP_DOWN));
        assertEquals(List.of(List.of("c"), List.of("a", "b", "p"), List.of("q")), integrate(p));
        // p is no longer stubbed; q, an ordinary supplier, still is
        assertEquals(Map.of("stub:a", List.of("c"), "stub:b", List.of("c"), "stub:q", List.of("a")), doubles(p));
        assertEquals(0, p.metrics().specificDrivers());
    }

    @Test
    void parallelTopDownPutsTheParentInTheFirstSubclassStepAndMakesTheOtherWaitForIt() {
        IntegrationPlan p =
                plan(hierarchy, PlanOptions.of(StrategyName.TOP_DOWN).withGranularity(Granularity.PARALLEL));
        assertEquals(List.of(List.of("c"), List.of("a", "p"), List.of("b"), List.of("q")), integrate(p));
        assertEquals("Integrate a, p", p.steps().get(1).name());
        assertEquals(List.of("integrate-a"), p.steps().get(2).after(), "b's step comes after the step holding p");
        // b waits for a's step, so p's driver stands in place of b there
        assertEquals(List.of("b"), doubles(p).get("driver:p"));
    }

    @Test
    void moduleChainsKeepNumberingAfterAParentIsPulledUp() {
        IntegrationPlan p =
                plan(hierarchy, PlanOptions.of(StrategyName.TOP_DOWN).withGranularity(Granularity.MODULE));
        assertEquals(List.of(List.of("c"), List.of("a", "p"), List.of("b"), List.of("q")), integrate(p));
        assertEquals(
                List.of("step-01", "step-02", "step-03", "step-04"),
                p.steps().stream().map(Step::id).toList());
    }

    @Test
    void sandwichPullsAnOwnedPartUpIntoItsOwnersTopStep() {
        // top track {c}, target depth 1 {a, b}, bottom {p, q}: c owns x, which would sit in the bottom track
        DependencyGraph g = hierarchy.toBuilder()
                .addModule(Module.of("x"))
                .addDependency("c", "x", DependencyKind.COMPOSITION)
                .addDependency("x", "q")
                .build();
        IntegrationPlan p = plan(g, PlanOptions.of(StrategyName.SANDWICH).withTargetDepth(1));
        assertEquals(List.of("c", "x"), p.step("top-depth-0").orElseThrow().integrate());
        assertEquals(List.of("a", "b"), p.step("target-depth-1").orElseThrow().integrate());
        // p, the parent of a and b, is integrated by the bottom track, before the target: nothing to pull there
        assertEquals(List.of("p", "q"), p.step("bottom-height-0").orElseThrow().integrate());
    }

    @Test
    void theCheckerRefusesAPlanThatStubsAParentClassAndNamesTheDependency() {
        // the plan a top-down order gives without pulling p up: everything else agrees with the rule
        IntegrationPlan naive = new io.itplan.core.plan.PlanProducer(
                        hierarchy.index(),
                        List.of(
                                new io.itplan.core.plan.StepDraft("depth-0", "Depth 0", new int[] {2}, new int[0]),
                                new io.itplan.core.plan.StepDraft(
                                        "depth-1", "Depth 1", new int[] {0, 1}, new int[] {0}),
                                new io.itplan.core.plan.StepDraft(
                                        "depth-2", "Depth 2", new int[] {3, 4}, new int[] {1})))
                .assemble(
                        hierarchy,
                        new io.itplan.core.plan.GraphRef("hierarchy", GraphDigest.of(hierarchy)),
                        new io.itplan.core.plan.StrategyRef("top-down", Map.of()),
                        new io.itplan.core.plan.CycleBreaking("break", "stubs", List.of(), true, 0));
        assertEquals(
                List.of(
                        "dependency a -> p is not stubbable (inheritance), yet step 'depth-1' stubs p for a: integrate p"
                                + " in that step or before it",
                        "dependency b -> p is not stubbable (inheritance), yet step 'depth-1' stubs p for b: integrate p"
                                + " in that step or before it"),
                PlanChecker.check(hierarchy, naive, GraphDigest.of(hierarchy)));
    }

    @Test
    void theLibraryExampleTopDownStubsNoParentClassAtAnyGranularity() throws Exception {
        DependencyGraph library =
                io.itplan.core.format.GraphFiles.read(java.nio.file.Path.of("resources/examples/library.graph.json"));
        for (Granularity g : Granularity.values()) {
            IntegrationPlan p =
                    plan(library, PlanOptions.of(StrategyName.TOP_DOWN).withGranularity(g));
            var index = library.index();
            for (StandIn d : p.doubles()) {
                if (d.role() == io.itplan.core.plan.Role.STUB) {
                    for (String client : d.forModules()) {
                        int li = index.linkIndex(index.indexOf(client), index.indexOf(d.of()));
                        assertTrue(index.link(li).stubbable(), g + ": " + d.phrase());
                    }
                }
            }
        }
    }
}
