package io.itplan.core.cycles;

import java.util.Arrays;
import java.util.List;

/**
 * Exact minimum-cost hitting set of a cycle family over the breakable arcs, searching only for sets
 * strictly cheaper than an upper bound. Depth-first branch and bound: branch on the free arcs of the
 * unhit cycle with fewest free arcs (take arc i, exclude arcs before i), bound by greedy fractional
 * cycle packing over residual costs, processing cycles with fewest free arcs first.
 */
final class MinimumHittingSet {
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

    MinimumHittingSet(ArcGraph g, List<int[]> cycleList, double ub, double target, Deadline deadline, long nodeBudget) {
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
        return Math.max(packing, lagrangian(cutoff, nodes <= 1 ? ExactFeedbackArcSet.ROOT_MULTIPLIER_STEPS : 10));
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
        double cutoff = bestCost - ExactFeedbackArcSet.EPS - current;
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
            if (bestCost <= target + ExactFeedbackArcSet.EPS) {
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
        return side == null || side[a] <= sideLeft + ExactFeedbackArcSet.EPS;
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
