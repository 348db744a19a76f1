package io.itplan.app.layout;

import io.itplan.app.layout.LayeredLayout.Position;
import io.itplan.core.graph.DependencyGraph;
import java.util.Arrays;
import java.util.Map;

/**
 * Times {@link LayeredLayout} on random graphs with cycles: 500 modules / 1,500 dependencies (target: median
 * under 2 s) and, for information, 2,000 modules / 6,000 dependencies. Not a unit test; run its main.
 */
public final class LayeredLayoutBench {
    private LayeredLayoutBench() {}

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        LayeredLayout.layout(RandomGraphs.random(3, 2, 0, 1, false), RandomGraphs::width, 36, () -> false);
        System.out.printf("first call (ELK start-up, tiny graph): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        System.out.printf(
                "load average at start: %.2f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        run(500, 1500, 3, 5);
        run(2000, 6000, 2, 5);
    }

    private static void run(int n, int e, int warmups, int runs) {
        DependencyGraph g = RandomGraphs.random(n, e, e / 20, 2024, false);
        for (int i = 0; i < warmups; i++) {
            LayeredLayout.layout(g, RandomGraphs::width, 36, () -> false);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        Map<String, Position> first = null;
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            Map<String, Position> p = LayeredLayout.layout(g, RandomGraphs::width, 36, () -> false);
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            if (first == null) {
                first = p;
            } else if (!first.equals(p)) {
                throw new AssertionError("layout not deterministic");
            }
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double[] sortedCpu = cpu.clone();
        Arrays.sort(sortedCpu);
        double maxX = first.values().stream().mapToDouble(Position::x).max().orElse(0);
        double maxY = first.values().stream().mapToDouble(Position::y).max().orElse(0);
        System.out.printf(
                "%d modules / %d dependencies (%d after merging): median %.0f ms (thread CPU %.0f ms), runs %s ms, extent %.0f x %.0f%n",
                n,
                e,
                g.dependencies().size(),
                sorted[runs / 2],
                sortedCpu[runs / 2],
                Arrays.toString(Arrays.stream(ms).map(Math::rint).toArray()),
                maxX,
                maxY);
    }
}
