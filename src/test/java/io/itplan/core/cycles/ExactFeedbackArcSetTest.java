package io.itplan.core.cycles;

import static io.itplan.core.cycles.FasFixtures.acyclicAfterRemoving;
import static io.itplan.core.cycles.FasFixtures.graph;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactFeedbackArcSetTest {

    private final FeedbackArcSetSolver exact = new ExactFeedbackArcSet();

    private ArcSelection solve(ArcProblem p) {
        ArcSelection s = exact.solve(p, Deadline.none());
        assertTrue(s.optimal(), "proven optimal");
        assertEquals(s.cost(), s.lowerBound(), 1e-9, "lower bound meets cost");
        assertTrue(acyclicAfterRemoving(p, s.removedArcs()), "acyclic after removal");
        return s;
    }

    @Test
    void exactSolverRemovesCheaperArcOfTwoCycle() {
        ArcSelection s = solve(graph(2).arc(0, 1, 2).arc(1, 0, 1).build());
        assertArrayEquals(new int[] {1}, s.removedArcs());
        assertEquals(1.0, s.cost(), 1e-12);
    }

    @Test
    void exactSolverRemovesCheapArcOfTriangle() {
        ArcSelection s = solve(graph(3).arc(0, 1, 3).arc(1, 2, 3).arc(2, 0, 1).build());
        assertArrayEquals(new int[] {2}, s.removedArcs());
    }

    @Test
    void exactSolverRemovesSharedArcOfTwoCycles() {
        ArcProblem p = graph(4).arc(0, 1, 1.5)
                .arc(1, 2, 1)
                .arc(2, 0, 1)
                .arc(1, 3, 1)
                .arc(3, 0, 1)
                .build();
        ArcSelection s = solve(p);
        assertArrayEquals(new int[] {0}, s.removedArcs());
        assertEquals(1.5, s.cost(), 1e-12);
    }

    @Test
    void exactSolverNeverRemovesUnbreakableArcEvenWhenCheaper() {
        ArcSelection s = solve(graph(2).fixed(0, 1, 1).arc(1, 0, 5).build());
        assertArrayEquals(new int[] {1}, s.removedArcs());
        assertEquals(5.0, s.cost(), 1e-12);
    }

    @Test
    void exactSolverCountsEveryParallelArc() {
        // cutting both parallel arcs 0->1 costs 2, the single reverse arc 1.5
        ArcSelection s = solve(graph(2).arc(0, 1, 1).arc(0, 1, 1).arc(1, 0, 1.5).build());
        assertArrayEquals(new int[] {2}, s.removedArcs());
        ArcSelection t =
                solve(graph(2).arc(0, 1, 1).arc(1, 0, 0.7).arc(1, 0, 0.7).build());
        assertArrayEquals(new int[] {0}, t.removedArcs());
    }

    @Test
    void exactSolverLeavesAcyclicGraphAlone() {
        ArcSelection s = solve(
                graph(4).arc(0, 1, 1).arc(1, 2, 1).arc(0, 2, 1).fixed(2, 3, 1).build());
        assertEquals(0, s.removedArcs().length);
        assertEquals(0.0, s.cost());
        assertEquals(0.0, s.lowerBound());
    }

    @Test
    void exactSolverHandlesEmptyGraph() {
        ArcSelection s = solve(graph(0).build());
        assertEquals(0, s.removedArcs().length);
    }

    @Test
    void exactSolverSolvesSeparateComponentsIndependently() {
        ArcProblem p = graph(5).arc(0, 1, 1)
                .arc(1, 0, 2)
                .arc(1, 2, 1)
                .arc(2, 3, 4)
                .arc(3, 4, 1)
                .arc(4, 2, 3)
                .build();
        ArcSelection s = solve(p);
        assertArrayEquals(new int[] {0, 4}, s.removedArcs());
        assertEquals(2.0, s.cost(), 1e-12);
    }

    @Test
    void exactSolverHandlesRealValuedCouplingCosts() {
        ArcProblem p = graph(3).arc(0, 1, 0.1571)
                .arc(1, 0, 0.1572)
                .arc(1, 2, 0.3)
                .arc(2, 0, 0.0001)
                .build();
        ArcSelection s = solve(p);
        assertArrayEquals(new int[] {0}, s.removedArcs());
    }

    @Test
    void exactSolverProvesOptimumOfStronglyConnected25NodeGraph() {
        ArcProblem p = FasFixtures.randomStronglyConnected(new Random(25), 25, 100);
        ArcSelection s = exact.solve(p, Deadline.after(Duration.ofSeconds(30)));
        assertTrue(s.optimal());
        assertTrue(acyclicAfterRemoving(p, s.removedArcs()));
        assertEquals(s.cost(), s.lowerBound(), 1e-9);
        ArcSelection heuristic = new HeuristicFeedbackArcSet().solve(p, Deadline.none());
        assertTrue(s.cost() <= heuristic.cost() + 1e-9);
    }

    @Test
    void exactSolverProvesOptimumOfDense25NodeGraph() {
        ArcProblem p = FasFixtures.randomStronglyConnected(new Random(7), 25, 300);
        ArcSelection s = exact.solve(p, Deadline.after(Duration.ofSeconds(60)));
        assertTrue(s.optimal());
        assertTrue(acyclicAfterRemoving(p, s.removedArcs()));
    }

    @Test
    void exactSolverProvesOptimumOfDense26NodeGraphWithSparseDynamicProgramme() {
        ArcProblem p = FasFixtures.randomStronglyConnected(new Random(26), 26, 160);
        ArcSelection s = exact.solve(p, Deadline.after(Duration.ofSeconds(20)));
        assertTrue(s.optimal());
        assertTrue(acyclicAfterRemoving(p, s.removedArcs()));
        ArcSelection h = new HeuristicFeedbackArcSet().solve(p, Deadline.none());
        assertTrue(s.cost() <= h.cost() + 1e-9);
        assertTrue(h.lowerBound() <= s.cost() + 1e-9);
    }

    @Test
    void exactSolverIsDeterministic() {
        ArcProblem p = FasFixtures.randomStronglyConnected(new Random(3), 20, 70);
        assertEquals(exact.solve(p, Deadline.none()), exact.solve(p, Deadline.none()));
    }

    @Test
    void exactSolverReturnsFeasibleSelectionWhenDeadlineAlreadyExpired() {
        ArcProblem p = FasFixtures.randomStronglyConnected(new Random(11), 60, 300);
        ArcSelection s = exact.solve(p, Deadline.after(Duration.ZERO));
        assertTrue(acyclicAfterRemoving(p, s.removedArcs()));
        assertTrue(s.lowerBound() <= s.cost() + 1e-9);
    }
}
