package io.itplan.core.cycles;

import static io.itplan.core.cycles.FasFixtures.acyclicAfterRemoving;
import static io.itplan.core.cycles.FasFixtures.graph;
import static io.itplan.core.cycles.FasFixtures.removesOnlyBreakable;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ClassicHeuristicsTest {

    private static final List<FeedbackArcSetSolver> ALL =
            List.of(new TaiDanielsHeuristic(), new LeTraonHeuristic(), new BriandHeuristic());

    /** Solves and checks what every answer must satisfy. */
    private static ArcSelection solve(FeedbackArcSetSolver solver, ArcProblem p, Deadline deadline) {
        ArcSelection s = solver.solve(p, deadline);
        String name = solver.getClass().getSimpleName();
        assertTrue(acyclicAfterRemoving(p, s.removedArcs()), name + ": acyclic after removal");
        assertTrue(removesOnlyBreakable(p, s.removedArcs()), name + ": only breakable arcs removed");
        assertEquals(FasFixtures.costOf(p, s.removedArcs()), s.cost(), 1e-9, name + ": cost of removed arcs");
        assertEquals(s.removedArcs().length == 0, s.optimal(), name + ": optimal only when nothing removed");
        assertEquals(0.0, s.lowerBound(), name + ": proves no bound");
        return s;
    }

    private static int[] removed(FeedbackArcSetSolver solver, ArcProblem p) {
        return solve(solver, p, Deadline.none()).removedArcs();
    }

    // ---- Briand, Labiche & Wang: weight in(u) * out(v) inside the component ----

    /**
     * Every cycle runs through arc 0 (0->1: in(0)=3, out(1)=1, product 3, sum 4) and arc 4 (2->3: in(2)=2,
     * out(3)=2, product 4, sum 4), parallel arcs counting twice. The product picks arc 4 alone; a sum (or
     * lowest index) would pick arc 0.
     */
    private static ArcProblem productVersusSum() {
        return graph(7).arc(0, 1, 1)
                .arc(1, 5, 1)
                .arc(5, 2, 1)
                .arc(5, 2, 1)
                .arc(2, 3, 1)
                .arc(3, 0, 1)
                .arc(3, 6, 1)
                .arc(6, 0, 1)
                .arc(6, 0, 1)
                .build();
    }

    /**
     * Arc 7 (0->3, weight 4 * 3) goes first under both rules; then node 3 leaves the component, so inside
     * the component in(0) drops from 4 to 1 and arc 1 (1->2, 2 * 2) beats arc 0 (0->1, 1 * 1). Counted
     * over the whole graph instead, arc 0 would keep 4 * 1 and go first.
     */
    private static ArcProblem degreesDropWhenComponentSplits() {
        return graph(4).arc(0, 1, 1)
                .arc(1, 2, 1)
                .arc(2, 0, 1)
                .arc(2, 1, 1)
                .arc(3, 0, 1)
                .arc(3, 0, 1)
                .arc(3, 0, 1)
                .arc(0, 3, 1)
                .build();
    }

    @Test
    void briandRemovesTheArcOfLargestInTimesOutProduct() {
        assertArrayEquals(new int[] {4}, removed(new BriandHeuristic(), productVersusSum()));
    }

    @Test
    void briandCountsDegreesInsideTheCurrentComponent() {
        assertArrayEquals(new int[] {1, 7}, removed(new BriandHeuristic(), degreesDropWhenComponentSplits()));
    }

    @Test
    void briandIgnoresCostAndNeverRemovesUnbreakableArcs() {
        // 2->0 unbreakable; weights: arc 0 (0->1) 1 * 1, arc 1 (1->2) 2 * 2, arc 3 (2->1) 1 * 1. Arc 1 goes
        // although it costs 10 and arcs 0 and 3 together cost 2.
        ArcProblem p =
                graph(3).arc(0, 1, 1).arc(1, 2, 10).fixed(2, 0, 1).arc(2, 1, 1).build();
        ArcSelection s = solve(new BriandHeuristic(), p, Deadline.none());
        assertArrayEquals(new int[] {1}, s.removedArcs());
        assertEquals(10.0, s.cost(), 1e-9);
        assertFalse(s.optimal());
    }

    // ---- Tai & Daniels: major levels, upward associations, in(u) + out(v) inside the level ----

    @Test
    void taiDanielsBreaksCyclesInsideALevelByInPlusOut() {
        assertArrayEquals(new int[] {0}, removed(new TaiDanielsHeuristic(), productVersusSum()));
    }

    @Test
    void taiDanielsCountsDegreesOverTheWholeLevel() {
        assertArrayEquals(new int[] {0, 1, 7}, removed(new TaiDanielsHeuristic(), degreesDropWhenComponentSplits()));
    }

    @Test
    void taiDanielsRemovesEveryUpwardAssociationEvenOffCycles() {
        // 1 inherits 0 and 3 inherits 2 (major levels 1, 2, 1, 2): 0->1 and 2->3 point upward and go,
        // 1->2 points downward and stays. On an acyclic graph an upward arc (0->3) goes all the same.
        ArcProblem p = graph(4).fixed(1, 0, 1)
                .fixed(3, 2, 1)
                .arc(0, 1, 1)
                .arc(2, 3, 2)
                .arc(1, 2, 4)
                .build();
        ArcSelection s = solve(new TaiDanielsHeuristic(), p, Deadline.none());
        assertArrayEquals(new int[] {2, 3}, s.removedArcs());
        assertEquals(3.0, s.cost(), 1e-9);
        ArcProblem acyclic = graph(4).fixed(3, 2, 1).arc(0, 3, 1).build();
        assertArrayEquals(new int[] {1}, removed(new TaiDanielsHeuristic(), acyclic));
        assertArrayEquals(new int[0], removed(new BriandHeuristic(), acyclic));
        assertArrayEquals(new int[0], removed(new LeTraonHeuristic(), acyclic));
    }

    @Test
    void taiDanielsMajorLevelsFollowTheLongestUnbreakableChain() {
        ArcProblem p = graph(5).fixed(1, 0, 1)
                .fixed(2, 1, 1)
                .fixed(2, 3, 1)
                .fixed(4, 3, 1)
                .build();
        assertArrayEquals(new int[] {0, 1, 2, 0, 1}, TaiDanielsHeuristic.majorLevels(new ArcGraph(p)));
    }

    // ---- Le Traon et al.: node of most fronds, remove its breakable incoming arcs ----

    @Test
    void leTraonRemovesTheIncomingArcsOfTheNodeWithMostFronds() {
        // search 0, 1, 2; fronds 2->0 and 2->1: node 2 has two, so its in-arc 1->2 goes (node 1, with the
        // most incoming arcs, would lose 0->1 and 2->1 instead)
        ArcProblem p =
                graph(3).arc(0, 1, 1).arc(1, 2, 1).arc(2, 0, 1).arc(2, 1, 1).build();
        assertArrayEquals(new int[] {1}, removed(new LeTraonHeuristic(), p));
    }

    @Test
    void leTraonTakesTheNextNodeWhenTheHeaviestHasNoBreakableArcInAndRecurses() {
        // as above with 1->2 unbreakable: node 2 (two fronds) cannot be cut, node 0 (one, lowest) loses 2->0;
        // the new search leaves component {1, 2} with one frond each, node 1 loses 2->1 but keeps 0->1,
        // which comes from outside its component
        ArcProblem p =
                graph(3).arc(0, 1, 1).fixed(1, 2, 1).arc(2, 0, 1).arc(2, 1, 1).build();
        assertArrayEquals(new int[] {2, 3}, removed(new LeTraonHeuristic(), p));
    }

    @Test
    void leTraonDoesNotCountCrossLinks() {
        // search 0 -> 1 (frond 1->0), then 0 -> 2 (frond 2->0; 2->1 twice are cross-links). Fronds: node 0
        // two, nodes 1 and 2 one each, so 0 loses 1->0 and 2->0. Counting cross-links would make node 1
        // (three) the heaviest.
        ArcProblem p = graph(3).arc(0, 1, 1)
                .arc(0, 2, 1)
                .arc(1, 0, 1)
                .arc(2, 1, 1)
                .arc(2, 0, 1)
                .arc(2, 1, 1)
                .build();
        assertArrayEquals(new int[] {2, 4}, removed(new LeTraonHeuristic(), p));
    }

    // ---- all three ----

    @Test
    void nothingIsRemovedFromAnAcyclicGraphWithinOneLevel() {
        ArcProblem p = graph(4).arc(0, 1, 1)
                .arc(1, 2, 1)
                .arc(0, 2, 1)
                .fixed(3, 2, 1)
                .arc(3, 0, 1)
                .build();
        for (FeedbackArcSetSolver solver : ALL) {
            ArcSelection s = solve(solver, p, Deadline.none());
            assertEquals(0, s.removedArcs().length);
            assertTrue(s.optimal());
        }
    }

    @Test
    void separateComponentsAndEmptyGraphsAreHandled() {
        ArcProblem p = graph(6).arc(0, 1, 1)
                .arc(1, 0, 2)
                .arc(2, 3, 1)
                .arc(3, 4, 1)
                .arc(4, 2, 1)
                .arc(4, 5, 1)
                .build();
        for (FeedbackArcSetSolver solver : ALL) {
            assertEquals(2, removed(solver, p).length);
            assertEquals(0, removed(solver, graph(0).build()).length);
            assertEquals(0, removed(solver, graph(1).build()).length);
        }
    }

    @Test
    void unbreakableCyclesAreRejected() {
        ArcProblem p = graph(2).fixed(0, 1, 1).fixed(1, 0, 1).build();
        for (FeedbackArcSetSolver solver : ALL) {
            assertThrows(IllegalArgumentException.class, () -> solver.solve(p, Deadline.none()));
        }
    }

    @Test
    void largeRandomGraphsFinishWithValidAnswers() {
        ArcProblem strong = FasFixtures.randomStronglyConnected(new Random(2003), 2000, 10_000);
        ArcProblem mixed = FasFixtures.random(new Random(1999), 2000, 10_000, 1);
        for (FeedbackArcSetSolver solver : ALL) {
            assertTrue(solve(solver, strong, Deadline.none()).cost() > 0);
            solve(solver, mixed, Deadline.none());
        }
    }

    // ---- properties ----

    @Property(tries = 150)
    void classicHeuristicsNeverReportABetterCostThanTheExactOptimum(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 12) int n,
            @ForAll @IntRange(min = 1, max = 3) int density,
            @ForAll @IntRange(min = 0, max = 2) int costKind) {
        ArcProblem p = FasFixtures.random(new Random(seed), n, n * density, costKind);
        double optimum = new ExactFeedbackArcSet().solve(p, Deadline.none()).cost();
        for (FeedbackArcSetSolver solver : ALL) {
            ArcSelection s = solve(solver, p, Deadline.none());
            assertTrue(s.cost() >= optimum - 1e-9, solver.getClass().getSimpleName() + " below the optimum");
            assertEquals(s, solver.solve(p, Deadline.none()), "deterministic");
        }
    }

    @Property(tries = 150)
    void incrementalWeightsRemoveWhatRecomputingEverythingWouldRemove(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 40) int n,
            @ForAll @IntRange(min = 1, max = 4) int density) {
        ArcProblem p = FasFixtures.random(new Random(seed), n, n * density, 0);
        assertArrayEquals(Reference.briand(p), removed(new BriandHeuristic(), p));
        assertArrayEquals(Reference.taiDaniels(p), removed(new TaiDanielsHeuristic(), p));
    }

    @Property(tries = 60)
    void answersStayValidWhenTheDeadlineCutsTheRuleShort(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 30) int n,
            @ForAll @IntRange(min = 0, max = 3) int work) {
        ArcProblem p = FasFixtures.random(new Random(seed), n, 3 * n, 1);
        for (FeedbackArcSetSolver solver : ALL) {
            solve(solver, p, Deadline.afterWork(work));
        }
    }

    /** The published rules, done the slow way: everything recomputed from scratch after every removal. */
    static final class Reference {
        private Reference() {}

        static int[] briand(ArcProblem p) {
            ArcGraph g = new ArcGraph(p);
            boolean[] present = new boolean[g.m];
            Arrays.fill(present, true);
            List<Integer> out = new ArrayList<>();
            while (true) {
                int[] comp = g.components(present);
                int best = heaviest(g, present, present, comp, true);
                if (best < 0) {
                    return out.stream().mapToInt(Integer::intValue).sorted().toArray();
                }
                present[best] = false;
                out.add(best);
            }
        }

        static int[] taiDaniels(ArcProblem p) {
            ArcGraph g = new ArcGraph(p);
            int[] level = new int[g.n];
            for (boolean changed = true; changed; ) {
                changed = false;
                for (int a = 0; a < g.m; a++) {
                    if (!g.breakable[a] && level[g.tail[a]] < level[g.head[a]] + 1) {
                        level[g.tail[a]] = level[g.head[a]] + 1;
                        changed = true;
                    }
                }
            }
            boolean[] present = new boolean[g.m];
            List<Integer> out = new ArrayList<>();
            for (int a = 0; a < g.m; a++) {
                boolean upward = level[g.tail[a]] < level[g.head[a]];
                present[a] = !upward;
                if (upward) {
                    out.add(a);
                }
            }
            while (true) {
                boolean[] inLevel = new boolean[g.m];
                for (int a = 0; a < g.m; a++) {
                    inLevel[a] = present[a] && level[g.tail[a]] == level[g.head[a]];
                }
                int best = heaviest(g, inLevel, inLevel, g.components(inLevel), false);
                if (best < 0) {
                    return out.stream().mapToInt(Integer::intValue).sorted().toArray();
                }
                present[best] = false;
                out.add(best);
            }
        }

        /**
         * The breakable arc inside a component with the largest weight (lowest index on ties), or -1; degrees
         * count the {@code counted} arcs, or only those inside one component when {@code product}.
         */
        private static int heaviest(ArcGraph g, boolean[] counted, boolean[] candidates, int[] comp, boolean product) {
            int[] in = new int[g.n];
            int[] out = new int[g.n];
            for (int a = 0; a < g.m; a++) {
                if (counted[a] && (!product || comp[g.tail[a]] == comp[g.head[a]])) {
                    out[g.tail[a]]++;
                    in[g.head[a]]++;
                }
            }
            int best = -1;
            long bestWeight = -1;
            for (int a = 0; a < g.m; a++) {
                if (candidates[a] && g.breakable[a] && comp[g.tail[a]] == comp[g.head[a]]) {
                    long i = in[g.tail[a]];
                    long o = out[g.head[a]];
                    long w = product ? i * o : i + o;
                    if (w > bestWeight) {
                        best = a;
                        bestWeight = w;
                    }
                }
            }
            return best;
        }
    }
}
