package io.itplan.core.cycles;

import static io.itplan.core.cycles.FasFixtures.acyclicAfterRemoving;
import static io.itplan.core.cycles.FasFixtures.graph;
import static io.itplan.core.cycles.FasFixtures.removesOnlyBreakable;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HeuristicFeedbackArcSetTest {

    private final FeedbackArcSetSolver heuristic = new HeuristicFeedbackArcSet();

    private ArcSelection solve(ArcProblem p) {
        ArcSelection s = heuristic.solve(p, Deadline.none());
        assertTrue(acyclicAfterRemoving(p, s.removedArcs()), "acyclic after removal");
        assertTrue(removesOnlyBreakable(p, s.removedArcs()), "only breakable arcs removed");
        assertTrue(s.lowerBound() <= s.cost() + 1e-9, "lower bound below cost");
        assertEquals(FasFixtures.costOf(p, s.removedArcs()), s.cost(), 1e-9, "cost is the sum of removed arcs");
        return s;
    }

    @Test
    void heuristicRemovesCheaperArcOfTwoCycleAndProvesIt() {
        ArcSelection s = solve(graph(2).arc(0, 1, 2).arc(1, 0, 1).build());
        assertArrayEquals(new int[] {1}, s.removedArcs());
        assertTrue(s.optimal());
    }

    @Test
    void heuristicRemovesCheapArcOfTriangle() {
        ArcSelection s = solve(graph(3).arc(0, 1, 3).arc(1, 2, 3).arc(2, 0, 1).build());
        assertArrayEquals(new int[] {2}, s.removedArcs());
        assertTrue(s.optimal());
    }

    @Test
    void heuristicKeepsUnbreakableArcForward() {
        ArcSelection s = solve(graph(2).fixed(0, 1, 1).arc(1, 0, 5).build());
        assertArrayEquals(new int[] {1}, s.removedArcs());
    }

    @Test
    void heuristicKeepsUnbreakableChainForwardInDenseGraph() {
        FasFixtures.Builder b = graph(6);
        for (int i = 0; i < 5; i++) {
            b.fixed(i, i + 1, 1);
        }
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < i; j++) {
                b.arc(i, j, 0.5);
            }
        }
        ArcSelection s = solve(b.build());
        assertEquals(15 * 0.5, s.cost(), 1e-9);
    }

    @Test
    void heuristicLeavesAcyclicGraphAlone() {
        ArcSelection s = solve(
                graph(4).arc(0, 1, 1).arc(1, 2, 1).arc(0, 2, 1).fixed(2, 3, 1).build());
        assertEquals(0, s.removedArcs().length);
        assertTrue(s.optimal());
        assertEquals(0.0, s.lowerBound());
    }

    @Test
    void heuristicHandlesGraphWithoutArcs() {
        ArcSelection s = solve(graph(3).build());
        assertEquals(0, s.removedArcs().length);
        assertTrue(s.optimal());
    }

    @Test
    void heuristicIsDeterministic() {
        ArcProblem p = FasFixtures.randomStronglyConnected(new Random(5), 300, 1500);
        assertEquals(heuristic.solve(p, Deadline.none()), heuristic.solve(p, Deadline.none()));
    }

    @Test
    void heuristicHandlesLargeComponentQuickly() {
        ArcProblem p = FasFixtures.randomStronglyConnected(new Random(1), 10_000, 50_000);
        long start = System.nanoTime();
        ArcSelection s = solve(p);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(s.cost() > 0);
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }
}
