package io.itplan.core.cycles;

import java.util.Arrays;
import java.util.List;

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

    private static final double EPS = 1e-9;
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
            PerComponent.Result r = subsetDp(g, best, ub, deadline);
            if (r != null) {
                return r;
            }
            dpTried = true;
        }
        LazyCycles lazy = new LazyCycles(g, best, ub, deadline);
        if (!dpTried && g.n <= DP_MAX_NODES) {
            PerComponent.Result r = lazy.run(LAZY_BUDGET_BEFORE_DP);
            if (r.optimal() || deadline.expired()) {
                return r;
            }
            PerComponent.Result dp = subsetDp(g, lazy.best, lazy.ub, deadline);
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
        LazyCycles lazy = new LazyCycles(g, start, g.costOf(start), deadline, known);
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

    // ------------------------------------------------------------------------------------------------
    // Dynamic programming over subsets

    /**
     * Optimal order by dynamic programming over the set S of nodes placed first, layer by layer (|S| = 0, 1,
     * ...), keeping only the states whose cost plus the 2-cycle bound of the unplaced nodes stays below
     * the incumbent (so states are stored sparsely in hash maps). Returns {@code null} when the deadline
     * expires or more than {@link #DP_MAX_STATES} states would be needed.
     */
    private static PerComponent.Result subsetDp(ArcGraph g, boolean[] incumbent, double ub, Deadline deadline) {
        int k = g.n;
        if (k > DP_MAX_NODES) {
            return null;
        }
        double[][] weight = new double[k][k]; // weight[u][v]: summed cost of arcs u -> v
        int[] ubPred = new int[k];
        for (int a = 0; a < g.m; a++) {
            weight[g.tail[a]][g.head[a]] += g.cost[a];
            if (!g.breakable[a]) {
                ubPred[g.head[a]] |= 1 << g.tail[a];
            }
        }
        int loBits = (k + 1) / 2;
        int hiBits = k - loBits;
        int loMask = (1 << loBits) - 1;
        // inLo/inHi: weight of the arcs into v from a node set (split into low and high halves of the bits);
        // pairLo/pairHi: sum over a node set of min(w(u,v), w(v,u)), the 2-cycle lower bound share of v
        double[][] inLo = new double[k][1 << loBits];
        double[][] inHi = new double[k][1 << hiBits];
        double[][] pairLo = new double[k][1 << loBits];
        double[][] pairHi = new double[k][1 << hiBits];
        for (int v = 0; v < k; v++) {
            for (int x = 1; x < (1 << loBits); x++) {
                int u = Integer.numberOfTrailingZeros(x);
                inLo[v][x] = inLo[v][x & (x - 1)] + weight[u][v];
                pairLo[v][x] = pairLo[v][x & (x - 1)] + Math.min(weight[u][v], weight[v][u]);
            }
            for (int x = 1; x < (1 << hiBits); x++) {
                int u = Integer.numberOfTrailingZeros(x) + loBits;
                inHi[v][x] = inHi[v][x & (x - 1)] + weight[u][v];
                pairHi[v][x] = pairHi[v][x & (x - 1)] + Math.min(weight[u][v], weight[v][u]);
            }
        }
        int full = (int) ((1L << k) - 1);
        double limit = ub - EPS;
        if (k <= ARRAY_DP_MAX_NODES) {
            return arrayDp(g, incumbent, ub, deadline, ubPred, loBits, inLo, inHi, pairLo, pairHi);
        }
        StateMap[] layers = new StateMap[k + 1];
        layers[0] = new StateMap(4);
        layers[0].offer(0, 0);
        long stored = 1;
        long steps = 0;
        for (int j = 0; j < k; j++) {
            StateMap cur = layers[j];
            StateMap nxt = new StateMap(Math.max(4, cur.size * 2));
            layers[j + 1] = nxt;
            for (int slot = 0; slot < cur.keys.length; slot++) {
                int s = cur.keys[slot];
                if (s < 0) {
                    continue;
                }
                if ((++steps & 0x3FFF) == 0 && deadline.expired()) {
                    return null;
                }
                double fs = cur.values[slot];
                int rest = full & ~s;
                int rLo = rest & loMask;
                int rHi = rest >>> loBits;
                double twice = 0; // twice the 2-cycle bound of the nodes not yet placed
                for (int bits = rest; bits != 0; bits &= bits - 1) {
                    int v = Integer.numberOfTrailingZeros(bits);
                    twice += pairLo[v][rLo] + pairHi[v][rHi];
                }
                double pairs = twice / 2;
                if (fs + pairs >= limit) {
                    continue;
                }
                for (int bits = rest; bits != 0; bits &= bits - 1) {
                    int v = Integer.numberOfTrailingZeros(bits);
                    if ((ubPred[v] & rest) != 0) {
                        continue;
                    }
                    double val = fs + inLo[v][rLo] + inHi[v][rHi];
                    if (val + pairs - pairLo[v][rLo] - pairHi[v][rHi] < limit && nxt.offer(s | (1 << v), val)) {
                        if (++stored > DP_MAX_STATES) {
                            return null;
                        }
                    }
                }
            }
            layers[j] = cur;
        }
        double best = layers[k].get(full);
        if (!(best < limit)) {
            return new PerComponent.Result(incumbent, true, ub); // nothing strictly cheaper exists
        }
        int[] order = new int[k];
        int t = full;
        double ft = best;
        for (int pos = k - 1; pos >= 0; pos--) {
            int chosen = -1;
            double fChosen = 0;
            for (int bits = t; bits != 0; bits &= bits - 1) {
                int v = Integer.numberOfTrailingZeros(bits);
                int s = t & ~(1 << v);
                int rest = full & ~s;
                double fsv = layers[pos].get(s);
                if ((ubPred[v] & rest) != 0 || fsv == Double.POSITIVE_INFINITY) {
                    continue;
                }
                if (fsv + inLo[v][rest & loMask] + inHi[v][rest >>> loBits] == ft) {
                    chosen = v;
                    fChosen = fsv;
                    break;
                }
            }
            order[pos] = chosen;
            t &= ~(1 << chosen);
            ft = fChosen;
        }
        boolean[] removed = g.backwardArcs(order);
        double cost = g.costOf(removed);
        return new PerComponent.Result(removed, true, cost);
    }

    /** The subset dynamic programme with one dense array over all subsets, fastest up to 25 nodes. */
    private static PerComponent.Result arrayDp(
            ArcGraph g,
            boolean[] incumbent,
            double ub,
            Deadline deadline,
            int[] ubPred,
            int loBits,
            double[][] inLo,
            double[][] inHi,
            double[][] pairLo,
            double[][] pairHi) {
        int k = g.n;
        int loMask = (1 << loBits) - 1;
        int full = (int) ((1L << k) - 1);
        double limit = ub - EPS;
        double[] f;
        try {
            f = new double[full + 1];
        } catch (OutOfMemoryError e) {
            return null;
        }
        Arrays.fill(f, Double.POSITIVE_INFINITY);
        f[0] = 0;
        for (int s = 0; s < full; s++) {
            double fs = f[s];
            if (fs >= limit) {
                continue;
            }
            if ((s & 0xFFFF) == 0 && deadline.expired()) {
                return null;
            }
            int rest = full & ~s;
            int rLo = rest & loMask;
            int rHi = rest >>> loBits;
            double twice = 0; // twice the 2-cycle bound of the nodes not yet placed
            for (int bits = rest; bits != 0; bits &= bits - 1) {
                int v = Integer.numberOfTrailingZeros(bits);
                twice += pairLo[v][rLo] + pairHi[v][rHi];
            }
            double pairs = twice / 2;
            if (fs + pairs >= limit) {
                continue;
            }
            for (int bits = rest; bits != 0; bits &= bits - 1) {
                int v = Integer.numberOfTrailingZeros(bits);
                if ((ubPred[v] & rest) != 0) {
                    continue;
                }
                double val = fs + inLo[v][rLo] + inHi[v][rHi];
                int t = s | (1 << v);
                if (val < f[t] && val + pairs - pairLo[v][rLo] - pairHi[v][rHi] < limit) {
                    f[t] = val;
                }
            }
        }
        if (!(f[full] < limit)) {
            return new PerComponent.Result(incumbent, true, ub); // nothing strictly cheaper exists
        }
        int[] order = new int[k];
        int t = full;
        for (int pos = k - 1; pos >= 0; pos--) {
            int chosen = -1;
            for (int bits = t; bits != 0; bits &= bits - 1) {
                int v = Integer.numberOfTrailingZeros(bits);
                int s = t & ~(1 << v);
                int rest = full & ~s;
                if ((ubPred[v] & rest) != 0 || f[s] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                if (f[s] + inLo[v][rest & loMask] + inHi[v][rest >>> loBits] == f[t]) {
                    chosen = v;
                    break;
                }
            }
            order[pos] = chosen;
            t &= ~(1 << chosen);
        }
        boolean[] removed = g.backwardArcs(order);
        return new PerComponent.Result(removed, true, g.costOf(removed));
    }

    /** Open-addressing map from a node subset (non-negative int) to the cheapest cost found for it. */
    private static final class StateMap {
        int[] keys;
        double[] values;
        int size;

        StateMap(int expected) {
            int cap = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
            keys = new int[cap];
            values = new double[cap];
            Arrays.fill(keys, -1);
        }

        private static int slot(int key, int mask) {
            return (key * 0x9E3779B9 >>> 7) & mask;
        }

        /** Lowers the value of {@code key} to {@code value}; returns whether the key is new. */
        boolean offer(int key, double value) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (keys[i] >= 0) {
                if (keys[i] == key) {
                    if (value < values[i]) {
                        values[i] = value;
                    }
                    return false;
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
            if (++size * 2 > keys.length) {
                grow();
            }
            return true;
        }

        double get(int key) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (keys[i] >= 0) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return Double.POSITIVE_INFINITY;
        }

        private void grow() {
            int[] oldKeys = keys;
            double[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new double[oldKeys.length * 2];
            Arrays.fill(keys, -1);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] >= 0) {
                    offer(oldKeys[i], oldValues[i]);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Lazy cycle constraints with an exact hitting set

    private static final class LazyCycles {
        final ArcGraph g;
        final Deadline deadline;
        boolean[] best;
        double ub;
        double lb;
        final CycleFamily cycles;
        final ArcGraph.Bfs bfs;
        long nodesUsed;
        boolean started;

        /** Side cost per arc and its limit, or {@code null}: answers must keep Σ side within the limit. */
        double[] side;

        double sideLimit = Double.POSITIVE_INFINITY;
        /**
         * Proof for the side-constrained mode, where the integer programme's optimality is not taken on trust:
         * returns {@code answer} itself when no hitting set of the family within the limit weighs a whole unit
         * less (weights are whole numbers), shown by a Lagrangian bound or else by a search; a lighter hitting
         * set when the search finds one (the lightest); {@code null} when the search ran out of budget.
         */
        boolean[] lighterThan(boolean[] answer) {
            double w = 0;
            for (int a = 0; a < g.m; a++) {
                if (answer[a]) {
                    w += weight != null ? weight[a] : g.cost[a];
                }
            }
            HittingSet check =
                    new HittingSet(g, cycles.asList(), g.costOf(answer) - 0.5, 0, deadline, LAZY_BUDGET_BEFORE_DP);
            check.side = side;
            check.sideLeft = sideLimit;
            check.lagWeight = weight;
            if (check.lagrangian(w - 1 + 2e-6, ROOT_MULTIPLIER_STEPS) > w - 1 + 1e-6) {
                return answer;
            }
            // the relaxation leaves a gap: search, within a budget, for a hitting set a whole unit lighter
            check.solve();
            nodesUsed += check.nodes;
            if (check.aborted) {
                return null;
            }
            return check.bestSet == null ? answer : check.bestSet;
        }
        /** Whole-number weights ordering answers as the costs do, for the integer programme, or {@code null}. */
        long[] weight;

        LazyCycles(ArcGraph g, boolean[] best, double ub, Deadline deadline) {
            this(g, best, ub, deadline, new CycleFamily(g));
        }

        /** @param known cycles found before on the same graph, which this search extends */
        LazyCycles(ArcGraph g, boolean[] best, double ub, Deadline deadline, CycleFamily known) {
            this.g = g;
            this.best = best;
            this.ub = ub;
            this.deadline = deadline;
            this.bfs = new ArcGraph.Bfs(g.n);
            this.cycles = known;
        }

        boolean addCycle(int[] cycle) {
            return cycles.add(cycle);
        }

        boolean withinSide(boolean[] removed) {
            if (side == null) {
                return true;
            }
            double sum = 0;
            for (int a = 0; a < g.m; a++) {
                if (removed[a]) {
                    sum += side[a];
                }
            }
            return sum <= sideLimit + EPS;
        }

        /** Runs until optimal, the deadline, or {@code nodeBudget} branch-and-bound nodes in total. */
        PerComponent.Result run(long nodeBudget) {
            if (!started) {
                started = true;
                if (cycles.size() == 0) {
                    addInitialCycles();
                }
            }
            return iterate(nodeBudget);
        }

        private void addInitialCycles() {
            boolean[] all = new boolean[g.m];
            Arrays.fill(all, true);
            boolean[] seeds = best;
            if (seeds == null) {
                seeds = g.breakable.clone();
            }
            lb = g.cyclePackingBound(ArcGraph.indicesOf(seeds), Long.MAX_VALUE, deadline);
            if (g.m <= 4000) {
                for (int a = 0; a < g.m && !deadline.expired(); a++) {
                    if (g.breakable[a]) {
                        int[] cyc = g.shortestCycleThrough(a, all, bfs);
                        if (cyc != null) {
                            addCycle(cyc);
                        }
                    }
                }
            } else {
                for (int a : ArcGraph.indicesOf(seeds)) {
                    int[] cyc = g.shortestCycleThrough(a, all, bfs);
                    if (cyc != null) {
                        addCycle(cyc);
                    }
                }
            }
        }

        private PerComponent.Result iterate(long nodeBudget) {
            while (true) {
                if (lb >= ub - EPS) {
                    return new PerComponent.Result(best, true, ub);
                }
                if (deadline.expired()) {
                    return new PerComponent.Result(best, false, Math.min(lb, ub));
                }
                if (side != null) {
                    CoverIlp.Answer ilp = CoverIlp.solve(g, weight, cycles.asList(), side, sideLimit, deadline);
                    if (ilp.status() == CoverIlp.Status.STOPPED) {
                        return new PerComponent.Result(best, false, Math.min(lb, ub));
                    }
                    if (ilp.status() == CoverIlp.Status.INFEASIBLE) {
                        // an infeasibility claim is not checked independently: report it as unproven
                        return new PerComponent.Result(best, false, Math.min(lb, ub));
                    }
                    if (ilp.cost() < ub - EPS && !addCyclesOrAccept(ilp.chosen(), ilp.cost())) {
                        continue;
                    }
                    // best is the answer unless a lighter hitting set of the family turns up
                    while (true) {
                        boolean[] lighter = lighterThan(best);
                        if (lighter == best) {
                            return new PerComponent.Result(best, true, ub);
                        }
                        if (lighter == null) {
                            return new PerComponent.Result(best, false, Math.min(lb, ub));
                        }
                        if (!addCyclesOrAccept(lighter, g.costOf(lighter))) {
                            break; // the lighter set leaves cycles, which are now in the family
                        }
                    }
                    continue;
                }
                HittingSet hs = new HittingSet(g, cycles.asList(), ub, lb, deadline, nodeBudget - nodesUsed);
                hs.solve();
                nodesUsed += hs.nodes;
                lb = Math.max(lb, hs.rootBound);
                if (hs.aborted) {
                    return new PerComponent.Result(best, false, Math.min(lb, ub));
                }
                if (hs.bestSet == null) {
                    // no hitting set is cheaper than the incumbent, so the incumbent is optimal
                    return new PerComponent.Result(best, true, ub);
                }
                lb = Math.max(lb, hs.bestCost);
                if (addCyclesOrAccept(hs.bestSet, hs.bestCost)) {
                    return new PerComponent.Result(best, true, ub);
                }
            }
        }

        /**
         * Accepts an optimal hitting set of the family when removing it leaves no cycle (returns true);
         * otherwise adds shortest cycles through the backward arcs of a greedy order of what remains, and
         * repairs the set into an answer that may improve the best one.
         */
        private boolean addCyclesOrAccept(boolean[] set, double setCost) {
            boolean[] active = new boolean[g.m];
            for (int a = 0; a < g.m; a++) {
                active[a] = !set[a];
            }
            if (g.isAcyclic(active)) {
                best = set;
                ub = setCost;
                return true;
            }
            int[] order = HeuristicFeedbackArcSet.greedyOrder(g, active);
            boolean[] back = g.backwardArcs(order);
            // each round of the integer programme costs much more than a search: give it every arc's cycle
            boolean[] seed = back;
            if (side != null) {
                int[] comp = g.components(active);
                seed = new boolean[g.m];
                for (int a = 0; a < g.m; a++) {
                    seed[a] = g.breakable[a] && comp[g.tail[a]] == comp[g.head[a]];
                }
            }
            for (int a = 0; a < g.m; a++) {
                if (seed[a] && active[a]) {
                    int[] cyc = g.shortestCycleThrough(a, active, bfs);
                    if (cyc != null) {
                        addCycle(cyc);
                    }
                }
            }
            int[] repaired = HeuristicFeedbackArcSet.sift(g, order, deadline, HeuristicFeedbackArcSet.MAX_SIFT_PASSES);
            boolean[] cand = g.backwardArcs(repaired);
            double candCost = g.costOf(cand);
            if (candCost < ub - EPS && withinSide(cand)) {
                best = cand;
                ub = candCost;
            }
            return false;
        }
    }

    /**
     * Exact minimum-cost hitting set of a cycle family over the breakable arcs, searching only for sets
     * strictly cheaper than an upper bound. Depth-first branch and bound: branch on the free arcs of the
     * unhit cycle with fewest free arcs (take arc i, exclude arcs before i), bound by greedy fractional
     * cycle packing over residual costs, processing cycles with fewest free arcs first.
     */
    private static final class HittingSet {
        final ArcGraph g;
        final int[][] cycles;
        final int[][] arcCycles;
        final double[] cost;
        final Deadline deadline;
        final long nodeBudget;
        final double target;
        final boolean[] chosen;
        final boolean[] excluded;
        final int[] hitCount;
        final int[] freeCount;
        final int maxLen;
        final double[] residual;
        final int[] residualStamp;
        int stamp;
        final int[] bucketStart;
        final int[] bucketOrder;

        double bestCost;
        boolean[] bestSet;
        /** Side cost per arc, or {@code null}, and how much of its limit the chosen arcs leave. */
        double[] side;

        double sideLeft = Double.POSITIVE_INFINITY;

        double rootBound;
        long nodes;
        boolean aborted;
        boolean stop;

        HittingSet(ArcGraph g, List<int[]> cycleList, double ub, double target, Deadline deadline, long nodeBudget) {
            this.g = g;
            this.cycles = cycleList.toArray(new int[0][]);
            this.cost = g.cost;
            this.deadline = deadline;
            this.nodeBudget = nodeBudget;
            this.target = target;
            this.bestCost = ub;
            int m = g.m;
            int[] deg = new int[m];
            int ml = 0;
            for (int[] c : cycles) {
                ml = Math.max(ml, c.length);
                for (int a : c) {
                    deg[a]++;
                }
            }
            maxLen = ml;
            arcCycles = new int[m][];
            for (int a = 0; a < m; a++) {
                arcCycles[a] = new int[deg[a]];
            }
            Arrays.fill(deg, 0);
            for (int ci = 0; ci < cycles.length; ci++) {
                for (int a : cycles[ci]) {
                    arcCycles[a][deg[a]++] = ci;
                }
            }
            chosen = new boolean[m];
            excluded = new boolean[m];
            hitCount = new int[cycles.length];
            freeCount = new int[cycles.length];
            for (int ci = 0; ci < cycles.length; ci++) {
                freeCount[ci] = cycles[ci].length;
            }
            residual = new double[m];
            residualStamp = new int[m];
            bucketStart = new int[maxLen + 2];
            bucketOrder = new int[cycles.length];
        }

        void solve() {
            search(0, true);
        }

        /**
         * Greedy packing bound over the unhit cycles given the current choices; also records in
         * {@code pick[0]} the unhit cycle with fewest free arcs (-1 when every cycle is hit). Returns
         * infinity when some unhit cycle has no free arc, and stops early once {@code cutoff} is reached.
         */
        double bound(int[] pick, double cutoff) {
            double packing = packing(pick, cutoff);
            if (side == null || packing >= cutoff || pick[0] < 0) {
                return packing;
            }
            return Math.max(packing, lagrangian(cutoff, nodes <= 1 ? ROOT_MULTIPLIER_STEPS : 10));
        }

        /** Whole-number weights for the Lagrangian bound of the side-constrained search ({@code null}: costs). */
        long[] lagWeight;

        private double[] lagY;
        private double lagMu;

        /**
         * A bound on the weight still to choose that sees the side constraint: the Lagrangian relaxation of
         * the unhit cycles and the side limit over the free arcs, max over y, mu >= 0 of
         * Σ y_c - mu * sideLeft + Σ_a min(0, w_a + mu * side_a - Σ y_c), improved by a few subgradient steps
         * from the multipliers the search used last (every multiplier gives a valid bound), returning as soon
         * as the bound reaches {@code cutoff}.
         */
        double lagrangian(double cutoff, int iterations) {
            if (lagY == null) {
                lagY = new double[cycles.length];
            }
            double[] reduced = new double[g.m];
            double[] grad = new double[cycles.length];
            boolean[] free = new boolean[g.m];
            for (int a = 0; a < g.m; a++) {
                free[a] = !chosen[a] && !excluded[a] && fits(a);
            }
            double best = Double.NEGATIVE_INFINITY;
            double step = 1;
            int stale = 0;
            for (int it = 0; it < iterations; it++) {
                for (int a = 0; a < g.m; a++) {
                    reduced[a] = (lagWeight != null ? lagWeight[a] : cost[a]) + lagMu * side[a];
                }
                double value = -lagMu * sideLeft;
                for (int c = 0; c < cycles.length; c++) {
                    if (hitCount[c] == 0) {
                        value += lagY[c];
                        for (int a : cycles[c]) {
                            reduced[a] -= lagY[c];
                        }
                    }
                }
                double used = 0;
                for (int a = 0; a < g.m; a++) {
                    if (free[a] && reduced[a] < 0) {
                        value += reduced[a];
                        used += side[a];
                    }
                }
                // give up a hair for rounding: the bound must never be overstated
                value -= 1e-9 * Math.max(1, Math.abs(value));
                if (value > best) {
                    best = value;
                    stale = 0;
                } else if (++stale >= 5) {
                    step /= 2;
                    stale = 0;
                }
                if (best >= cutoff) {
                    return best;
                }
                double norm = 0;
                for (int c = 0; c < cycles.length; c++) {
                    if (hitCount[c] != 0) {
                        continue;
                    }
                    double gc = 1;
                    for (int a : cycles[c]) {
                        if (free[a] && reduced[a] < 0) {
                            gc--;
                        }
                    }
                    grad[c] = gc < 0 && lagY[c] == 0 ? 0 : gc;
                    norm += grad[c] * grad[c];
                }
                double gMu = used - sideLeft;
                if (gMu < 0 && lagMu == 0) {
                    gMu = 0;
                }
                norm += gMu * gMu;
                if (norm == 0) {
                    break;
                }
                double t = step * Math.max(cutoff - value, 1e-6) / norm;
                for (int c = 0; c < cycles.length; c++) {
                    if (hitCount[c] == 0) {
                        lagY[c] = Math.max(0, lagY[c] + t * grad[c]);
                    }
                }
                lagMu = Math.max(0, lagMu + t * gMu);
            }
            return best;
        }

        private double packing(int[] pick, double cutoff) {
            Arrays.fill(bucketStart, 0);
            for (int ci = 0; ci < cycles.length; ci++) {
                if (hitCount[ci] == 0) {
                    bucketStart[freeCount[ci] + 1]++;
                }
            }
            for (int i = 1; i < bucketStart.length; i++) {
                bucketStart[i] += bucketStart[i - 1];
            }
            int unhit = bucketStart[bucketStart.length - 1];
            int[] pos = Arrays.copyOf(bucketStart, bucketStart.length);
            for (int ci = 0; ci < cycles.length; ci++) {
                if (hitCount[ci] == 0) {
                    bucketOrder[pos[freeCount[ci]]++] = ci;
                }
            }
            if (unhit == 0) {
                pick[0] = -1;
                return 0;
            }
            pick[0] = bucketOrder[0];
            if (freeCount[bucketOrder[0]] == 0) {
                return Double.POSITIVE_INFINITY;
            }
            int st = ++stamp;
            double lb = 0;
            for (int i = 0; i < unhit; i++) {
                int[] cyc = cycles[bucketOrder[i]];
                double min = Double.POSITIVE_INFINITY;
                for (int a : cyc) {
                    if (excluded[a] || !fits(a)) {
                        continue;
                    }
                    if (residualStamp[a] != st) {
                        residualStamp[a] = st;
                        residual[a] = cost[a];
                    }
                    if (residual[a] < min) {
                        min = residual[a];
                    }
                }
                if (min <= 0) {
                    continue;
                }
                lb += min;
                if (lb >= cutoff) {
                    return lb;
                }
                for (int a : cyc) {
                    if (!excluded[a] && fits(a)) {
                        residual[a] -= min;
                    }
                }
            }
            return lb;
        }

        private void search(double current, boolean root) {
            nodes++;
            if (nodes > nodeBudget || ((nodes & 255) == 0 && deadline.expired())) {
                aborted = true;
                return;
            }
            int[] pick = new int[1];
            double cutoff = bestCost - EPS - current;
            double lb = bound(pick, cutoff);
            if (root) {
                rootBound = Math.min(lb, bestCost);
            }
            if (lb >= cutoff) {
                return;
            }
            if (pick[0] < 0) {
                bestCost = current;
                bestSet = chosen.clone();
                if (bestCost <= target + EPS) {
                    stop = true;
                }
                return;
            }
            int[] cyc = cycles[pick[0]];
            int free = 0;
            int[] cand = new int[cyc.length];
            double[] score = new double[cyc.length];
            for (int a : cyc) {
                if (!excluded[a] && fits(a)) {
                    int unhit = 0;
                    for (int ci : arcCycles[a]) {
                        if (hitCount[ci] == 0) {
                            unhit++;
                        }
                    }
                    score[free] = unhit / cost[a];
                    cand[free++] = a;
                }
            }
            // best score first, ties by arc index (cycles are sorted by arc index)
            for (int i = 1; i < free; i++) {
                int a = cand[i];
                double s = score[i];
                int j = i - 1;
                while (j >= 0 && score[j] < s) {
                    cand[j + 1] = cand[j];
                    score[j + 1] = score[j];
                    j--;
                }
                cand[j + 1] = a;
                score[j + 1] = s;
            }
            int done = 0;
            for (int i = 0; i < free && !aborted && !stop; i++) {
                int a = cand[i];
                choose(a);
                search(current + cost[a], false);
                unchoose(a);
                exclude(a);
                done++;
            }
            for (int i = 0; i < done; i++) {
                unexclude(cand[i]);
            }
        }

        private boolean fits(int a) {
            return side == null || side[a] <= sideLeft + EPS;
        }

        private void choose(int a) {
            if (side != null) {
                sideLeft -= side[a];
            }
            chosen[a] = true;
            for (int ci : arcCycles[a]) {
                hitCount[ci]++;
                freeCount[ci]--;
            }
        }

        private void unchoose(int a) {
            if (side != null) {
                sideLeft += side[a];
            }
            chosen[a] = false;
            for (int ci : arcCycles[a]) {
                hitCount[ci]--;
                freeCount[ci]++;
            }
        }

        private void exclude(int a) {
            excluded[a] = true;
            for (int ci : arcCycles[a]) {
                freeCount[ci]--;
            }
        }

        private void unexclude(int a) {
            excluded[a] = false;
            for (int ci : arcCycles[a]) {
                freeCount[ci]++;
            }
        }
    }
}
