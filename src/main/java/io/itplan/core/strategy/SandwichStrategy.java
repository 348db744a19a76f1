package io.itplan.core.strategy;

import io.itplan.core.graph.GraphIndex;
import io.itplan.core.plan.PlanProducer;
import io.itplan.core.plan.StepDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sandwich integration around a target depth t: modules above it (depth &lt; t) go top-down and modules
 * below it (depth &gt; t) bottom-up by height, as two independent tracks; the target layer is integrated
 * last, after both. Without a chosen t, the one with the least summed stub and driver weight wins, ties
 * going to the depth nearest the middle, then to the smaller depth. As in top-down, the supplier of an unstubbable
 * dependency is pulled up into its client's step (or before it) wherever the tracks would have stubbed it.
 */
public final class SandwichStrategy implements IntegrationStrategy {
    private static final String TOP = "top-depth-";
    private static final String BOTTOM = "bottom-height-";
    private static final String TARGET = "target-depth-";

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

    /**
     * The target depth whose plan needs the least summed weight of specific stubs and drivers, as the plan producer
     * counts them for each depth's steps (with unstubbable suppliers pulled up); ties go to the depth nearest the
     * middle, then to the smaller depth.
     */
    private int cheapest(GraphIndex g, UnitDag dag, int maxDepth) {
        int best = 0;
        double bestCost = Double.POSITIVE_INFINITY;
        double middle = maxDepth / 2.0;
        for (int t = 0; t <= maxDepth; t++) {
            double cost = new PlanProducer(g, drafts(g, dag, t)).standInCost();
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
        // The bottom track is listed first, so that a top step can wait for the bottom step that holds an
        // unstubbable supplier of it instead of pulling that supplier out of the bottom track.
        List<StepDraft> steps = new ArrayList<>();
        TreeSet<Integer> lastOfTracks = new TreeSet<>();
        addTrack(steps, bottom, dag, BOTTOM, "Bottom: height ", lastOfTracks);
        addTrack(steps, top, dag, TOP, "Top: depth ", lastOfTracks);
        if (!target.isEmpty()) {
            int[] after = lastOfTracks.stream().mapToInt(Integer::intValue).toArray();
            steps.add(new StepDraft(TARGET + t, "Target: depth " + t, modules(dag, target), after));
        }
        return topTrackFirst(joined(UnstubbablePull.apply(g, dag, steps, null)));
    }

    /**
     * When every module of the target layer was pulled up into the top track, the tracks no longer meet: the last
     * top step then comes after the last bottom step, so that the dependencies between the tracks are tested.
     */
    private static List<StepDraft> joined(List<StepDraft> steps) {
        int lastTop = -1;
        int lastBottom = -1;
        for (int i = 0; i < steps.size(); i++) {
            String id = steps.get(i).id();
            if (id.startsWith(TARGET)) {
                return steps;
            }
            lastTop = id.startsWith(TOP) ? i : lastTop;
            lastBottom = id.startsWith(BOTTOM) ? i : lastBottom;
        }
        if (lastTop < 0 || lastBottom < 0) {
            return steps;
        }
        List<StepDraft> out = new ArrayList<>(steps);
        StepDraft top = steps.get(lastTop);
        int[] after = java.util.Arrays.copyOf(top.after(), top.after().length + 1);
        after[after.length - 1] = lastBottom;
        out.set(lastTop, new StepDraft(top.id(), top.name(), top.modules(), after));
        return out;
    }

    /** The steps in an order that lists the top track first wherever {@code after} allows, as people read it. */
    private static List<StepDraft> topTrackFirst(List<StepDraft> steps) {
        int s = steps.size();
        java.util.Comparator<Integer> byTrack = java.util.Comparator.comparingInt((Integer i) -> {
                    String id = steps.get(i).id();
                    return id.startsWith(TOP) ? 0 : id.startsWith(BOTTOM) ? 1 : 2;
                })
                .thenComparingInt(i -> i);
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>(byTrack);
        int[] pending = new int[s];
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i < s; i++) {
            children.add(new ArrayList<>());
        }
        for (int i = 0; i < s; i++) {
            pending[i] = steps.get(i).after().length;
            for (int p : steps.get(i).after()) {
                children.get(p).add(i);
            }
            if (pending[i] == 0) {
                ready.add(i);
            }
        }
        int[] position = new int[s];
        List<Integer> order = new ArrayList<>(s);
        while (!ready.isEmpty()) {
            int i = ready.poll();
            position[i] = order.size();
            order.add(i);
            for (int c : children.get(i)) {
                if (--pending[c] == 0) {
                    ready.add(c);
                }
            }
        }
        List<StepDraft> out = new ArrayList<>(s);
        for (int i : order) {
            StepDraft d = steps.get(i);
            int[] after =
                    java.util.Arrays.stream(d.after()).map(p -> position[p]).toArray();
            out.add(new StepDraft(d.id(), d.name(), d.modules(), after));
        }
        return out;
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
