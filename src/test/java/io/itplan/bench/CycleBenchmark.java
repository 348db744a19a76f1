package io.itplan.bench;

import io.itplan.core.cycles.Cycles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.time.Duration;
import java.util.Locale;

/**
 * Cycle breaking on generated systems with one large strongly connected component: cost, proven lower bound
 * and gap within a wall-clock budget. Run with {@code mvn -q -Pbench-cycles test-compile exec:exec}; arguments
 * (with {@code -Dexec.args=...} replaced by editing the profile, or by running the class directly): modules,
 * share of upward dependencies, budget in seconds.
 */
public final class CycleBenchmark {
    private CycleBenchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        double up = args.length > 1 ? Double.parseDouble(args[1]) : 0.05;
        Duration budget = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 10);
        DependencyGraph g = LargeComponents.softwareLike(n, up, 7);
        GraphIndex idx = g.index();
        int largest = Cycles.components(idx, li -> true).stream()
                .mapToInt(c -> c.length)
                .max()
                .orElse(0);
        System.out.printf(
                Locale.ROOT,
                "java %s, %d cores; %d modules, %d dependencies, largest component %d, budget %s%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                idx.size(),
                idx.linkCount(),
                largest,
                budget);
        // warm up the JIT on a smaller system so the times below are the solver's, not the compiler's
        Planner.standard()
                .plan(
                        LargeComponents.softwareLike(400, up, 1),
                        PlanOptions.of(StrategyName.BOTTOM_UP).withCycleBudget(Duration.ofSeconds(2)));
        System.out.println("| objective | broken | cost | lower bound | gap | optimal | time ms |");
        System.out.println("|---|---:|---:|---:|---:|---|---:|");
        for (Objective o : new Objective[] {Objective.STUBS, Objective.OCPLX}) {
            long t0 = System.nanoTime();
            IntegrationPlan plan = Planner.standard()
                    .plan(
                            g,
                            PlanOptions.of(StrategyName.BOTTOM_UP)
                                    .withObjective(o)
                                    .withCycleBudget(budget));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            var cb = plan.cycleBreaking();
            double cost = o == Objective.STUBS
                    ? cb.brokenDependencies().size()
                    : plan.metrics().ocplx();
            double gap = cost == 0 ? 0 : (cost - cb.lowerBound()) / cost;
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.4f | %.4f | %.2f %% | %s | %d |%n",
                    o.key(),
                    cb.brokenDependencies().size(),
                    cost,
                    cb.lowerBound(),
                    100 * gap,
                    cb.optimal(),
                    ms);
        }
    }
}
