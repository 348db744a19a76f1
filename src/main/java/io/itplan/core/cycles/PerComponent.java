package io.itplan.core.cycles;

import java.util.Arrays;

/**
 * Splits a feedback arc set problem into its strongly connected components, which can be solved
 * independently because every cycle lies inside one, and adds up the answers.
 */
final class PerComponent {
    private PerComponent() {}

    /** Solves one strongly connected component (nodes and arcs renumbered from 0). */
    interface Solver {
        Result solve(ArcGraph component, Deadline deadline);
    }

    /** What one component contributes: the arcs it removes, whether that is proven optimal, and a bound. */
    record Result(boolean[] removed, boolean optimal, double lowerBound) {}

    static ArcSelection solve(ArcProblem problem, Deadline deadline, Solver solver) {
        ArcGraph g = new ArcGraph(problem);
        int n = g.n;
        int[] comp = g.components(null);
        int compCount = 0;
        for (int c : comp) {
            compCount = Math.max(compCount, c + 1);
        }
        int[] compSize = new int[compCount];
        for (int v = 0; v < n; v++) {
            compSize[comp[v]]++;
        }
        int[][] compNodes = new int[compCount][];
        for (int c = 0; c < compCount; c++) {
            compNodes[c] = new int[compSize[c]];
        }
        int[] localIndex = new int[n];
        int[] fill = new int[compCount];
        for (int v = 0; v < n; v++) {
            int c = comp[v];
            localIndex[v] = fill[c];
            compNodes[c][fill[c]++] = v;
        }
        int[] compArcCount = new int[compCount];
        for (int a = 0; a < g.m; a++) {
            if (comp[g.tail[a]] == comp[g.head[a]]) {
                compArcCount[comp[g.tail[a]]]++;
            }
        }
        int[][] compArcs = new int[compCount][];
        for (int c = 0; c < compCount; c++) {
            compArcs[c] = new int[compArcCount[c]];
        }
        Arrays.fill(fill, 0);
        for (int a = 0; a < g.m; a++) {
            int c = comp[g.tail[a]];
            if (c == comp[g.head[a]]) {
                compArcs[c][fill[c]++] = a;
            }
        }

        boolean[] removed = new boolean[g.m];
        double lowerBound = 0;
        boolean optimal = true;
        for (int c = 0; c < compCount; c++) {
            int[] arcs = compArcs[c];
            if (arcs.length == 0) {
                continue;
            }
            int k = arcs.length;
            int[] t = new int[k];
            int[] h = new int[k];
            double[] w = new double[k];
            boolean[] b = new boolean[k];
            for (int i = 0; i < k; i++) {
                int a = arcs[i];
                t[i] = localIndex[g.tail[a]];
                h[i] = localIndex[g.head[a]];
                w[i] = g.cost[a];
                b[i] = g.breakable[a];
            }
            Result r = solver.solve(
                    new ArcGraph(new ArcProblem(compNodes[c].length, t, h, w, b, problem.unit())), deadline);
            for (int i = 0; i < k; i++) {
                if (r.removed[i]) {
                    removed[arcs[i]] = true;
                }
            }
            lowerBound += r.lowerBound;
            optimal &= r.optimal;
        }
        double cost = g.costOf(removed);
        if (optimal) {
            lowerBound = cost;
        } else {
            lowerBound = Math.min(lowerBound, cost);
        }
        return new ArcSelection(ArcGraph.indicesOf(removed), cost, optimal, lowerBound);
    }
}
