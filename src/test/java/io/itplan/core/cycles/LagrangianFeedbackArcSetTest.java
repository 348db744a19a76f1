package io.itplan.core.cycles;

import static io.itplan.core.cycles.FasFixtures.acyclicAfterRemoving;
import static io.itplan.core.cycles.FasFixtures.removesOnlyBreakable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LagrangianFeedbackArcSetTest {

    @Property(tries = 200)
    void answerIsFeasibleAndBoundNeverExceedsTheOptimum(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 14) int n,
            @ForAll @IntRange(min = 0, max = 45) int arcs,
            @ForAll @IntRange(min = 0, max = 2) int costKind) {
        ArcProblem p = FasFixtures.random(new Random(seed), n, arcs, costKind);
        double optimum = new ExactFeedbackArcSet().solve(p, Deadline.none()).cost();
        ArcSelection s = new LagrangianFeedbackArcSet().solve(p, Deadline.afterWork(20));
        assertTrue(acyclicAfterRemoving(p, s.removedArcs()));
        assertTrue(removesOnlyBreakable(p, s.removedArcs()));
        assertEquals(FasFixtures.costOf(p, s.removedArcs()), s.cost(), 1e-9);
        assertTrue(s.cost() >= optimum - 1e-9, "cost below the optimum");
        assertTrue(s.lowerBound() <= optimum + 1e-9, "bound " + s.lowerBound() + " above the optimum " + optimum);
        if (s.optimal()) {
            assertEquals(optimum, s.cost(), 1e-9);
        }
    }

    @Test
    void relaxationBoundIsFarStrongerThanGreedyCyclePacking() {
        // many overlapping cycles: greedy packing of shortest cycles leaves part of the bound on the table
        ArcProblem p = FasFixtures.randomStronglyConnected(new Random(3), 40, 160);
        ArcSelection heuristic = new HeuristicFeedbackArcSet().solve(p, Deadline.none());
        ArcSelection relaxed = new LagrangianFeedbackArcSet().solve(p, Deadline.afterWork(2_000));
        double optimum = new ExactFeedbackArcSet().solve(p, Deadline.none()).cost();
        assertTrue(relaxed.lowerBound() <= optimum + 1e-9);
        assertTrue(
                relaxed.lowerBound() > heuristic.lowerBound() + 1,
                relaxed.lowerBound() + " vs " + heuristic.lowerBound() + " of " + optimum);
        assertTrue(relaxed.lowerBound() > optimum - 0.01, "the relaxation is tight here: " + relaxed.lowerBound());
        assertTrue(relaxed.cost() <= heuristic.cost() + 1e-9);
    }

    @Test
    void wholeNumberObjectiveIsProvenOnceNoAnswerHasFewerUnits() {
        // two disjoint 2-cycles with ties: one unit each, the tie shares decide which arc
        ArcProblem p = new ArcProblem(
                4,
                new int[] {0, 1, 2, 3},
                new int[] {1, 0, 3, 2},
                new double[] {1.1, 1.2, 1.05, 1.15},
                new boolean[] {true, true, true, true},
                1);
        assertTrue(p.proves(1.6, 2.15));
        assertFalse(p.proves(1.4, 2.15));
        assertFalse(new ArcProblem(4, p.tail(), p.head(), p.cost(), p.breakable()).proves(1.6, 2.15));
        ArcSelection s = new LagrangianFeedbackArcSet().solve(p, Deadline.none());
        assertTrue(s.optimal());
        assertEquals(2.15, s.cost(), 1e-9);
    }
}
