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
        int best = 0;
        double bestCost = Double.POSITIVE_INFINITY;
        double middle = maxDepth / 2.0;
        for (int t = 0; t <= maxDepth; t++) {
            double cost = new PlanAssembler(g, drafts(g, dag, t)).standInCost();
            boolean cheaper = cost < bestCost - 1e-9;
            boolean tieButNearer = Math.abs(cost - bestCost) <= 1e-9 && Math.abs(t - middle) < Math.abs(best - middle);
            if (cheaper || tieButNearer) {
                best = t;
                bestCost = cost;
            }
        }
        return best;
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

    private static void addTrack(List<StepDraft> steps, TreeMap<Integer, List<Integer>> levels, UnitDag dag,
                                 String idPrefix, String namePrefix, TreeSet<Integer> lastOfTracks) {
        int previous = -1;
        for (Map.Entry<Integer, List<Integer>> level : levels.entrySet()) {
            steps.add(new StepDraft(idPrefix + level.getKey(), namePrefix + level.getKey(),
                    modules(dag, level.getValue()), previous < 0 ? new int[0] : new int[] {previous}));
            previous = steps.size() - 1;
        }
        if (previous >= 0) {
            lastOfTracks.add(previous);
        }
    }

    private static int[] modules(UnitDag dag, List<Integer> units) {
        return units.stream().flatMapToInt(u -> java.util.Arrays.stream(dag.members(u))).sorted().toArray();
    }
}
