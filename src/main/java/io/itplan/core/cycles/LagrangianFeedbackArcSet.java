package io.itplan.core.cycles;

import java.util.Arrays;

/**
 * Feedback arc set for components too large for an exact search, with a strong proven lower bound and the
 * gap between the two.
 *
 * <p>The minimum feedback arc set is the covering problem min Σ w·x subject to Σ_{a∈C} x_a ≥ 1 for every
 * cycle C, x ∈ {0, 1}. Its Lagrangian relaxation over a family 𝒞 of cycles, with a multiplier λ_C ≥ 0 per
 * cycle, is L(λ) = Σ λ_C + Σ_a min(0, w_a − Σ_{C∋a} λ_C); every L(λ) is a lower bound of the optimum, and
 * the best of them equals the bound of the linear relaxation over 𝒞 (Held &amp; Karp 1971; Beasley, "A
 * Lagrangian heuristic for set-covering problems", Naval Research Logistics 37, 1990). The multipliers are
 * improved by subgradient optimisation, and the family grows lazily as in the exact method of Baharev,
 * Schichl, Neumaier &amp; Achterberg (ACM JEA 26, 2021): the arcs the relaxation currently cuts (negative
 * reduced cost) are removed, and a shortest cycle through every backward arc of a greedy order of what
 * remains joins the family.
 *
 * <p>Upper bounds come from orders: the Eades–Lin–Smyth greedy order with sifting to start
 * ({@link HeuristicFeedbackArcSet}), then in every round a greedy order of the graph without the arcs the
 * relaxation cuts, improved by sifting over the true costs — the relaxation steers the search toward the
 * arcs that many cycles share. The search stops when the bound proves the best answer optimal
 * ({@link ArcProblem#proves}) or the deadline expires; the answer then carries the best bound, so the gap is
 * known. Deterministic: every choice is broken by index, and work is counted with {@link Deadline#spend}.
 */
public final class LagrangianFeedbackArcSet implements FeedbackArcSetSolver {
    /** Subgradient iterations per round before the cycle family is extended. */
    static final int ITERATIONS_PER_ROUND = 150;
    /** Rounds without a better bound after which the step factor is halved. */
    private static final int PATIENCE = 12;
    /** Restarts of the step size that may fail to raise the bound before the relaxation counts as converged. */
    private static final int MAX_FUTILE_RESTARTS = 3;

    private static final double EPS = 1e-9;

    @Override
    public ArcSelection solve(ArcProblem problem, Deadline deadline) {
        return PerComponent.solve(problem, deadline, (g, d) -> new Search(g, problem, d).run());
    }

    private static final class Search {
        final ArcGraph g;
        final ArcProblem original;
        final Deadline deadline;
        final CycleFamily family;
        final ArcGraph.Bfs bfs;
        boolean[] best;
        double ub;
        double lb;
        double[] lambda = new double[256];
        double[] bestLambda = new double[0];
        final double[] reduced;
        double step = 2;
        boolean expired;
        boolean converged;
        double boundAtRestart = Double.NEGATIVE_INFINITY;
        int futileRestarts;

        Search(ArcGraph g, ArcProblem original, Deadline deadline) {
            this.g = g;
            this.original = original;
            this.deadline = deadline;
            this.family = new CycleFamily(g);
            this.bfs = new ArcGraph.Bfs(g.n);
            this.reduced = new double[g.m];
        }

        boolean proved() {
            return original.proves(lb, ub);
        }

        PerComponent.Result run() {
            int[] order = HeuristicFeedbackArcSet.sift(
                    g, HeuristicFeedbackArcSet.greedyOrder(g, null), deadline, HeuristicFeedbackArcSet.MAX_SIFT_PASSES);
            best = g.backwardArcs(order);
            ub = g.costOf(best);
            if (ub == 0) {
                return new PerComponent.Result(best, true, 0);
            }
            addInitialCycles();
            while (!expired && !converged && !proved()) {
                subgradient();
                if (expired || proved()) {
                    break;
                }
                extend();
            }
            return new PerComponent.Result(best, proved(), Math.min(lb, ub));
        }

        /** A shortest cycle through every breakable arc, starting the multipliers at a greedy packing. */
        private void addInitialCycles() {
            boolean[] all = new boolean[g.m];
            Arrays.fill(all, true);
            for (int a = 0; a < g.m && !expired; a++) {
                if (g.breakable[a]) {
                    long before = bfs.work;
                    int[] cyc = g.shortestCycleThrough(a, all, bfs);
                    if (cyc != null) {
                        family.add(cyc);
                    }
                    expired = deadline.spend(bfs.work - before + 1);
                }
            }
        }

        /** Reduced costs under the multipliers, and the Lagrangian bound they give. */
        private double evaluate(double[] mult) {
            for (int a = 0; a < g.m; a++) {
                reduced[a] = g.cost[a];
            }
            double sum = 0;
            int k = family.size();
            for (int c = 0; c < k; c++) {
                double l = c < mult.length ? mult[c] : 0;
                if (l == 0) {
                    continue;
                }
                sum += l;
                for (int a : family.get(c)) {
                    reduced[a] -= l;
                }
            }
            for (int a = 0; a < g.m; a++) {
                if (reduced[a] < 0) {
                    sum += reduced[a];
                }
            }
            return sum;
        }

