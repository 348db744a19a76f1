package io.itplan.core.cycles;

/**
 * The class integration test order heuristic of K.-C. Tai and F. J. Daniels, "Interclass test order for
 * object-oriented software", Journal of Object-Oriented Programming 12(4), 1999, for comparison with the
 * exact optimum.
 *
 * <p>Rule, in three steps:
 * <ol>
 *   <li><b>Major levels</b> from the unbreakable (inheritance, aggregation, composition) arcs only: a class
 *       with no unbreakable arc out of it has major level 1, any other class 1 + the largest major level of
 *       the classes its unbreakable arcs lead to. Classes are tested by ascending major level, so every
 *       unbreakable arc goes from a higher to a strictly lower level.</li>
 *   <li><b>Upward associations</b>: a breakable arc from a class to one of a <em>higher</em> major level
 *       means a class depends on one that is tested after it, so the order needs a stub for it: every such
 *       arc is removed, whether or not it lies on a cycle. (This is why the method can remove arcs even
 *       from an acyclic graph.) Breakable arcs to a lower major level agree with the order and stay.</li>
 *   <li><b>Within each major level</b>, cycles among the association arcs between classes of that level
 *       are broken by edge weight, as Briand, Labiche and Wang (IEEE TSE 29(7), 2003) describe it: the
 *       weight of an arc u &rarr; v is in(u) + out(v), the numbers of arcs into u and out of v between
 *       classes of the same major level. The arc of largest weight (ties: lowest arc index) among the arcs
 *       that lie on a cycle of the level (inside a non-trivial strongly connected component of the level's
 *       arcs) is removed, weights and components are brought up to date, and this repeats until the level
 *       has no cycle. Minor levels (a topological order within each level) follow and remove nothing.</li>
 * </ol>
 * The result is acyclic: every arc left either goes to a strictly lower major level (all unbreakable arcs
 * and the downward associations) or stays within a level, whose remaining arcs are acyclic; so ordering
 * by major level, then topologically within a level, puts every remaining arc's head before its tail.
 *
 * <p>Choices where the paper leaves a detail open: only arcs on a cycle of the level are candidates
 * (removing any other arc breaks nothing); weights are recomputed after every removal, from the level's
 * remaining arcs, including those on no cycle; parallel arcs each count.
 *
 * <p>Like the published heuristic it counts dependencies and ignores {@link ArcProblem#cost()} when
 * choosing; the reported cost is the summed cost of the removed arcs. It proves nothing:
 * {@code optimal} only when nothing is removed, {@code lowerBound} always 0. Deterministic. If the
 * deadline expires first, the arcs still present that point backward in a greedy order keeping all
 * unbreakable arcs forward are removed too (see {@link ClassicSelection#answer}), so the answer is still
 * valid but no longer the published rule's.
 */
public final class TaiDanielsHeuristic implements FeedbackArcSetSolver {

    @Override
    public ArcSelection solve(ArcProblem problem, Deadline deadline) {
        ClassicSelection state = new ClassicSelection(problem);
        ArcGraph g = state.g;
        int[] level = majorLevels(g);
        for (int a = 0; a < g.m; a++) {
            if (g.breakable[a] && level[g.tail[a]] < level[g.head[a]]) {
                state.remove(a);
            }
        }
        boolean done = new HeaviestArcRemoval(state, level, HeaviestArcRemoval.Weight.SUM_IN_GROUP).run(deadline);
        return state.answer(!done);
    }

    /**
     * The major level of every class, counted from 0 here (Tai and Daniels count from 1): the length of the
     * longest path of unbreakable arcs leaving it.
     */
    static int[] majorLevels(ArcGraph g) {
        boolean[] unbreakable = new boolean[g.m];
        for (int a = 0; a < g.m; a++) {
            unbreakable[a] = !g.breakable[a];
        }
        int[] order = g.topologicalOrder(unbreakable);
        int[] level = new int[g.n];
        for (int k = g.n - 1; k >= 0; k--) {
            int v = order[k];
            for (int i = g.outStart[v]; i < g.outStart[v + 1]; i++) {
                int a = g.outArcs[i];
                if (unbreakable[a]) {
                    level[v] = Math.max(level[v], level[g.head[a]] + 1);
                }
            }
        }
        return level;
    }
}
