package io.itplan.core.strategy;

import io.itplan.core.cycles.CycleBreaker;
import io.itplan.core.cycles.Cycles;
import io.itplan.core.format.GraphDigest;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Link;
import io.itplan.core.plan.CycleBreaking;
import io.itplan.core.plan.DependencyRef;
import io.itplan.core.plan.GraphRef;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.StrategyRef;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes an integration plan: handles cycles by the chosen policy, lets the strategy choose the steps, and
 * assembles stand-ins, tests and metrics. The same graph and options give the same plan, whatever order
 * the graph was drawn in.
 */
public final class Planner {
    private final CycleBreaker cycleBreaker;
    /** The last cycle breaking, reused while the same graph is planned with the same objective. */
    private Remembered remembered;

    private record Remembered(GraphIndex g, Objective objective, java.time.Duration budget,
                              CycleBreaker.Result result) {
    }

    public Planner(CycleBreaker cycleBreaker) {
        this.cycleBreaker = cycleBreaker;
    }

    /** A planner with the standard solvers. */
    public static Planner standard() {
        return new Planner(StandardSolvers.cycleBreaker());
    }

    /**
     * @throws io.itplan.core.cycles.UnbreakableCycleException when the policy is {@code break} and a cycle
     *         has only unstubbable dependencies
     * @throws IllegalArgumentException when the graph has no modules, or an option does not fit it (a target
     *         depth too deep)
     */
    public IntegrationPlan plan(DependencyGraph graph, PlanOptions options) {
        GraphIndex g = graph.index();
        if (g.size() == 0) {
            throw new IllegalArgumentException("the graph has no modules: there is nothing to plan");
        }
        UnitDag dag;
        CycleBreaking cycleBreaking;
        if (options.strategy() == StrategyName.BIG_BANG) {
            dag = null;
            cycleBreaking = new CycleBreaking(options.cycles().key(), options.objective().key(), List.of(), true, 0);
        } else if (options.cycles() == CyclePolicy.CLUSTER) {
            dag = UnitDag.ofComponents(g, Cycles.components(g, li -> true));
            cycleBreaking = new CycleBreaking("cluster", options.objective().key(), List.of(), true, 0);
        } else {
            CycleBreaker.Result result = breakCycles(g, options);
            BitSet broken = result.broken();
            List<DependencyRef> refs = new ArrayList<>();
            for (int li = broken.nextSetBit(0); li >= 0; li = broken.nextSetBit(li + 1)) {
                refs.add(new DependencyRef(g.id(g.link(li).from()), g.id(g.link(li).to())));
            }
            dag = UnitDag.ofModules(g, broken);
            cycleBreaking = new CycleBreaking("break", options.objective().key(), refs, result.optimal(),
                    io.itplan.core.plan.Metrics.round(result.lowerBound()));
        }
        IntegrationStrategy strategy = IntegrationStrategy.of(options.strategy());
        IntegrationStrategy.Steps steps = strategy.steps(g, dag, options);
        Map<String, Object> recorded = new TreeMap<>(steps.options());
        if (options.strategy() != StrategyName.BIG_BANG) {
            recorded.put("cycles", options.cycles().key());
            recorded.put("objective", options.objective().key());
        }
        GraphRef ref = new GraphRef(graph.name(), GraphDigest.of(graph));
        return new PlanAssembler(g, steps.drafts()).assemble(graph, ref,
                new StrategyRef(options.strategy().key(), recorded), cycleBreaking);
    }

    private synchronized CycleBreaker.Result breakCycles(GraphIndex g, PlanOptions options) {
        Remembered r = remembered;
        if (r != null && r.g() == g && r.objective() == options.objective() && java.util.Objects.equals(r.budget(), options.cycleBudget())) {
            return r.result();
        }
        double[] tie = null;
        if (options.objective() == Objective.STUBS) {
            tie = linkCosts(g, Objective.OCPLX);
        }
        CycleBreaker.Result result = cycleBreaker.breakCycles(g, linkCosts(g, options.objective()), tie,
                options.cycleBudget());
        if (!Thread.currentThread().isInterrupted()) {
            remembered = new Remembered(g, options.objective(), options.cycleBudget(), result);
        }
        return result;
    }

    /** The cost of breaking each link under an objective. */
    public static double[] linkCosts(GraphIndex g, Objective objective) {
        double[] cost = new double[g.linkCount()];
        for (int li = 0; li < cost.length; li++) {
            Link l = g.link(li);
            cost[li] = switch (objective) {
                case STUBS -> 1;
                case COST -> l.weight();
                case OCPLX -> g.complexity(li);
            };
        }
        return cost;
    }
}
