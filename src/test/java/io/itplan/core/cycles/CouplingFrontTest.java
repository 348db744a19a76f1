package io.itplan.core.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

class CouplingFrontTest {

    private static DependencyGraph graph(long seed, int n, int deps) {
        Random rnd = new Random(seed);
        DependencyGraph.Builder b = DependencyGraph.builder("front");
        for (int i = 0; i < n; i++) {
            b.addModule(Module.of("m" + i));
        }
        for (int k = 0; k < deps; k++) {
            int u = rnd.nextInt(n);
            int v = rnd.nextInt(n);
            if (u != v) {
                DependencyKind kind = rnd.nextInt(6) == 0 ? DependencyKind.INHERITANCE : DependencyKind.USES;
                if (kind == DependencyKind.INHERITANCE && u < v) {
                    kind = DependencyKind.USES; // inheritance only one way, so it never closes a cycle alone
                }
                b.addDependency(new Dependency(
                        "m" + u, "m" + v, kind, 1, rnd.nextInt(6), rnd.nextInt(6), null, kind.stubbableByDefault()));
            }
        }
        return b.build();
    }

    private static ArcGraph arcGraph(GraphIndex g) {
        int m = g.linkCount();
        int[] tail = new int[m];
        int[] head = new int[m];
        double[] cost = new double[m];
        boolean[] breakable = new boolean[m];
        for (int li = 0; li < m; li++) {
            tail[li] = g.link(li).from();
            head[li] = g.link(li).to();
            cost[li] = 1;
            breakable[li] = g.link(li).stubbable();
        }
        return new ArcGraph(new ArcProblem(g.size(), tail, head, cost, breakable));
    }

    /** Every (A, M) pair of a set of breakable links whose removal leaves no cycle, reduced to its front. */
    private static List<long[]> bruteForceFront(GraphIndex g) {
        int m = g.linkCount();
        ArcGraph arcs = arcGraph(g);
        boolean[] breakable = arcs.breakable;
        TreeSet<List<Long>> points = new TreeSet<>((x, y) ->
                x.get(0).equals(y.get(0)) ? Long.compare(x.get(1), y.get(1)) : Long.compare(x.get(0), y.get(0)));
        for (int mask = 0; mask < (1 << m); mask++) {
            boolean[] active = new boolean[m];
            long a = 0;
            long mm = 0;
            boolean ok = true;
            for (int li = 0; li < m; li++) {
                boolean removed = (mask >> li & 1) == 1;
                if (removed && !breakable[li]) {
                    ok = false;
                    break;
                }
                active[li] = !removed;
                if (removed) {
                    a += g.link(li).attributes();
                    mm += g.link(li).methods();
                }
            }
            if (ok && arcs.isAcyclic(active)) {
                points.add(List.of(a, mm));
            }
        }
        List<long[]> front = new ArrayList<>();
        long bestM = Long.MAX_VALUE;
        for (List<Long> p : points) {
            if (p.get(1) < bestM) {
                front.add(new long[] {p.get(0), p.get(1)});
                bestM = p.get(1);
            }
        }
        return front;
    }

    /** No point of {@code front} may beat a point of the true front (it may only equal one, or be worse). */
    private static void assertNoPointBeats(CouplingFront.Front front, List<long[]> trueFront) {
        for (CouplingFront.Point p : front.points()) {
            for (long[] e : trueFront) {
                assertTrue(
                        !(p.attributes() <= e[0] && p.methods() <= e[1])
                                || (p.attributes() == e[0] && p.methods() == e[1]),
                        "a point beats the true front");
            }
        }
    }

