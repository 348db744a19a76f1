package io.itplan.core.cycles;

import io.itplan.core.graph.GraphIndex;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Breaks every dependency cycle of a graph by removing a minimum-cost set of stubbable links, one strongly
 * connected component at a time: the class integration test order problem as a weighted minimum feedback
 * arc set (Kung et al. 1995; Briand, Labiche &amp; Wang 2003).
 *
 * <p>Components up to {@link #exactLimit()} modules go to the exact solver, larger ones to the heuristic;
 * either way the answer is then made minimal (no removed link can be restored without closing a cycle),
 * so that every removed link {@code u -> v} still has a path from v back to u and is tested by any plan
 * that follows the remaining graph.
 */
public final class CycleBreaker {
    /**
     * Added to every link cost of a real-valued objective, so that among equally cheap answers the one with
     * fewer stubs wins.
     */
    static final double TIE_BREAK = 1e-7;

    /**
     * The work cycle breaking may do when no time budget is given, in solver checks: a few seconds on a
     * 2-core machine for the hardest components, and the same answer on every machine.
     */
    public static final long DEFAULT_WORK = 5_000;

    private final FeedbackArcSetSolver exact;
    private final FeedbackArcSetSolver heuristic;
    private final int exactLimit;
    private final boolean minimize;

    public CycleBreaker(FeedbackArcSetSolver exact, FeedbackArcSetSolver heuristic, int exactLimit) {
        this(exact, heuristic, exactLimit, true);
    }

    /**
     * @param minimize whether answers are made minimal afterwards; off to report a published heuristic's
     *                 answer exactly as its rule gives it
     */
    public CycleBreaker(FeedbackArcSetSolver exact, FeedbackArcSetSolver heuristic, int exactLimit, boolean minimize) {
        this.exact = exact;
        this.heuristic = heuristic;
        this.exactLimit = exactLimit;
        this.minimize = minimize;
    }

    /** The solver for components larger than {@link #exactLimit()}. */
    public FeedbackArcSetSolver largeComponentSolver() {
        return heuristic;
    }

    public int exactLimit() {
        return exactLimit;
    }

    /**
     * The links to break, for a real-valued objective without a secondary one.
     *
     * @param budget wall-clock time to spend, or {@code null} for {@link #DEFAULT_WORK}
     */
    public Result breakCycles(GraphIndex g, double[] linkCost, Duration budget) {
        return breakCycles(g, linkCost, null, budget);
    }

    /**
     * The links to break.
     *
     * @param linkCost cost of breaking each link of {@code g} under the chosen objective (0 allowed)
     * @param tieCost  for an objective whose costs are whole numbers: a secondary cost in [0, 1] per link that
     *                 decides between answers of equal cost (for example OCplx between equally few stubs);
     *                 {@code null} for a real-valued objective
     * @throws UnbreakableCycleException when a cycle consists of unstubbable links only
     */
    public Result breakCycles(GraphIndex g, double[] linkCost, double[] tieCost, Duration budget) {
        Cycles.requireBreakable(g);
        return solve(g, linkCost, tieCost, deadline(budget), false);
    }

    /**
     * The links to break when any link may go, an unstubbable one too, at its cost: for a drawing, which must
     * cut even a cycle no plan can break. The same split and solvers as {@link #breakCycles}, within
     * {@link #DEFAULT_WORK}.
     *
     * @param linkCost whole numbers, so that bounds round up as for the plans' counting objectives
     */
    public Result breakAnyLinks(GraphIndex g, double[] linkCost) {
        return solve(g, linkCost, new double[g.linkCount()], deadline(null), true);
    }

    private Result solve(GraphIndex g, double[] linkCost, double[] tieCost, Deadline deadline, boolean anyLink) {
        BitSet broken = new BitSet(g.linkCount());
        boolean optimal = true;
        double lowerBound = 0;
        for (Cycles.CyclicComponent comp : Cycles.cyclicComponents(g)) {
            int[] arcs = comp.links();
            int m = arcs.length;
            double[] cost = new double[m];
            // Whole-number objectives: the secondary costs of all arcs add up to less than half a unit, so
            // they order equally cheap answers and can never outweigh one unit of the objective.
            double slack = 0;
            for (int i = 0; i < m; i++) {
                slack += 1 + (tieCost == null ? 0 : Math.min(1, Math.max(0, tieCost[arcs[i]])));
            }
            double scale = tieCost == null ? TIE_BREAK : 0.4 / slack;
            for (int i = 0; i < m; i++) {
                double tie = tieCost == null ? 0 : Math.min(1, Math.max(0, tieCost[arcs[i]]));
                cost[i] = Math.max(0, linkCost[arcs[i]]) + scale * (1 + tie);
            }
            boolean[] breakable = comp.breakable();
            if (anyLink) {
                Arrays.fill(breakable, true);
            }
            ArcProblem problem =
                    new ArcProblem(comp.size(), comp.tail(), comp.head(), cost, breakable, tieCost == null ? 0 : 1);
            ArcSelection sel = (comp.size() <= exactLimit ? exact : heuristic).solve(problem, deadline);
            int[] removed = minimize ? minimal(problem, sel.removedArcs()) : sel.removedArcs();
            double componentCost = 0;
            for (int a : removed) {
                broken.set(arcs[a]);
                componentCost += Math.max(0, linkCost[arcs[a]]);
            }
            // With positive costs an optimal selection is already minimal, so restoring arcs keeps it optimal.
            optimal &= sel.optimal();
            double bound = Math.max(0, sel.lowerBound() - (tieCost == null ? TIE_BREAK * m : 0.5));
            bound = tieCost == null ? bound : Math.ceil(bound - 1e-9);
            lowerBound += sel.optimal() ? componentCost : Math.min(bound, componentCost);
        }
        double total = 0;
        for (int li = broken.nextSetBit(0); li >= 0; li = broken.nextSetBit(li + 1)) {
            total += Math.max(0, linkCost[li]);
        }
        if (optimal || lowerBound >= total - 1e-9) {
            optimal = true;
            lowerBound = total;
        }
        return new Result(broken, total, optimal, Math.min(lowerBound, total));
    }

    /** The deadline for a time budget, or the default amount of work when there is none. */
    public static Deadline deadline(Duration budget) {
        return budget == null ? Deadline.afterWork(DEFAULT_WORK) : Deadline.after(budget);
    }

    /**
     * Restores removed arcs, most expensive first, wherever that closes no cycle, and returns the arcs that
     * stay removed.
     */
    static int[] minimal(ArcProblem p, int[] removedArcs) {
        int n = p.nodeCount();
        boolean[] removed = new boolean[p.arcCount()];
        for (int a : removedArcs) {
            removed[a] = true;
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            out.add(new ArrayList<>());
        }
        for (int a = 0; a < p.arcCount(); a++) {
            out.get(p.tail()[a]).add(a);
        }
        Integer[] order = java.util.Arrays.stream(removedArcs).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, (x, y) -> {
            int c = Double.compare(p.cost()[y], p.cost()[x]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        for (int a : order) {
            if (!reaches(p, out, removed, p.head()[a], p.tail()[a])) {
                removed[a] = false;
            }
        }
        return java.util.stream.IntStream.range(0, p.arcCount())
                .filter(a -> removed[a])
                .toArray();
    }

    private static boolean reaches(ArcProblem p, List<List<Integer>> out, boolean[] removed, int from, int to) {
        boolean[] seen = new boolean[p.nodeCount()];
        int[] stack = new int[p.nodeCount()];
        int sp = 0;
        stack[sp++] = from;
        seen[from] = true;
        while (sp > 0) {
            int v = stack[--sp];
            if (v == to) {
                return true;
            }
            for (int a : out.get(v)) {
                int w = p.head()[a];
                if (!removed[a] && !seen[w]) {
                    seen[w] = true;
                    stack[sp++] = w;
                }
            }
        }
        return false;
    }

    /**
     * The links to break, as a set of link indices of the graph.
     *
     * @param cost       the summed objective cost of the broken links
     * @param optimal    whether every component was solved to proven optimality
     * @param lowerBound a proven lower bound of the objective
     */
    public record Result(BitSet broken, double cost, boolean optimal, double lowerBound) {
        public Result {
            broken = (BitSet) broken.clone();
        }

        @Override
        public BitSet broken() {
            return (BitSet) broken.clone();
        }

        public boolean isBroken(int link) {
            return broken.get(link);
        }
    }
}
