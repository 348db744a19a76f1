package io.itplan.core.strategy;

import io.itplan.core.graph.GraphIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sandwich integration around a target depth t: modules above it (depth &lt; t) go top-down and modules
 * below it (depth &gt; t) bottom-up by height, as two independent tracks; the target layer is integrated
 * last, after both. Without a chosen t, the one with the least summed stub and driver weight wins, ties
 * going to the depth nearest the middle, then to the smaller depth.
 */
public final class SandwichStrategy implements IntegrationStrategy {
    @Override
    public StrategyName name() {
        return StrategyName.SANDWICH;
    }

    @Override
    public Steps steps(GraphIndex g, UnitDag dag, PlanOptions options) {
        int maxDepth = dag.maxDepth();
        int t;
        if (options.targetDepth() != null) {
            t = options.targetDepth();
            if (t > maxDepth) {
                throw new IllegalArgumentException("target depth " + t + " is deeper than the graph, whose deepest "
                        + "module has depth " + maxDepth);
            }
        } else {
            t = cheapest(g, dag, maxDepth);
        }
        Map<String, Object> opts = new TreeMap<>();
        opts.put("targetDepth", t);
        return new Steps(drafts(g, dag, t), opts);
    }

    private int cheapest(GraphIndex g, UnitDag dag, int maxDepth) {
        double[] costs = costs(g, dag, maxDepth);
        int best = 0;
        double bestCost = Double.POSITIVE_INFINITY;
        double middle = maxDepth / 2.0;
        for (int t = 0; t <= maxDepth; t++) {
            double cost = costs[t];
            // Sums over many links carry rounding noise: costs within a relative 1e-9 count as equal.
            double tolerance = 1e-9 * Math.max(1, Math.abs(bestCost == Double.POSITIVE_INFINITY ? cost : bestCost));
            boolean cheaper = cost < bestCost - tolerance;
            boolean tieButNearer =
                    Math.abs(cost - bestCost) <= tolerance && Math.abs(t - middle) < Math.abs(best - middle);
            if (cheaper || tieButNearer) {
                best = t;
                bestCost = cost;
            }
        }
        return best;
    }

    /**
     * The summed weight of the specific stubs and drivers for every target depth {@code 0..maxDepth} at once.
     * A link's cost changes only where the target passes the depth of one of its ends, so each link adds a
     * constant over at most five ranges of t, collected in a difference array: O(links + depth) instead of
     * assembling a plan per depth.
     */
    static double[] costs(GraphIndex g, UnitDag dag, int maxDepth) {
        int[] unitOf = new int[g.size()];
        for (int u = 0; u < dag.size(); u++) {
            for (int v : dag.members(u)) {
                unitOf[v] = u;
            }
        }
        double[] diff = new double[maxDepth + 2];
        int[] bounds = new int[6];
        for (int li = 0; li < g.linkCount(); li++) {
            var l = g.link(li);
            int cu = unitOf[l.from()];
            int cv = unitOf[l.to()];
            if (cu == cv) {
                continue;
            }
            int du = dag.depth(cu);
            int dv = dag.depth(cv);
            int hu = dag.height(cu);
            int hv = dag.height(cv);
            bounds[0] = 0;
            bounds[1] = Math.min(du, maxDepth + 1);
            bounds[2] = Math.min(du + 1, maxDepth + 1);
            bounds[3] = Math.min(dv, maxDepth + 1);
            bounds[4] = Math.min(dv + 1, maxDepth + 1);
            bounds[5] = maxDepth + 1;
            java.util.Arrays.sort(bounds);
            for (int i = 0; i < 5; i++) {
                int from = bounds[i];
                int to = bounds[i + 1];
                if (from < to) {
                    double c = linkCost(from, du, dv, hu, hv) * l.weight();
                    diff[from] += c;
                    diff[to] -= c;
                }
            }
        }
        double[] costs = new double[maxDepth + 1];
        double running = 0;
        for (int t = 0; t <= maxDepth; t++) {
            running += diff[t];
            costs[t] = running;
        }
        return costs;
    }

    /**
     * How many stand-ins (0, 1 or 2) a link from depth/height (du, hu) to (dv, hv) needs with target t, by the
     * rule: a stub when the supplier is not in the client's subsystem, a driver when the client is not in the
     * supplier's. The top track's subsystems grow by depth, the bottom track's by height, and the target
     * step's holds everything.
     */
    static int linkCost(int t, int du, int dv, int hu, int hv) {
        int tu = Integer.compare(du, t);
        int tv = Integer.compare(dv, t);
        boolean supplierInClients = tu == 0 || (tu < 0 && tv < 0 && dv <= du) || (tu > 0 && tv > 0 && hv <= hu);
        boolean clientInSuppliers = tv == 0 || (tv < 0 && tu < 0 && du <= dv) || (tv > 0 && tu > 0 && hu <= hv);
        return (supplierInClients ? 0 : 1) + (clientInSuppliers ? 0 : 1);
    }

    static List<StepDraft> drafts(GraphIndex g, UnitDag dag, int t) {
        TreeMap<Integer, List<Integer>> top = new TreeMap<>();
        TreeMap<Integer, List<Integer>> bottom = new TreeMap<>();
        List<Integer> target = new ArrayList<>();
        for (int u = 0; u < dag.size(); u++) {
            int d = dag.depth(u);
            if (d < t) {
                top.computeIfAbsent(d, k -> new ArrayList<>()).add(u);
            } else if (d > t) {
                bottom.computeIfAbsent(dag.height(u), k -> new ArrayList<>()).add(u);
            } else {
                target.add(u);
            }
        }
        List<StepDraft> steps = new ArrayList<>();
        TreeSet<Integer> lastOfTracks = new TreeSet<>();
        addTrack(steps, top, dag, "top-depth-", "Top: depth ", lastOfTracks);
        addTrack(steps, bottom, dag, "bottom-height-", "Bottom: height ", lastOfTracks);
        if (!target.isEmpty()) {
            int[] after = lastOfTracks.stream().mapToInt(Integer::intValue).toArray();
            steps.add(new StepDraft("target-depth-" + t, "Target: depth " + t, modules(dag, target), after));
        }
        return steps;
    }

    private static void addTrack(
            List<StepDraft> steps,
            TreeMap<Integer, List<Integer>> levels,
            UnitDag dag,
            String idPrefix,
            String namePrefix,
            TreeSet<Integer> lastOfTracks) {
        int previous = -1;
        for (Map.Entry<Integer, List<Integer>> level : levels.entrySet()) {
            steps.add(new StepDraft(
                    idPrefix + level.getKey(),
                    namePrefix + level.getKey(),
                    modules(dag, level.getValue()),
                    previous < 0 ? new int[0] : new int[] {previous}));
            previous = steps.size() - 1;
        }
        if (previous >= 0) {
            lastOfTracks.add(previous);
        }
    }

    private static int[] modules(UnitDag dag, List<Integer> units) {
        return units.stream()
                .flatMapToInt(u -> java.util.Arrays.stream(dag.members(u)))
                .sorted()
                .toArray();
    }
}
