package io.itplan.core.cycles;

/**
 * The class integration test order heuristic of L. C. Briand, Y. Labiche and Y. Wang, "An investigation
 * of graph-based class integration test order strategies", IEEE Transactions on Software Engineering
 * 29(7), 2003, for comparison with the exact optimum.
 *
 * <p>Rule: decompose the graph into strongly connected components (Tarjan). In every non-trivial
 * component, give each breakable (association) arc u &rarr; v the weight in(u) &times; out(v), where in(u)
 * is the number of arcs into u and out(v) the number of arcs out of v, both counted inside the component
 * and over all its present arcs (breakable or not, parallel arcs each counting once). Remove the arc of
 * largest weight (ties: lowest arc index), recompute the components of the component it was in, and
 * repeat until every component is trivial. Unbreakable (inheritance, aggregation, composition) arcs are
 * never removed; since they alone are acyclic, every non-trivial component has a breakable arc.
 *
 * <p>Like the published heuristic it counts dependencies and ignores {@link ArcProblem#cost()} when
 * choosing; the reported cost is the summed cost of the removed arcs. It proves nothing:
 * {@code optimal} only when nothing is removed, {@code lowerBound} always 0. Deterministic. If the
 * deadline expires first, the arcs still present that point backward in a greedy order keeping all
 * unbreakable arcs forward are removed too (see {@link ClassicSelection#answer}), so the answer is still
 * valid but no longer the published rule's.
 *
 * <p>Work: one bidirectional search per removal, plus a decomposition of the affected component only when
 * the removal splits it (see {@link HeaviestArcRemoval}).
 */
public final class BriandHeuristic implements FeedbackArcSetSolver {

    @Override
    public ArcSelection solve(ArcProblem problem, Deadline deadline) {
        ClassicSelection state = new ClassicSelection(problem);
        int[] oneGroup = new int[problem.nodeCount()];
        boolean done =
                new HeaviestArcRemoval(state, oneGroup, HeaviestArcRemoval.Weight.PRODUCT_IN_COMPONENT).run(deadline);
        return state.answer(!done);
    }
}
