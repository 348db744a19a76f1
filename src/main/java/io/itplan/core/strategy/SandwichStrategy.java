package io.itplan.core.strategy;

import io.itplan.core.graph.Adjacency;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.plan.PlanProducer;
import io.itplan.core.plan.StepDraft;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

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
        Placement place = new Placement(g, dag);
        int maxDepth = place.maxDepth;
        int t;
        if (options.targetDepth() != null) {
            t = options.targetDepth();
            if (t > maxDepth) {
                throw new IllegalArgumentException("target depth " + t + " is deeper than the graph, whose deepest "
                        + "module has depth " + maxDepth);
            }
        } else {
            t = cheapest(g, dag, place);
        }
        Map<String, Object> opts = new TreeMap<>();
        opts.put("targetDepth", t);
        return new Steps(drafts(g, dag, place, t), opts);
    }

    /**
     * The target depth whose plan needs the least summed weight of specific stubs and drivers, as the plan producer
     * counts them for each depth's steps (with unstubbable suppliers pulled up); ties go to the depth nearest the
     * middle, then to the smaller depth. The depths are costed side by side, each on its own.
     */
    private int cheapest(GraphIndex g, UnitDag dag, Placement place) {
        double[] costs = IntStream.rangeClosed(0, place.maxDepth)
                .parallel()
                .mapToDouble(t -> PlanProducer.standInCost(g, pulled(g, dag, place, t)))
                .toArray();
        int best = 0;
        double bestCost = Double.POSITIVE_INFINITY;
        double middle = place.maxDepth / 2.0;
        for (int t = 0; t < costs.length; t++) {
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

    /** Each module's depth and height (those of its unit), computed once for all target depths. */
    private static final class Placement {
        final int[] depth;
        final int[] height;
        final int maxDepth;
        final int maxHeight;

        Placement(GraphIndex g, UnitDag dag) {
            depth = new int[g.size()];
            height = new int[g.size()];
            int md = 0;
            int mh = 0;
            for (int u = 0; u < dag.size(); u++) {
                for (int v : dag.members(u)) {
                    depth[v] = dag.depth(u);
                    height[v] = dag.height(u);
                }
                md = Math.max(md, dag.depth(u));
                mh = Math.max(mh, dag.height(u));
            }
            maxDepth = md;
            maxHeight = mh;
        }
    }

    private static List<StepDraft> drafts(GraphIndex g, UnitDag dag, Placement place, int t) {
        return topTrackFirst(pulled(g, dag, place, t));
    }

    /** The steps around target depth {@code t}, unstubbable suppliers pulled up, bottom track first. */
    private static List<StepDraft> pulled(GraphIndex g, UnitDag dag, Placement place, int t) {
        // Modules go to a level of their track by a counting pass and a filling pass in index order, so each
        // level's modules come out sorted: top levels by depth (0..t-1), bottom levels by height, then the target.
        int n = g.size();
        int bottomBase = t;
        int targetSlot = t + place.maxHeight + 1;
        int[] slot = new int[n];
        int[] count = new int[targetSlot + 1];
        for (int v = 0; v < n; v++) {
            int d = place.depth[v];
            slot[v] = d < t ? d : d > t ? bottomBase + place.height[v] : targetSlot;
            count[slot[v]]++;
        }
        int[][] members = new int[count.length][];
        for (int k = 0; k < count.length; k++) {
            members[k] = new int[count[k]];
        }
        int[] filled = new int[count.length];
        for (int v = 0; v < n; v++) {
            members[slot[v]][filled[slot[v]]++] = v;
        }
        // The bottom track is listed first, so that a top step can wait for the bottom step that holds an
        // unstubbable supplier of it instead of pulling that supplier out of the bottom track.
        List<StepDraft> steps = new ArrayList<>();
        int[] lastOfTracks = new int[2];
        int tracks = 0;
        int last = addTrack(steps, members, bottomBase, targetSlot, BOTTOM, "Bottom: height ");
        if (last >= 0) {
            lastOfTracks[tracks++] = last;
        }
        last = addTrack(steps, members, 0, bottomBase, TOP, "Top: depth ");
        if (last >= 0) {
            lastOfTracks[tracks++] = last;
        }
        if (members[targetSlot].length > 0) {
            steps.add(new StepDraft(
                    TARGET + t, "Target: depth " + t, members[targetSlot], Arrays.copyOf(lastOfTracks, tracks)));
        }
        return joined(UnstubbablePull.apply(g, dag, steps, null));
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
        int[][] children =
                Adjacency.reversed(steps.stream().map(StepDraft::after).toArray(int[][]::new));
        for (int i = 0; i < s; i++) {
            pending[i] = steps.get(i).after().length;
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
            for (int c : children[i]) {
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

    /**
     * One step per non-empty level {@code members[from..to)}, each after the one before; the level's number is its
     * offset from {@code from}. Returns the last step's index, or -1 when the track is empty.
     */
    private static int addTrack(
            List<StepDraft> steps, int[][] members, int from, int to, String idPrefix, String namePrefix) {
        int previous = -1;
        for (int k = from; k < to; k++) {
            if (members[k].length == 0) {
                continue;
            }
            int level = k - from;
            steps.add(new StepDraft(
                    idPrefix + level,
                    namePrefix + level,
                    members[k],
                    previous < 0 ? new int[0] : new int[] {previous}));
            previous = steps.size() - 1;
        }
        return previous;
    }
}
