package io.itplan.app;

import io.itplan.core.format.GraphDigest;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import java.util.List;

/** Planning a graph, as both front ends do it: every plan a strategy makes goes through the plan checker. */
public final class PlanGraph {
    private final Planner planner;

    public PlanGraph(Planner planner) {
        this.planner = planner;
    }

    public static PlanGraph standard() {
        return new PlanGraph(Planner.standard());
    }

    public Planner planner() {
        return planner;
    }

    /**
     * A plan, refereed.
     *
     * @throws io.itplan.core.cycles.UnbreakableCycleException when a cycle has only unstubbable dependencies
     * @throws IllegalArgumentException when the graph is empty or an option does not fit it
     * @throws IllegalStateException when the checker disagrees with the planner, which is a defect of itplan
     */
    public IntegrationPlan plan(DependencyGraph graph, PlanOptions options) {
        IntegrationPlan plan = planner.plan(graph, options);
        List<String> problems = PlanChecker.check(graph, plan, GraphDigest.of(graph));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("internal error: the plan checker disagrees with the "
                    + options.strategy().key() + " plan: " + String.join("; ", problems));
        }
        return plan;
    }
}
