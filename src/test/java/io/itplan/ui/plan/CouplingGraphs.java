package io.itplan.ui.plan;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.BrokenCost;
import io.itplan.core.plan.DependencyRef;
import java.util.List;

/** Small graphs whose cycles can be broken in ways that trade attribute coupling A against method coupling M. */
public final class CouplingGraphs {
    private CouplingGraphs() {}

    /**
     * Four classes with three overlapping cycles (a ⇄ b, a → b → c → a, c ⇄ d) whose dependencies couple by
     * different numbers of attributes and methods, so that the (A, M) front has several points.
     */
    public static DependencyGraph overlapping() {
        return DependencyGraph.builder("couplings")
                .addModules("a", "b", "c", "d")
                .addDependency(Dependency.of("a", "b").withCoupling(6, 1))
                .addDependency(Dependency.of("b", "a").withCoupling(1, 6))
                .addDependency(Dependency.of("b", "c").withCoupling(2, 4))
                .addDependency(Dependency.of("c", "a").withCoupling(3, 3))
                .addDependency(Dependency.of("c", "d").withCoupling(4, 1))
                .addDependency(Dependency.of("d", "c").withCoupling(1, 5))
                .build();
    }

    /** The summed (A, M) of the broken dependencies. */
    public static long[] coupling(DependencyGraph graph, List<DependencyRef> broken) {
        BrokenCost c = BrokenCost.of(graph.index(), broken);
        return new long[] {c.attributes(), c.methods()};
    }
}