    @Property(tries = 150)
    void exactFrontEqualsTheBruteForceFront(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 6) int n,
            @ForAll @IntRange(min = 1, max = 13) int deps) {
        DependencyGraph graph = graph(seed, n, deps);
        GraphIndex g = graph.index();
        boolean comparable = g.linkCount() <= 13
                && Cycles.findCycle(g, li -> !g.link(li).stubbable()).isEmpty();
        Statistics.label("compared with brute force")
                .collect(comparable)
                .coverage(c -> c.check(true).percentage(p -> p >= 60));
        if (!comparable) {
            return;
        }
        CouplingFront.Front front = CouplingFront.compute(g, Deadline.none(), 60, new LagrangianFeedbackArcSet());
        List<long[]> expected = bruteForceFront(g);
        Statistics.label("exact")
                .collect(front.exact())
                .coverage(c -> c.check(true).percentage(p -> p >= 60));
        if (!front.exact()) {
            // a step the independent checks could not prove: the front must say so, and stay honest
            assertNoPointBeats(front, expected);
            return;
        }
        assertEquals(expected.size(), front.points().size(), "front size");
        for (int i = 0; i < expected.size(); i++) {
            CouplingFront.Point p = front.points().get(i);
            assertEquals(expected.get(i)[0], p.attributes());
            assertEquals(expected.get(i)[1], p.methods());
            long a = 0;
            long mm = 0;
            boolean[] active = new boolean[g.linkCount()];
            java.util.Arrays.fill(active, true);
            for (int li = p.broken().nextSetBit(0); li >= 0; li = p.broken().nextSetBit(li + 1)) {
                a += g.link(li).attributes();
                mm += g.link(li).methods();
            }
            assertEquals(p.attributes(), a, "A of the broken set");
            assertEquals(p.methods(), mm, "M of the broken set");
            ArcGraph arcs = arcGraph(g);
            for (int li = p.broken().nextSetBit(0); li >= 0; li = p.broken().nextSetBit(li + 1)) {
                active[li] = false;
            }
            assertTrue(arcs.isAcyclic(active), "the broken set leaves a cycle");
            for (int li = p.broken().nextSetBit(0); li >= 0; li = p.broken().nextSetBit(li + 1)) {
                active[li] = true;
                assertTrue(!arcs.isAcyclic(active), "broken link " + li + " is not needed");
                active[li] = false;
            }
        }
    }

    @org.junit.jupiter.api.Test
    void everyStepIsProvenEvenWhereTheIntegerProgrammeErrs() {
        // three overlapping cycles where the integer programme returns A 3 for the limit M <= 4 and misses (2, 3)
        DependencyGraph.Builder b = DependencyGraph.builder("three");
        for (int i = 0; i < 3; i++) {
            b.addModule(Module.of("m" + i));
        }
        long[][] deps = {{0, 1, 2, 0}, {0, 2, 2, 1}, {1, 0, 0, 2}, {1, 2, 3, 0}, {2, 1, 0, 3}};
        for (long[] d : deps) {
            b.addDependency(
                    new Dependency("m" + d[0], "m" + d[1], DependencyKind.USES, 1, (int) d[2], (int) d[3], null, true));
        }
        GraphIndex g = b.build().index();
        CouplingFront.Front front = CouplingFront.compute(g, Deadline.none(), 60, new LagrangianFeedbackArcSet());
        List<long[]> expected = bruteForceFront(g);
        boolean matches = expected.size() == front.points().size();
        for (int i = 0; matches && i < expected.size(); i++) {
            matches = expected.get(i)[0] == front.points().get(i).attributes()
                    && expected.get(i)[1] == front.points().get(i).methods();
        }
        assertTrue(matches, "the front misses a point or has a wrong one");
        assertTrue(front.exact(), "every step proven: the checks do not take the integer programme's word");
    }

    @Property(tries = 60)
    void approximateFrontIsFeasibleAndNonDominated(
            @ForAll long seed,
            @ForAll @IntRange(min = 3, max = 6) int n,
            @ForAll @IntRange(min = 3, max = 13) int deps) {
        DependencyGraph graph = graph(seed, n, deps);
        GraphIndex g = graph.index();
        boolean comparable = g.linkCount() <= 13
                && Cycles.findCycle(g, li -> !g.link(li).stubbable()).isEmpty();
        Statistics.label("compared with brute force")
                .collect(comparable)
                .coverage(c -> c.check(true).percentage(p -> p >= 60));
        if (!comparable) {
            return;
        }
        CouplingFront.Front front = CouplingFront.compute(g, Deadline.none(), 0, new LagrangianFeedbackArcSet());
        List<long[]> exact = bruteForceFront(g);
        assertNoPointBeats(front, exact);
        assertTrue(front.attributeLowerBound() <= exact.get(0)[0] + 1e-9);
    }
}
