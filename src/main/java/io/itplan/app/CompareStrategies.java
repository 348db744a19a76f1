package io.itplan.app;

import io.itplan.core.cycles.UnbreakableCycleException;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Metrics;
import io.itplan.core.plan.StrategyRef;
import io.itplan.core.strategy.CyclePolicy;
import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.ModuleOrder;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.StrategyName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Comparing strategies side by side: every strategy, and each granularity of top-down and bottom-up, planned and
 * refereed, with the best value of each metric — the one ranking both front ends show.
 */
public final class CompareStrategies {
    /** The metrics compared, in the order they are shown. */
    public static final List<String> METRICS = List.of(Metrics.KEYS);

    private final PlanGraph planning;

    public CompareStrategies(PlanGraph planning) {
        this.planning = planning;
    }

    public static CompareStrategies standard() {
        return new CompareStrategies(PlanGraph.standard());
    }

    /** One strategy with its options, labelled for a comparison. */
    public record Alternative(String label, PlanOptions options) {}

    /**
     * An alternative and what its plan measures, or why it gives none. The plan itself is not kept: a comparison of a
     * large graph would otherwise hold every alternative's stand-ins at once.
     *
     * @param strategy the strategy and options the plan records, or null
     * @param metrics  the plan's metrics, or null when it could not be planned
     */
    public record Compared(Alternative alternative, StrategyRef strategy, Metrics metrics, String problem) {
        /** Whether the alternative could be planned. */
        public boolean planned() {
            return metrics != null;
        }

        public double value(String metric) {
            return metrics.value(metric).doubleValue();
        }
    }

    /**
     * Every alternative's outcome and, for each metric, the best value among those that could be planned.
     *
     * @param best by metric; absent when no alternative could be planned
     */
    public record Comparison(List<Compared> rows, Map<String, Double> best) {
        public Comparison {
            rows = List.copyOf(rows);
            best = java.util.Collections.unmodifiableMap(new TreeMap<>(best));
        }

        /** Whether a row has the best value of a metric. */
        public boolean isBest(Compared row, String metric) {
            Double b = best.get(metric);
            return row.planned() && b != null && row.value(metric) == b;
        }

        /** How many alternatives could not be planned. */
        public long failed() {
            return rows.stream().filter(r -> !r.planned()).count();
        }
    }

    /** More steps isolate faults better and more width runs more at once; every other metric is a cost. */
    public static boolean moreIsBetter(String metric) {
        return metric.equals("steps") || metric.equals("width");
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

    /**
     * Plans every alternative, side by side on the machine's cores; one that cannot be planned (an unbreakable
     * cycle, say) says why.
     *
     * @throws CancellationException when the thread is interrupted; the alternatives not yet started are not
     */
    public Comparison compare(DependencyGraph graph, CyclePolicy cycles, Objective objective) {
        List<Alternative> alternatives = alternatives(cycles, objective);
        int threads = Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "itplan-compare");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Compared>> planned = new ArrayList<>();
            for (Alternative a : alternatives) {
                planned.add(pool.submit(() -> plan(graph, a)));
            }
            List<Compared> rows = new ArrayList<>();
            for (Future<Compared> f : planned) {
                rows.add(f.get());
            }
            return ranked(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("comparison cancelled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * At most this many alternatives are planned at once: the largest plans (by module, in parallel steps) hold
     * their stand-ins in memory while they are refereed.
     */
    private static final int MAX_THREADS = 4;

    private Compared plan(DependencyGraph graph, Alternative a) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("comparison cancelled");
        }
        try {
            IntegrationPlan plan = planning.plan(graph, a.options());
            return new Compared(a, plan.strategy(), plan.metrics(), null);
        } catch (UnbreakableCycleException | IllegalArgumentException e) {
            return new Compared(a, null, null, e.getMessage());
        }
    }

    /** The best value of each metric over the rows that have a plan. */
    public static Comparison ranked(List<Compared> rows) {
        Map<String, Double> best = new TreeMap<>();
        for (String m : METRICS) {
            for (Compared r : rows) {
                if (r.planned()) {
                    double v = r.value(m);
                    best.merge(m, v, moreIsBetter(m) ? Math::max : Math::min);
                }
            }
        }
        return new Comparison(rows, best);
    }
}
