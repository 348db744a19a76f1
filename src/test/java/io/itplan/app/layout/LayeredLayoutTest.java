package io.itplan.app.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.app.layout.LayeredLayout.Position;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {
    private static final double H = 36;
    private static final ToDoubleFunction<Module> W = RandomGraphs::width;

    private static Map<String, Position> layout(DependencyGraph g) {
        return LayeredLayout.layout(g, W, H, () -> false);
    }

    private static DependencyGraph graph(String[] ids, String... deps) {
        DependencyGraph.Builder b = DependencyGraph.builder("t").addModules(ids);
        for (String d : deps) {
            String[] ends = d.split("->");
            b.addDependency(ends[0], ends[1]);
        }
        return b.build();
    }

    @Test
    void chainGoesDownFromClientToSupplier() {
        Map<String, Position> p = layout(graph(new String[] {"a", "b", "c"}, "a->b", "b->c"));
        assertTrue(p.get("a").y() < p.get("b").y(), p.toString());
        assertTrue(p.get("b").y() < p.get("c").y(), p.toString());
        assertTrue(p.get("b").y() - p.get("a").y() >= H + LayeredLayout.LAYER_SPACING - 1e-9, p.toString());
    }

    @Test
    void startsAtTheMarginWhenNothingIsPinned() {
        Map<String, Position> p = layout(graph(new String[] {"a", "b", "c"}, "a->b", "a->c"));
        double minX = p.values().stream().mapToDouble(Position::x).min().orElseThrow();
        double minY = p.values().stream().mapToDouble(Position::y).min().orElseThrow();
        assertEquals(LayeredLayout.MARGIN, minX, 1e-9);
        assertEquals(LayeredLayout.MARGIN, minY, 1e-9);
    }

    @Test
    void diamondSidesShareALayer() {
        Map<String, Position> p = layout(graph(new String[] {"a", "b", "c", "d"}, "a->b", "a->c", "b->d", "c->d"));
        assertEquals(p.get("b").y(), p.get("c").y(), 1e-9, p.toString());
        assertNotEquals(p.get("b").x(), p.get("c").x(), p.toString());
        assertTrue(
                p.get("a").y() < p.get("b").y() && p.get("b").y() < p.get("d").y(), p.toString());
        assertNoOverlap(graph(new String[] {"a", "b", "c", "d"}), p);
    }

    @Test
    void randomGraphWithCyclesHasNoOverlappingBoxes() {
        DependencyGraph g = RandomGraphs.random(60, 150, 15, 42, false);
        Map<String, Position> p = layout(g);
        assertEquals(60, p.size());
        assertNoOverlap(g, p);
    }

    @Test
    void rowsAreNoFurtherApartThanOneLayerSpacing() {
        DependencyGraph g = RandomGraphs.random(60, 150, 15, 42, false);
        double[] ys = layout(g).values().stream()
                .mapToDouble(Position::y)
                .distinct()
                .sorted()
                .toArray();
        assertTrue(ys.length > 3);
        for (int i = 1; i < ys.length; i++) {
            assertTrue(ys[i] - ys[i - 1] <= H + LayeredLayout.LAYER_SPACING + 1e-9, java.util.Arrays.toString(ys));
        }
    }

    @Test
    void largeGraphLaidOutQuicklyHasNoOverlaps() {
        DependencyGraph g = RandomGraphs.random(400, 1200, 60, 11, false);
        Map<String, Position> p = layout(g);
        assertEquals(400, p.size());
        assertNoOverlap(g, p);
    }

    @Test
    void pinnedModuleKeepsItsPlaceAndIsNotCovered() {
        DependencyGraph base = RandomGraphs.random(60, 150, 15, 7, false);
        DependencyGraph.Builder b = DependencyGraph.builder("pinned");
        for (Module m : base.modules()) {
            if (m.id().equals("m0003")) {
                m = pinned(m, 500, 260);
            } else if (m.id().equals("m0010")) {
                m = pinned(m, 120, 900);
            }
            b.addModule(m);
        }
        base.dependencies().forEach(b::addDependency);
        DependencyGraph g = b.build();
        Map<String, Position> p = layout(g);
        assertEquals(new Position(500, 260), p.get("m0003"));
        assertEquals(new Position(120, 900), p.get("m0010"));
        assertEquals(60, p.size());
        assertNoOverlap(g, p);
        // The laid-out block sits to the right of the pinned ones, top-aligned with them.
        double pinnedRight = 500 + W.applyAsDouble(g.module("m0003"));
        for (Module m : g.modules()) {
            if (!m.pinned()) {
                assertTrue(p.get(m.id()).x() >= pinnedRight + LayeredLayout.PINNED_GAP - 1e-9, m.id());
                assertTrue(p.get(m.id()).y() >= 260 - 1e-9, m.id());
            }
        }
    }

    @Test
    void everythingPinnedMovesNothing() {
        DependencyGraph g = DependencyGraph.builder("p")
                .addModule(pinned(Module.of("a"), -5, 3.5))
                .addModule(pinned(Module.of("b"), 300, 300))
                .addDependency("a", "b")
                .build();
        assertEquals(Map.of("a", new Position(-5, 3.5), "b", new Position(300, 300)), layout(g));
    }

    @Test
    void sameGraphBuiltInAnotherOrderGetsTheSamePositions() {
        DependencyGraph g1 = RandomGraphs.random(80, 200, 20, 99, false);
        DependencyGraph g2 = RandomGraphs.random(80, 200, 20, 99, true);
        assertEquals(g1, g2);
        Map<String, Position> p1 = layout(g1);
        assertEquals(p1, layout(g2));
        assertEquals(p1, layout(g1));
        assertEquals(
                new ArrayList<>(p1.keySet()),
                g1.modules().stream().map(Module::id).toList());
    }

    @Test
    void emptyGraphIsEmpty() {
        assertTrue(layout(DependencyGraph.builder("e").build()).isEmpty());
    }

    @Test
    void isolatedModulesAndMultiEdgesAreLaidOut() {
        DependencyGraph g = DependencyGraph.builder("m")
                .addModules("a", "b", "x", "y", "z")
                .addDependency("a", "b", DependencyKind.USES)
                .addDependency("a", "b", DependencyKind.INHERITANCE)
                .addDependency("b", "a", DependencyKind.CALL)
                .build();
        assertEquals(
                2, g.dependencies().stream().filter(d -> d.from().equals("a")).count());
        Map<String, Position> p = layout(g);
        assertEquals(5, p.size());
        assertNotEquals(p.get("a").y(), p.get("b").y());
        assertNoOverlap(g, p);
    }

    @Test
    void cancelledBeforeTheRunThrows() {
        DependencyGraph g = RandomGraphs.random(30, 60, 5, 1, false);
        assertThrows(CancellationException.class, () -> LayeredLayout.layout(g, W, H, () -> true));
    }

    @Test
    void cancelledDuringTheRunThrows() {
        DependencyGraph g = RandomGraphs.random(200, 600, 20, 3, false);
        AtomicInteger polls = new AtomicInteger();
        // Say yes from the third poll on: the first is before the run, the others come from ELK's monitor.
        assertThrows(
                CancellationException.class, () -> LayeredLayout.layout(g, W, H, () -> polls.incrementAndGet() > 2));
        assertTrue(polls.get() > 2);
    }

    @Test
    void elkPollsTheCancelFlagWhileItWorks() {
        DependencyGraph g = RandomGraphs.random(50, 100, 5, 5, false);
        AtomicInteger polls = new AtomicInteger();
        LayeredLayout.layout(g, W, H, () -> {
            polls.incrementAndGet();
            return false;
        });
        assertTrue(polls.get() > 5, "only " + polls.get() + " polls");
    }

    @Test
    void rejectsBadSizes() {
        DependencyGraph g = graph(new String[] {"a"});
        assertThrows(IllegalArgumentException.class, () -> LayeredLayout.layout(g, W, 0, () -> false));
        assertThrows(IllegalArgumentException.class, () -> LayeredLayout.layout(g, m -> Double.NaN, H, () -> false));
        assertFalse(LayeredLayout.layout(g, m -> 0, H, () -> false).isEmpty());
    }

    private static Module pinned(Module m, double x, double y) {
        return new Module(
                m.id(),
                m.name(),
                m.kind(),
                m.layer(),
                m.tags(),
                m.risk(),
                m.notes(),
                x,
                y,
                true,
                m.commands(),
                m.stub(),
                m.driver());
    }

    static void assertNoOverlap(DependencyGraph g, Map<String, Position> p) {
        List<Module> ms = g.modules();
        for (int i = 0; i < ms.size(); i++) {
            Position a = p.get(ms.get(i).id());
            double aw = W.applyAsDouble(ms.get(i));
            for (int j = i + 1; j < ms.size(); j++) {
                Position b = p.get(ms.get(j).id());
                double bw = W.applyAsDouble(ms.get(j));
                boolean overlap = a.x() < b.x() + bw && b.x() < a.x() + aw && a.y() < b.y() + H && b.y() < a.y() + H;
                assertFalse(
                        overlap,
                        ms.get(i).id() + " " + a + " overlaps " + ms.get(j).id() + " " + b);
            }
        }
    }
}
