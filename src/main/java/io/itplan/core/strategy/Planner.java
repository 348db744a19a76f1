package io.itplan.core.strategy;

import io.itplan.core.cycles.CouplingFront;
import io.itplan.core.cycles.CycleBreaker;
import io.itplan.core.cycles.Cycles;
import io.itplan.core.cycles.Deadline;
import io.itplan.core.format.GraphDigest;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.plan.BrokenCost;
import io.itplan.core.plan.CycleBreaking;
import io.itplan.core.plan.DependencyRef;
import io.itplan.core.plan.GraphRef;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanProducer;
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
    /** The work an (A, M) front may do when no time budget is given, in deadline checks. */
    static final long FRONT_WORK = 5 * CycleBreaker.DEFAULT_WORK;

    private final CycleBreaker cycleBreaker;
    /** The last cycle breaking, reused while the same graph is planned with the same cycle options. */
    private Remembered remembered;
    /** The last (A, M) front, reused while the same graph is planned with the same budget. */
    private RememberedFront rememberedFront;

    private record Remembered(
            GraphIndex g,
            Objective objective,
            java.time.Duration budget,
            CycleAlgorithm algorithm,
            Long maxMethods,
            CycleBreaker.Result result) {}

    private record RememberedFront(GraphIndex g, java.time.Duration budget, CouplingFront.Front front) {}

    public Planner(CycleBreaker cycleBreaker) {
        this.cycleBreaker = cycleBreaker;
    }

    /** The cycle breaking of {@link #standard()}, for other uses of the same cuts (a drawing's rows). */
    public static CycleBreaker standardCycleBreaker() {
        return StandardSolvers.cycleBreaker();
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
            cycleBreaking = new CycleBreaking(
                    options.cycles().key(), options.objective().key(), List.of(), true, 0);
        } else if (options.cycles() == CyclePolicy.CLUSTER) {
            dag = UnitDag.ofComponents(g, Cycles.components(g, li -> true));
            cycleBreaking = new CycleBreaking("cluster", options.objective().key(), List.of(), true, 0);
        } else {
            CycleBreaker.Result result = breakCycles(g, options);
            BitSet broken = result.broken();
            List<DependencyRef> refs = new ArrayList<>();
            for (int li = broken.nextSetBit(0); li >= 0; li = broken.nextSetBit(li + 1)) {
                refs.add(new DependencyRef(
                        g.id(g.link(li).from()), g.id(g.link(li).to())));
            }
            dag = UnitDag.ofModules(g, broken);
            cycleBreaking = new CycleBreaking(
                    "break",
                    options.objective().key(),
                    refs,
                    result.optimal(),
                    io.itplan.core.plan.Metrics.round(result.lowerBound()),
                    options.algorithm().key());
        }
        IntegrationStrategy strategy = IntegrationStrategy.of(options.strategy());
        IntegrationStrategy.Steps steps = strategy.steps(g, dag, options);
        Map<String, Object> recorded = new TreeMap<>(steps.options());
        if (options.strategy() != StrategyName.BIG_BANG) {
            recorded.put("cycles", options.cycles().key());
            recorded.put("objective", options.objective().key());
            if (options.cycles() == CyclePolicy.BREAK && options.algorithm() != CycleAlgorithm.EXACT) {
                recorded.put("algorithm", options.algorithm().key());
            }
            if (options.objective() == Objective.AM && options.maxMethodCoupling() != null) {
                recorded.put("maxMethodCoupling", options.maxMethodCoupling());
            }
        }
        GraphRef ref = new GraphRef(graph.name(), GraphDigest.of(graph));
        return new PlanProducer(g, steps.drafts())
                .assemble(graph, ref, new StrategyRef(options.strategy().key(), recorded), cycleBreaking);
    }

    private synchronized CycleBreaker.Result breakCycles(GraphIndex g, PlanOptions options) {
        Remembered r = remembered;
        if (r != null
                && r.g() == g
                && r.objective() == options.objective()
                && java.util.Objects.equals(r.budget(), options.cycleBudget())
                && r.algorithm() == options.algorithm()
                && java.util.Objects.equals(r.maxMethods(), options.maxMethodCoupling())) {
            return r.result();
        }
        if (options.objective() == Objective.AM
                && options.algorithm() != CycleAlgorithm.EXACT
                && options.maxMethodCoupling() != null) {
            throw new IllegalArgumentException("the " + options.algorithm().key() + " heuristic breaks cycles by its "
                    + "own rule and cannot keep method coupling within a limit; use the exact algorithm for that");
        }
        CycleBreaker.Result result;
        if (options.objective() == Objective.AM && options.algorithm() == CycleAlgorithm.EXACT) {
            result = fromFront(g, options);
        } else {
            CycleBreaker breaker = options.algorithm() == CycleAlgorithm.EXACT
                    ? cycleBreaker
                    : StandardSolvers.cycleBreaker(options.algorithm());
            Objective costs = options.objective() == Objective.AM ? Objective.STUBS : options.objective();
            double[] tie = costs == Objective.STUBS ? linkCosts(g, Objective.OCPLX) : null;
            result = breaker.breakCycles(g, linkCosts(g, costs), tie, options.cycleBudget());
            if (options.objective() == Objective.AM) {
                result = new CycleBreaker.Result(result.broken(), attributes(g, result.broken()), false, 0);
            }
        }
        if (!Thread.currentThread().isInterrupted()) {
            remembered = new Remembered(
                    g,
                    options.objective(),
                    options.cycleBudget(),
                    options.algorithm(),
                    options.maxMethodCoupling(),
                    result);
        }
        return result;
    }

    private CycleBreaker.Result fromFront(GraphIndex g, PlanOptions options) {
        CouplingFront.Front front = front(g, options.cycleBudget());
        CouplingFront.Point p = front.within(options.maxMethodCoupling());
        if (p == null) {
            throw new IllegalArgumentException("no way of breaking the cycles keeps method coupling M within "
                    + options.maxMethodCoupling() + "; the least M is "
                    + front.points().get(front.points().size() - 1).methods());
        }
        boolean optimal = front.exact();
        return new CycleBreaker.Result(
                p.broken(),
                p.attributes(),
                optimal,
                optimal ? p.attributes() : Math.min(p.attributes(), front.attributeLowerBound()));
    }

    private static long attributes(GraphIndex g, java.util.BitSet broken) {
        long sum = 0;
        for (int li = broken.nextSetBit(0); li >= 0; li = broken.nextSetBit(li + 1)) {
            sum += g.link(li).attributes();
        }
        return sum;
    }

    /**
     * The (A, M) Pareto front of breaking the graph's cycles, exact where the components are small enough.
     *
     * @param budget wall-clock time, or {@code null} for the default amount of work
     * @throws io.itplan.core.cycles.UnbreakableCycleException when a cycle has only unstubbable dependencies
     */
    public CouplingFront.Front front(DependencyGraph graph, java.time.Duration budget) {
        return front(graph.index(), budget);
    }

    private synchronized CouplingFront.Front front(GraphIndex g, java.time.Duration budget) {
        RememberedFront r = rememberedFront;
        if (r != null && r.g() == g && java.util.Objects.equals(r.budget(), budget)) {
            return r.front();
        }
        // a front is many exact solves: without a time budget it gets several times the work of one
        Deadline deadline = budget == null ? Deadline.afterWork(FRONT_WORK) : Deadline.after(budget);
        CouplingFront.Front front =
                CouplingFront.compute(g, deadline, cycleBreaker.exactLimit(), cycleBreaker.largeComponentSolver());
        if (!Thread.currentThread().isInterrupted()) {
            rememberedFront = new RememberedFront(g, budget, front);
        }
        return front;
    }

    /** The cost of breaking each link under an objective. */
    public static double[] linkCosts(GraphIndex g, Objective objective) {
        double[] cost = new double[g.linkCount()];
        for (int li = 0; li < cost.length; li++) {
            cost[li] = BrokenCost.linkCost(g, li, objective.key());
        }
        return cost;
    }
}