        private void subgradient() {
            int k = family.size();
            if (lambda.length < k) {
                lambda = Arrays.copyOf(lambda, Math.max(k, lambda.length * 2));
            }
            double[] grad = new double[k];
            int stale = 0;
            for (int it = 0; it < ITERATIONS_PER_ROUND; it++) {
                double value = evaluate(lambda);
                // a bound must never be overstated by rounding: give up a relative hair of it
                double bound = value - EPS * Math.max(1, Math.abs(value));
                if (bound > lb + EPS) {
                    lb = bound;
                    bestLambda = Arrays.copyOf(lambda, k);
                    stale = 0;
                } else if (++stale >= PATIENCE) {
                    step /= 2;
                    stale = 0;
                }
                expired = deadline.spend(family.totalLength() + g.m);
                if (expired || proved() || step < 1e-6) {
                    return;
                }
                double norm = 0;
                for (int c = 0; c < k; c++) {
                    int[] cyc = family.get(c);
                    double gc = 1;
                    for (int a : cyc) {
                        if (reduced[a] < 0) {
                            gc--;
                        }
                    }
                    if (gc < 0 && lambda[c] == 0) {
                        gc = 0;
                    }
                    grad[c] = gc;
                    norm += gc * gc;
                }
                if (norm == 0) {
                    step = 0; // the relaxation's cut hits every cycle of the family once: optimal over it
                    return;
                }
                double t = step * Math.max(ub - value, EPS * ub) / norm;
                for (int c = 0; c < k; c++) {
                    lambda[c] = Math.max(0, lambda[c] + t * grad[c]);
                }
            }
        }

        /**
         * Removes what the best multipliers cut, adds shortest cycles through the backward arcs of a greedy
         * order of the rest, and turns that order (sifted) into an answer.
         */
        private void extend() {
            evaluate(bestLambda.length > 0 ? bestLambda : lambda);
            boolean[] active = new boolean[g.m];
            for (int a = 0; a < g.m; a++) {
                active[a] = !(g.breakable[a] && reduced[a] < 0);
            }
            int added = addCyclesAvoiding(active);
            if (added == 0 && !expired) {
                // the cut is feasible: look among the arcs it barely leaves, whose reduced cost is near zero
                for (int a = 0; a < g.m; a++) {
                    active[a] = !(g.breakable[a] && reduced[a] <= 1e-3 * g.cost[a]);
                }
                added = addCyclesAvoiding(active);
            }
            improveWith(HeuristicFeedbackArcSet.greedyOrder(g, active));
            improveWith(HeuristicFeedbackArcSet.greedyOrder(new ArcGraph(lagrangianCosts()), null));
            if (added > 0) {
                step = Math.max(step, 0.5); // new cycles: let the multipliers move again
            } else if (step < 1e-6) {
                if (lb <= boundAtRestart + EPS * Math.max(1, lb) && ++futileRestarts >= MAX_FUTILE_RESTARTS) {
                    converged = true; // the relaxation has given all it can
                    return;
                }
                boundAtRestart = lb;
                step = 1; // start over from the best multipliers with large steps
                lambda = Arrays.copyOf(bestLambda, Math.max(bestLambda.length, family.size()));
            }
        }

        /** Adds a shortest cycle of the active arcs through every backward arc of their greedy order. */
        private int addCyclesAvoiding(boolean[] active) {
            int[] order = HeuristicFeedbackArcSet.greedyOrder(g, active);
            boolean[] back = g.backwardArcs(order);
            int added = 0;
            for (int a = 0; a < g.m && !expired; a++) {
                if (back[a] && active[a]) {
                    long before = bfs.work;
                    int[] cyc = g.shortestCycleThrough(a, active, bfs);
                    if (cyc != null && family.add(cyc)) {
                        added++;
                    }
                    expired = deadline.spend(bfs.work - before + 1);
                }
            }
            return added;
        }

        /**
         * The problem with every arc costing what the relaxation says cutting it is worth: its reduced cost,
         * kept positive, so that arcs many cycles share look cheap.
         */
        private ArcProblem lagrangianCosts() {
            double[] c = new double[g.m];
            for (int a = 0; a < g.m; a++) {
                c[a] = Math.max(reduced[a], 0) + 0.01 * g.cost[a];
            }
            return new ArcProblem(g.n, g.tail, g.head, c, g.breakable);
        }

        /** Sifts {@code order} over the true costs and keeps it if it beats the best answer. */
        private void improveWith(int[] order) {
            if (expired) {
                return;
            }
            int[] improved = HeuristicFeedbackArcSet.sift(g, order, deadline, HeuristicFeedbackArcSet.MAX_SIFT_PASSES);
            boolean[] cand = g.backwardArcs(improved);
            double cost = g.costOf(cand);
            if (cost < ub - EPS) {
                best = cand;
                ub = cost;
            }
            expired = deadline.spend((long) g.m * 8);
        }
    }
}
