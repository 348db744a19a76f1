package io.itplan.core.cycles;

/**
 * What the classic CITO heuristics ({@link TaiDanielsHeuristic}, {@link LeTraonHeuristic},
 * {@link BriandHeuristic}) share: the input check, the mutable state of which arcs are still present and
 * which were removed, and the way an answer is reported. They prove nothing, so an answer is optimal only
 * when nothing had to be removed, and the lower bound is always 0.
 */
final class ClassicSelection {
    final ArcGraph g;
    /** Arcs still present. */
    final boolean[] active;
    /** Arcs removed so far (stubs); never an unbreakable arc. */
    final boolean[] removed;

    ClassicSelection(ArcProblem problem) {
        g = new ArcGraph(problem);
        boolean[] unbreakable = new boolean[g.m];
        active = new boolean[g.m];
        removed = new boolean[g.m];
        for (int a = 0; a < g.m; a++) {
            unbreakable[a] = !g.breakable[a];
            active[a] = true;
        }
        if (!g.isAcyclic(unbreakable)) {
            throw new IllegalArgumentException("the unbreakable arcs form a cycle");
        }
    }

    void remove(int a) {
        active[a] = false;
        removed[a] = true;
    }

    /**
     * The answer. When the heuristic stopped early ({@code expired}), the arcs still present may contain
     * cycles: every present breakable arc that points backward in the greedy order of
     * {@link HeuristicFeedbackArcSet#greedyOrder} over the present arcs (an order in which all unbreakable
     * arcs point forward) is removed as well, which always leaves the graph acyclic.
     */
    ArcSelection answer(boolean expired) {
        if (expired) {
            boolean[] back = g.backwardArcs(HeuristicFeedbackArcSet.greedyOrder(g, active));
            for (int a = 0; a < g.m; a++) {
                if (active[a] && back[a]) {
                    remove(a);
                }
            }
        }
        int[] arcs = ArcGraph.indicesOf(removed);
        return new ArcSelection(arcs, g.costOf(removed), arcs.length == 0, 0);
    }
}
