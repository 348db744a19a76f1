package io.itplan.core.cycles;

/**
 * Minimum-cost feedback arc set with a proof of optimality, for the components where an exact answer is
 * affordable.
 *
 * <p>The problem is first split into strongly connected components, which are solved independently (every
 * cycle lies inside one). Each component starts from the {@link HeuristicFeedbackArcSet} order, whose
 * cost is the first upper bound, and is then solved by one of two exact methods:
 * <ul>
 *   <li><b>Lazy cycle constraints</b>, after Baharev, Schichl, Neumaier &amp; Achterberg ("An exact method
 *       for the minimum feedback arc set problem", ACM Journal of Experimental Algorithmics 26, 2021):
 *       keep a growing set C of cycles, compute an exact minimum-cost hitting set H of C over the
 *       breakable arcs, and stop when removing H leaves the graph acyclic (H is then optimal, because
 *       every feedback arc set hits C). Otherwise shortest cycles through the backward arcs of an order of
 *       the remaining graph are added to C and the round repeats. Every hitting set optimum is a proven
 *       lower bound; every round also repairs H into a feasible solution (greedy order of the remaining
 *       graph plus sifting) to tighten the upper bound. The hitting sets are found by depth-first branch
 *       and bound that branches on the arcs of the unhit cycle with fewest free arcs and prunes with a
 *       greedy fractional cycle packing (a feasible dual of the covering LP).</li>
 *   <li><b>Dynamic programming over node subsets</b> (the Held–Karp style recurrence for linear orderings:
 *       the cheapest order of a set S ending in v costs the cheapest order of S \ {v} plus the arcs into v
 *       from outside S), expanded layer by layer and pruned A*-style: a state is kept only while its cost
 *       plus the 2-cycle bound of the unplaced nodes (sum of min(w(u,v), w(v,u)) over their pairs) stays
 *       below the incumbent. Used for components of at most {@value #DP_MAX_NODES} nodes that are tiny
 *       (at most {@value #DP_DIRECT_NODES} nodes) or dense (at least {@value #DENSE_ARCS_PER_NODE} arcs per
 *       node), where lazy cycle generation would need very many cycles, and for the other components of
 *       that size when the lazy method has not finished within a fixed number of search nodes. Up to
 *       {@value #ARRAY_DP_MAX_NODES} nodes the states live in one array indexed by subset; beyond, in hash
 *       maps, giving up (falling back to the lazy method) beyond {@value #DP_MAX_STATES} stored states.</li>
 * </ul>
 * When the deadline expires first, the best feasible selection found (at least the heuristic one) is
 * returned with {@code optimal == false} and the best proven lower bound. All work limits other than the
 * deadline are counted in search steps, so the answer does not depend on machine speed. Costs are compared
 * with a tolerance of 1e-9.
 */
public final class ExactFeedbackArcSet implements FeedbackArcSetSolver {

    /** Largest component the subset dynamic programme is tried on. */
    public static final int DP_MAX_NODES = 30;
    /** States the subset dynamic programme may store before it gives up. */
    static final long DP_MAX_STATES = 4_000_000;
    /** Up to this size the DP keeps one array entry per subset (2^25 doubles = 256 MiB) instead of maps. */
    static final int ARRAY_DP_MAX_NODES = 25;
    /** Components with at least this many arcs per node count as dense and try the DP first. */
    static final int DENSE_ARCS_PER_NODE = 6;
    /** Components up to this size go straight to the subset dynamic programme. */
    static final int DP_DIRECT_NODES = 16;
    /** Branch-and-bound nodes the lazy method may use before a small component falls back to the DP. */
    static final long LAZY_BUDGET_BEFORE_DP = 200_000;

    static final double EPS = 1e-9;
    /** Subgradient steps of the side-constrained Lagrangian bound at the root of a search (10 at other nodes). */
    static final int ROOT_MULTIPLIER_STEPS = 300;

    @Override
    public ArcSelection solve(ArcProblem problem, Deadline deadline) {
        return PerComponent.solve(problem, deadline, ExactFeedbackArcSet::solveComponent);
    }

    private static PerComponent.Result solveComponent(ArcGraph g, Deadline deadline) {
        int[] order = HeuristicFeedbackArcSet.sift(
                g, HeuristicFeedbackArcSet.greedyOrder(g, null), deadline, HeuristicFeedbackArcSet.MAX_SIFT_PASSES);
        boolean[] best = g.backwardArcs(order);
        double ub = g.costOf(best);
        if (ub == 0) {
            return new PerComponent.Result(best, true, 0);
        }
        boolean dpTried = false;
        if (g.n <= DP_DIRECT_NODES || (g.n <= DP_MAX_NODES && g.m >= DENSE_ARCS_PER_NODE * g.n)) {
            PerComponent.Result r = SubsetOrderDp.solve(g, best, ub, deadline);
            if (r != null) {
                return r;
            }
            dpTried = true;
        }
        LazyCycleConstraints lazy = new LazyCycleConstraints(g, best, ub, deadline);
        if (!dpTried && g.n <= DP_MAX_NODES) {
            PerComponent.Result r = lazy.run(LAZY_BUDGET_BEFORE_DP);
            if (r.optimal() || deadline.expired()) {
                return r;
            }
            PerComponent.Result dp = SubsetOrderDp.solve(g, lazy.best, lazy.ub, deadline);
            if (dp != null) {
                return dp;
            }
        }
        return lazy.run(Long.MAX_VALUE);
    }

    /**
     * The cheapest answer for one strongly connected component among those whose summed {@code side} cost
     * stays within {@code sideLimit} (an epsilon constraint), by lazy cycle constraints alone.
     *
     * @return the answer, or {@code removed == null} with {@code optimal} when no answer keeps within the
     *         limit; {@code optimal == false} when the deadline expired first ({@code removed} may then be
     *         {@code null} too, when nothing within the limit was found yet)
     */
    static PerComponent.Result solveWithin(
            ArcGraph g, long[] weight, double[] side, double sideLimit, CycleFamily known, Deadline deadline) {
        int[] order = HeuristicFeedbackArcSet.sift(
                g, HeuristicFeedbackArcSet.greedyOrder(g, null), deadline, HeuristicFeedbackArcSet.MAX_SIFT_PASSES);
        boolean[] start = g.backwardArcs(order);
        LazyCycleConstraints lazy = new LazyCycleConstraints(g, start, g.costOf(start), deadline, known);
        lazy.side = side;
        lazy.sideLimit = sideLimit;
        lazy.weight = weight;
        if (!lazy.withinSide(start)) {
            lazy.best = null;
            lazy.ub = Double.POSITIVE_INFINITY;
        }
        PerComponent.Result r = lazy.run(Long.MAX_VALUE);
        if (r.removed() == null) {
            return new PerComponent.Result(null, r.optimal(), Double.POSITIVE_INFINITY);
        }
        return r;
    }
}
