package io.itplan.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itplan.core.cycles.Cycles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Module;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The one-pass cost of every sandwich target depth agrees with assembling the plan for each depth. */
class SandwichCostTest {

    @Property(tries = 150)
    void costOfEveryTargetDepthMatchesTheAssembledPlan(
            @ForAll @IntRange(min = 1, max = 25) int n, @ForAll long seed, @ForAll boolean cluster) {
        Random rnd = new Random(seed);
        DependencyGraph.Builder b = DependencyGraph.builder("g");
        for (int i = 0; i < n; i++) {
            b.addModule(Module.of("m" + i));
        }
        int edges = rnd.nextInt(3 * n + 1);
        for (int e = 0; e < edges; e++) {
            int from = rnd.nextInt(n);
            int to = rnd.nextInt(n);
            if (from != to) {
                b.addDependency(new io.itplan.core.graph.Dependency(
                        "m" + from,
                        "m" + to,
                        io.itplan.core.graph.DependencyKind.USES,
                        1 + rnd.nextInt(4),
                        0,
                        0,
                        null,
                        true));
            }
        }
        DependencyGraph graph = b.build();
        GraphIndex g = graph.index();
        UnitDag dag;
        if (cluster) {
            dag = UnitDag.ofComponents(g, Cycles.components(g, li -> true));
        } else {
            var broken = Planner.standard()
                    .plan(graph, PlanOptions.of(StrategyName.SANDWICH))
                    .cycleBreaking()
                    .brokenDependencies();
            java.util.BitSet set = new java.util.BitSet();
            broken.forEach(r -> set.set(g.linkIndex(g.indexOf(r.from()), g.indexOf(r.to()))));
            dag = UnitDag.ofModules(g, set);
        }
        int maxDepth = dag.maxDepth();
        double[] fast = SandwichStrategy.costs(g, dag, maxDepth);
        for (int t = 0; t <= maxDepth; t++) {
            double slow = new PlanAssembler(g, SandwichStrategy.drafts(g, dag, t)).standInCost();
            assertEquals(slow, fast[t], 1e-9, "target depth " + t);
        }
    }
}
