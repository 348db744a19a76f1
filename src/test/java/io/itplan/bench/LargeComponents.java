package io.itplan.bench;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import java.util.Random;

/**
 * Generated systems whose dependency graph is one large strongly connected component, shaped like the class
 * graphs of real programs: modules in layers, most dependencies pointing down a few layers, one in ten of
 * them inheritance (never stubbed), and a small share pointing back up a short way (call-backs, listeners),
 * which ties the whole system into one component.
 */
public final class LargeComponents {
    private LargeComponents() {}

    /**
     * A system of {@code n} modules that forms a single strongly connected component.
     *
     * @param upShare share of dependencies that point back up (0.05 = one in twenty)
     */
    public static DependencyGraph softwareLike(int n, double upShare, long seed) {
        Random rnd = new Random(seed);
        DependencyGraph.Builder b = DependencyGraph.builder("generated-scc-" + n);
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = String.format("m%05d", i);
            b.addModule(Module.of(ids[i]));
        }
        boolean[] hasIn = new boolean[n];
        for (int i = 0; i < n; i++) {
            int deps = 1 + poisson(rnd, 3);
            for (int d = 0; d < deps; d++) {
                boolean up = i > 0 && rnd.nextDouble() < upShare;
                int j;
                if (up) {
                    j = Math.max(0, i - 1 - rnd.nextInt(60));
                } else if (i < n - 1) {
                    j = i + 1 + (int) Math.min(n - i - 2, Math.abs(rnd.nextGaussian() * 80));
                } else {
                    continue;
                }
                hasIn[j] |= j > i;
                add(b, ids, rnd, i, j, !up && rnd.nextInt(10) == 0);
            }
        }
        // every module is reached from the first one and reaches the last one, which depends back on the first
        for (int j = 1; j < n; j++) {
            if (!hasIn[j]) {
                add(b, ids, rnd, Math.max(0, j - 1 - rnd.nextInt(20)), j, false);
            }
        }
        add(b, ids, rnd, n - 1, 0, false);
        return b.build();
    }

    private static void add(DependencyGraph.Builder b, String[] ids, Random rnd, int i, int j, boolean inheritance) {
        DependencyKind kind = inheritance ? DependencyKind.INHERITANCE : DependencyKind.USES;
        b.addDependency(new Dependency(
                ids[i],
                ids[j],
                kind,
                1 + rnd.nextInt(5),
                rnd.nextInt(12),
                1 + rnd.nextInt(10),
                null,
                kind.stubbableByDefault()));
    }

    private static int poisson(Random rnd, double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = rnd.nextDouble();
        while (p > l) {
            k++;
            p *= rnd.nextDouble();
        }
        return k;
    }
}
