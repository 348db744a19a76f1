package io.itplan.bench;

import io.itplan.core.format.GraphDigest;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.Risk;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Planning time and peak heap of every strategy on generated graphs of 1,000 and 10,000 modules with five
 * dependencies per module and some cycles. Run with {@code mvn -q -Pbench test-compile exec:exec} (the
 * profile starts a JVM with a 512 MB heap). Each figure is the median of several runs after warm-up; peak
 * heap is the largest heap-pool peak seen during those runs.
 */
public final class PlanningBenchmark {
    private PlanningBenchmark() {}

    /**
     * Modules depend on five suppliers chosen among the next few hundred modules (a layered system), and
     * about one dependency in a hundred points back a short way, closing small cycles.
     */
    static DependencyGraph generate(int n, long seed) {
        Random rnd = new Random(seed);
        DependencyGraph.Builder b = DependencyGraph.builder("generated-" + n);
        String[] ids = new String[n];
        Risk[] risks = Risk.values();
        for (int i = 0; i < n; i++) {
            ids[i] = String.format("m%05d", i);
            b.addModule(Module.of(ids[i]).withRisk(risks[rnd.nextInt(3)]));
        }
        for (int i = 0; i < n; i++) {
            int added = 0;
            while (added < 5) {
                int j;
                if (rnd.nextInt(100) == 0 && i > 0) {
                    j = Math.max(0, i - 1 - rnd.nextInt(20));
                } else if (i < n - 1) {
                    j = i + 1 + rnd.nextInt(Math.min(n - i - 1, 400));
                } else {
                    break;
                }
                if (j == i) {
                    continue;
                }
                DependencyKind kind = rnd.nextInt(10) == 0 ? DependencyKind.INHERITANCE : DependencyKind.USES;
                if (j < i) {
                    kind = DependencyKind.USES;
                }
                b.addDependency(new Dependency(
                        ids[i],
                        ids[j],
                        kind,
                        1 + rnd.nextInt(3),
                        rnd.nextInt(5),
                        rnd.nextInt(8),
                        null,
                        kind.stubbableByDefault()));
                added++;
            }
        }
        return b.build();
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<PlanOptions> options = new ArrayList<>();
        for (StrategyName s : StrategyName.values()) {
            options.add(PlanOptions.of(s));
        }
        for (Granularity gr : List.of(Granularity.PARALLEL, Granularity.MODULE)) {
            for (StrategyName s : List.of(StrategyName.TOP_DOWN, StrategyName.BOTTOM_UP)) {
                options.add(PlanOptions.of(s).withGranularity(gr));
            }
        }
        System.out.printf(
                Locale.ROOT,
                "java %s, %d cores, max heap %d MB, %d runs each%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                runs);
        System.out.println(
                "| modules | deps | strategy | granularity | steps | broken | plan ms (median) | check ms | peak heap MB |");
        System.out.println("|---:|---:|---|---|---:|---:|---:|---:|---:|");
        for (int n : new int[] {1_000, 10_000}) {
            DependencyGraph g = generate(n, 42);
            for (PlanOptions o : options) {
                long[] times = new long[runs];
                IntegrationPlan plan = null;
                Planner.standard().plan(g, o);
                resetPeaks();
                for (int r = 0; r < runs; r++) {
                    Planner fresh = Planner.standard();
                    long t0 = System.nanoTime();
                    plan = fresh.plan(g, o);
                    times[r] = System.nanoTime() - t0;
                }
                long peak = peakHeapBytes();
                long c0 = System.nanoTime();
                List<String> problems = PlanChecker.check(g, plan, GraphDigest.of(g));
                long check = System.nanoTime() - c0;
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("checker disagrees: " + problems.get(0));
                }
                Arrays.sort(times);
                System.out.printf(
                        Locale.ROOT,
                        "| %d | %d | %s | %s | %d | %d | %.0f | %.0f | %d |%n",
                        n,
                        g.dependencies().size(),
                        o.strategy().key(),
                        o.strategy() == StrategyName.BIG_BANG || o.strategy() == StrategyName.SANDWICH
                                ? "-"
                                : o.granularity().key(),
                        plan.steps().size(),
                        plan.cycleBreaking().brokenDependencies().size(),
                        times[runs / 2] / 1e6,
                        check / 1e6,
                        peak >> 20);
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
