package io.itplan.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.RandomGraphs;
import io.itplan.core.RandomGraphs.GraphSpec;
import io.itplan.core.RandomGraphs.Shape;
import io.itplan.core.cycles.Cycles;
import io.itplan.core.format.GraphDigest;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.plan.CycleBreaking;
import io.itplan.core.plan.GraphRef;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.plan.PlanProducer;
import io.itplan.core.plan.Step;
import io.itplan.core.plan.StrategyRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * DESIGN §3: an unstubbable dependency is never stubbed, by any strategy at any granularity — its supplier is
 * integrated in its client's step or before it — and the plan checker refuses a plan that stubs one, naming it.
 * The graphs mix inheritance and composition with cycles; statistics make sure most of them have something to
 * pull up.
 */
class UnstubbableDependenciesTest {
    private static final Planner PLANNER = Planner.standard();

    @Provide
    Arbitrary<GraphSpec> graphs() {
        // only graphs whose cycles can be broken: the unbreakable ones are refused, which other properties check
        return RandomGraphs.graphs(2, 30, Shape.ACYCLIC, Shape.BREAKABLE, Shape.BREAKABLE)
                .filter(GraphSpec::hasUnstubbable);
    }

    @Provide
    Arbitrary<PlanOptions> options() {
        return Arbitraries.of(StrategyName.TOP_DOWN, StrategyName.SANDWICH, StrategyName.BOTTOM_UP)
                .flatMap(s -> Arbitraries.of(Granularity.class)
                        .flatMap(g -> Arbitraries.of(CyclePolicy.class)
                                .flatMap(c -> Arbitraries.of(false, true)
                                        .flatMap(risk -> Arbitraries.of(ModuleOrder.class)
                                                .map(o -> PlanOptions.of(s)
                                                        .withGranularity(g)
                                                        .withCycles(c)
                                                        .withRiskFirst(risk)
                                                        .withOrder(o))))));
    }

    /** Each step's subsystem by id, from the plan's own lists: its modules and those of every step before it. */
    private static Map<String, Set<String>> subsystems(IntegrationPlan plan) {
        Map<String, Set<String>> sub = new HashMap<>();
        for (Step s : plan.steps()) {
            Set<String> mine = new HashSet<>(s.integrate());
            s.after().forEach(a -> mine.addAll(sub.get(a)));
            sub.put(s.id(), mine);
        }
        return sub;
    }

    /** The unstubbable dependencies whose supplier is outside the subsystem of the client's step. */
    private static Set<String> stubbedUnstubbable(DependencyGraph graph, IntegrationPlan plan) {
        Map<String, Set<String>> sub = subsystems(plan);
        Map<String, String> stepOf = new HashMap<>();
        plan.steps().forEach(s -> s.integrate().forEach(m -> stepOf.put(m, s.id())));
        Set<String> out = new TreeSet<>();
        for (Dependency d : graph.dependencies()) {
            if (!d.stubbable() && !sub.get(stepOf.get(d.from())).contains(d.to())) {
                out.add(d.from() + " -> " + d.to());
            }
        }
        return out;
    }

    @Property(tries = 300)
    void noStrategyStubsAnUnstubbableDependencyAndTheCheckerAgrees(
            @ForAll("graphs") GraphSpec spec, @ForAll("options") PlanOptions options) {
        DependencyGraph graph = spec.build();
        IntegrationPlan plan = PLANNER.plan(graph, options);
        assertEquals(Set.of(), stubbedUnstubbable(graph, plan), () -> options + " " + spec);
        assertEquals(List.of(), PlanChecker.check(graph, plan, GraphDigest.of(graph)), () -> options + " " + spec);
        Statistics.label("strategy").collect(options.strategy(), options.granularity());
        Statistics.label("cyclic")
                .collect(!RandomGraphs.isAcyclic(graph, Set.of()))
                .coverage(c -> c.check(true).percentage(p -> p >= 20));
    }

    @Property(tries = 200)
    void topDownPullsASupplierUpOnlyIntoAStepWithAnUnstubbableClientOfIt(
            @ForAll("graphs") GraphSpec spec, @ForAll CyclePolicy cycles, @ForAll boolean riskFirst) {
        DependencyGraph graph = spec.build();
        IntegrationPlan plan = PLANNER.plan(
                graph, PlanOptions.of(StrategyName.TOP_DOWN).withCycles(cycles).withRiskFirst(riskFirst));
        RandomGraphs.Units u = RandomGraphs.units(
                graph,
                cycles == CyclePolicy.CLUSTER,
                new HashSet<>(plan.cycleBreaking().brokenDependencies().stream()
                        .map(r -> List.of(r.from(), r.to()))
                        .toList()));
        int pulled = 0;
        for (Step s : plan.steps()) {
            int level = Integer.parseInt(s.id().split("-")[1]);
            for (String m : s.integrate()) {
                int depth = u.depthOf(m);
                assertTrue(level <= depth, m + " at depth " + depth + " was pushed down to step " + s.id());
                if (level < depth) {
                    pulled++;
                    // its unit (itself, or its cycle under the cluster policy) has an unstubbable client here
                    Set<String> unit = u.members().get(u.unitOf().get(m));
                    boolean clientHere = graph.dependencies().stream()
                            .anyMatch(d -> !d.stubbable()
                                    && unit.contains(d.to())
                                    && !unit.contains(d.from())
                                    && s.integrate().contains(d.from()));
                    assertTrue(clientHere, m + " pulled up into " + s.id() + " with no unstubbable client");
                }
            }
        }
        Statistics.label("pulled up")
                .collect(pulled > 0)
                .coverage(c -> c.check(true).percentage(p -> p >= 30));
    }

    @Property(tries = 200)
    void theCheckerNamesExactlyTheUnstubbableDependenciesATopDownOrderWithoutPullsStubs(
            @ForAll("graphs") GraphSpec spec, @ForAll Granularity granularity) {
        DependencyGraph graph = spec.build();
        GraphIndex g = graph.index();
        UnitDag dag = UnitDag.ofComponents(g, Cycles.components(g, li -> true));
        PlanOptions options = PlanOptions.of(StrategyName.TOP_DOWN)
                .withGranularity(granularity)
                .withCycles(CyclePolicy.CLUSTER);
        List<io.itplan.core.plan.StepDraft> unpulled =
                new Layering(dag, options, "depth", new ModuleNames(g, "Depth")).steps();
        IntegrationPlan plan = new PlanProducer(g, unpulled)
                .assemble(
                        graph,
                        new GraphRef(graph.name(), GraphDigest.of(graph)),
                        new StrategyRef("top-down", Map.of()),
                        new CycleBreaking("cluster", "stubs", List.of(), true, 0));
        Set<String> expected = stubbedUnstubbable(graph, plan);
        Set<String> named = new TreeSet<>();
        for (String problem : PlanChecker.check(graph, plan, GraphDigest.of(graph))) {
            assertTrue(problem.startsWith("dependency ") && problem.contains(" is not stubbable ("), problem);
            named.add(problem.substring("dependency ".length(), problem.indexOf(" is not stubbable")));
        }
        assertEquals(expected, named);
        Statistics.label("refused")
                .collect(!expected.isEmpty())
                .coverage(c -> c.check(true).percentage(p -> p >= 30));
    }
}
