package io.itplan.core.cycles;

import java.util.Arrays;

/**
 * Lazy cycle constraints with an exact hitting set (Baharev, Schichl, Neumaier &amp; Achterberg, ACM JEA 26, 2021):
 * keep a growing family of cycles, hit it with a minimum-cost set of breakable arcs, and stop when removing that set
 * leaves the component acyclic; else add the cycles it leaves and repeat. Every hitting set optimum is a proven lower
 * bound. Part of {@link ExactFeedbackArcSet}, which says when it is used; also the exact step of the (A, M) front,
 * with a side constraint.
 */
final class LazyCycleConstraints {
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
        MinimumHittingSet check = new MinimumHittingSet(
                g, cycles.asList(), g.costOf(answer) - 0.5, 0, deadline, ExactFeedbackArcSet.LAZY_BUDGET_BEFORE_DP);
        check.side = side;
        check.sideLeft = sideLimit;
        check.lagWeight = weight;
        if (check.lagrangian(w - 1 + 2e-6, ExactFeedbackArcSet.ROOT_MULTIPLIER_STEPS) > w - 1 + 1e-6) {
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

    LazyCycleConstraints(ArcGraph g, boolean[] best, double ub, Deadline deadline) {
        this(g, best, ub, deadline, new CycleFamily(g));
    }

    /** @param known cycles found before on the same graph, which this search extends */
    LazyCycleConstraints(ArcGraph g, boolean[] best, double ub, Deadline deadline, CycleFamily known) {
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
        return sum <= sideLimit + ExactFeedbackArcSet.EPS;
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
            if (lb >= ub - ExactFeedbackArcSet.EPS) {
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
                if (ilp.cost() < ub - ExactFeedbackArcSet.EPS && !addCyclesOrAccept(ilp.chosen(), ilp.cost())) {
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
            MinimumHittingSet hs = new MinimumHittingSet(g, cycles.asList(), ub, lb, deadline, nodeBudget - nodesUsed);
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
        if (candCost < ub - ExactFeedbackArcSet.EPS && withinSide(cand)) {
            best = cand;
            ub = candCost;
        }
        return false;
    }
}
