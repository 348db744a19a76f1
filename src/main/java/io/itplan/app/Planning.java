package io.itplan.app;

import io.itplan.core.format.GraphDigest;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.strategy.CyclePolicy;
import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.ModuleOrder;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.util.ArrayList;
import java.util.List;

/** Making plans the way both front ends do: every plan a strategy makes goes through the plan checker. */
public final class Planning {
    private final Planner planner;

    public Planning(Planner planner) {
        this.planner = planner;
    }

    public static Planning standard() {
        return new Planning(Planner.standard());
    }

    /**
     * A plan, refereed.
     *
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

    /** The alternatives a comparison shows: every strategy, and each granularity of top-down and bottom-up. */
    public static List<Alternative> alternatives(CyclePolicy cycles, Objective objective) {
        List<Alternative> out = new ArrayList<>();
        PlanOptions base =
                PlanOptions.of(StrategyName.BIG_BANG).withCycles(cycles).withObjective(objective);
        out.add(new Alternative("big-bang", base));
        for (StrategyName s : List.of(StrategyName.TOP_DOWN, StrategyName.BOTTOM_UP)) {
            PlanOptions o = new PlanOptions(s, null, null, null, cycles, objective, false, null);
            out.add(new Alternative(s.key() + " level", o.withGranularity(Granularity.LEVEL)));
            out.add(new Alternative(s.key() + " module bfs", o.withGranularity(Granularity.MODULE)));
            out.add(new Alternative(
                    s.key() + " module dfs",
                    o.withGranularity(Granularity.MODULE).withOrder(ModuleOrder.DFS)));
            out.add(new Alternative(s.key() + " parallel", o.withGranularity(Granularity.PARALLEL)));
        }
        out.add(new Alternative(
                "sandwich", new PlanOptions(StrategyName.SANDWICH, null, null, null, cycles, objective, false, null)));
        return out;
    }

    /** Plans every alternative; one that cannot be planned (an unbreakable cycle, say) says why. */
    public List<Compared> compare(DependencyGraph graph, CyclePolicy cycles, Objective objective) {
        List<Compared> out = new ArrayList<>();
        for (Alternative a : alternatives(cycles, objective)) {
            try {
                out.add(new Compared(a, plan(graph, a.options()), null));
            } catch (io.itplan.core.cycles.UnbreakableCycleException | IllegalArgumentException e) {
                out.add(new Compared(a, null, e.getMessage()));
            }
        }
        return out;
    }

    /** One strategy with its options, labelled for a comparison table. */
    public record Alternative(String label, PlanOptions options) {}

    /** An alternative and the plan it gives, or why it gives none. */
    public record Compared(Alternative alternative, IntegrationPlan plan, String problem) {}
}
