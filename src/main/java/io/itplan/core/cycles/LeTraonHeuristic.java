package io.itplan.core.cycles;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The class integration test order heuristic of Y. Le Traon, T. J&eacute;ron, J.-M. J&eacute;z&eacute;quel
 * and P. Morel, "Efficient object-oriented integration and regression testing", IEEE Transactions on
 * Reliability 49(1), 2000, for comparison with the exact optimum.
 *
 * <p>Rule: decompose the graph into strongly connected components with Tarjan's depth-first search. In
 * every non-trivial component, the weight of a node is its number of incoming plus outgoing
 * <em>fronds</em>: arcs that the search found going from a node to one of its ancestors on the search
 * path (arcs to nodes visited earlier but not on the path, Tarjan's cross-links, do not count; parallel
 * fronds each count). Take the node of largest weight (ties: lowest node index) and remove all its
 * breakable incoming arcs from nodes of the same component (Le Traon et al. break the non-inheritance
 * incoming edges of the chosen node); if it has none, take the next node in that order. Then decompose
 * that component again, with a new search, and repeat until every component is trivial. Since the
 * unbreakable arcs alone are acyclic, some node of a non-trivial component always has a breakable
 * incoming arc inside it.
 *
 * <p>Choices where the paper leaves a detail open: the search that weighs a component is Tarjan's own
 * search over the component being decomposed (the whole graph at first), started from its nodes in
 * ascending index and following arcs in ascending index; the weights of each component found come from
 * that one search. Weights are recomputed from a fresh search after every removal step.
 *
 * <p>Like the published heuristic it counts dependencies and ignores {@link ArcProblem#cost()} when
 * choosing; the reported cost is the summed cost of the removed arcs. It proves nothing:
 * {@code optimal} only when nothing is removed, {@code lowerBound} always 0. Deterministic. If the
 * deadline expires first, the arcs still present that point backward in a greedy order keeping all
 * unbreakable arcs forward are removed too (see {@link ClassicSelection#answer}), so the answer is still
 * valid but no longer the published rule's. Work: one search of the affected component per chosen node,
 * so O(n &middot; m) at worst, as published; the frond weights need that fresh search every time.
 */
public final class LeTraonHeuristic implements FeedbackArcSetSolver {

    @Override
    public ArcSelection solve(ArcProblem problem, Deadline deadline) {
        ClassicSelection state = new ClassicSelection(problem);
        ArcGraph g = state.g;
        SubsetComponents scc = new SubsetComponents(g, state.active);
        int[] pieceOf = new int[g.n];
        int pieceCount = 0;
        Deque<int[]> work = new ArrayDeque<>();
        int[] all = new int[g.n];
        for (int v = 0; v < g.n; v++) {
            all[v] = v;
        }
        work.push(all);
        boolean expired = false;
        while (!work.isEmpty()) {
            if (deadline.expired()) {
                expired = true;
                break;
            }
            for (int[] piece : scc.split(work.pop())) {
                if (piece.length < 2) {
                    continue;
                }
                int id = ++pieceCount;
                for (int v : piece) {
                    pieceOf[v] = id;
                }
                int chosen = -1;
                for (int v : piece) {
                    if ((chosen < 0
                                    || scc.fronds[v] > scc.fronds[chosen]
                                    || (scc.fronds[v] == scc.fronds[chosen] && v < chosen))
                            && hasBreakableArcIn(g, state.active, pieceOf, v)) {
                        chosen = v;
                    }
                }
                for (int i = g.inStart[chosen]; i < g.inStart[chosen + 1]; i++) {
                    int a = g.inArcs[i];
                    if (state.active[a] && g.breakable[a] && pieceOf[g.tail[a]] == id) {
                        state.remove(a);
                    }
                }
                work.push(piece);
            }
        }
        return state.answer(expired);
    }

    /** Whether {@code v} has a present breakable arc from a node of its own piece. */
    private static boolean hasBreakableArcIn(ArcGraph g, boolean[] active, int[] pieceOf, int v) {
        for (int i = g.inStart[v]; i < g.inStart[v + 1]; i++) {
            int a = g.inArcs[i];
            if (active[a] && g.breakable[a] && pieceOf[g.tail[a]] == pieceOf[v]) {
                return true;
            }
        }
        return false;
    }
}
