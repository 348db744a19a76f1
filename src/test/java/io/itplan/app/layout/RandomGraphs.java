package io.itplan.app.layout;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Seeded random dependency graphs for the layout tests and benchmark. */
final class RandomGraphs {
    private RandomGraphs() {}

    /**
     * A graph of {@code n} modules {@code m0000...} and about {@code edges} dependencies: mostly from a lower to
     * a higher index (layered, like real code), plus {@code backEdges} the other way, which make cycles.
     * Some modules get no dependency at all.
     */
    static DependencyGraph random(int n, int edges, int backEdges, long seed, boolean shuffled) {
        Random rnd = new Random(seed);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(String.format("m%04d", i));
        }
        List<String[]> deps = new ArrayList<>();
        int isolated = Math.max(1, n / 30);
        int connected = n - isolated;
        for (int k = 0; k < edges; k++) {
            int a = rnd.nextInt(connected);
            int b = rnd.nextInt(connected);
            if (a == b) {
                continue;
            }
            boolean back = k < backEdges;
            int from = back ? Math.max(a, b) : Math.min(a, b);
            int to = back ? Math.min(a, b) : Math.max(a, b);
            DependencyKind kind = rnd.nextInt(10) == 0 ? DependencyKind.INHERITANCE : DependencyKind.USES;
            deps.add(new String[] {ids.get(from), ids.get(to), kind.key()});
        }
        if (shuffled) {
            Random order = new Random(seed * 31 + 7);
            Collections.shuffle(ids, order);
            Collections.shuffle(deps, order);
        }
        DependencyGraph.Builder b = DependencyGraph.builder("random");
        ids.forEach(id -> b.addModule(Module.of(id)));
        deps.forEach(d -> b.addDependency(d[0], d[1], DependencyKind.fromKey(d[2])));
        return b.build();
    }

    /** Box width by id length, like a label would give. */
    static double width(Module m) {
        return 60 + 7 * m.id().length();
    }
}
