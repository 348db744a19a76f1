package io.itplan.app.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.app.layout.LayeredLayout.Layout;
import io.itplan.app.layout.LayeredLayout.Position;
import io.itplan.app.layout.LayeredLayout.Rows;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.DependencyRef;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.util.HashSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Routes drawn around the boxes, rows that follow the plan, and a layout that does not change when run again. */
class LayeredLayoutRoutesTest {
    private static final double H = 46;
    private static final ToDoubleFunction<Module> W = RandomGraphs::width;

    @Test
    void routesKeepClearOfEveryBoxButTheirEnds() {
        for (long seed : new long[] {3, 42}) {
            DependencyGraph g = RandomGraphs.random(60, 150, 15, seed, false);
            Layout layout = LayeredLayout.run(g, W, H, Rows.own(false), () -> false);
            assertTrue(
                    layout.routes().size() > 100, "routes: " + layout.routes().size());
            int bent = 0;
            for (EdgeRoute r : layout.routes().values()) {
                bent += r.size() > 2 ? 1 : 0;
                for (Module m : g.modules()) {
                    if (m.id().equals(r.from()) || m.id().equals(r.to())) {
                        continue;
                    }
                    Position p = layout.positions().get(m.id());
                    assertFalse(
                            RouteGeometry.crosses(r, p.x(), p.y(), W.applyAsDouble(m), H),
                            r.from() + " -> " + r.to() + " crosses " + m.id());
                }
            }
            assertTrue(bent > 20, "long dependencies are routed with bends: " + bent);
        }
    }

    @Test
    void routesStartAtTheClientAndEndAtTheSupplier() {
        DependencyGraph g = RandomGraphs.random(40, 90, 10, 5, false);
        Layout layout = LayeredLayout.run(g, W, H, Rows.own(false), () -> false);
        for (EdgeRoute r : layout.routes().values()) {
            assertTrue(onBorder(layout, g, r.from(), r.x(0), r.y(0)), "starts at the client: " + r);
            int last = r.size() - 1;
            assertTrue(onBorder(layout, g, r.to(), r.x(last), r.y(last)), "ends at the supplier: " + r);
        }
    }

    @Test
    void cyclicGraphFollowsThePlansLevels() {
        DependencyGraph g = RandomGraphs.random(50, 130, 25, 11, false);
        for (StrategyName s : new StrategyName[] {StrategyName.TOP_DOWN, StrategyName.BOTTOM_UP}) {
            IntegrationPlan plan = Planner.standard().plan(g, PlanOptions.of(s));
            Set<DependencyRef> broken = new HashSet<>(plan.cycleBreaking().brokenDependencies());
            assertFalse(broken.isEmpty(), "the sample graph has cycles");
            Layout layout = LayeredLayout.run(g, W, H, new Rows(s == StrategyName.BOTTOM_UP, broken), () -> false);
            for (Dependency d : g.dependencies()) {
                if (!broken.contains(new DependencyRef(d.from(), d.to()))) {
                    assertTrue(
                            layout.positions().get(d.from()).y()
                                    < layout.positions().get(d.to()).y(),
                            s + ": client " + d.from() + " above supplier " + d.to());
                }
            }
        }
    }

    @Test
    void secondRunGivesTheSameDrawingAndCountsTheModulesLaidOut() {
        DependencyGraph g = RandomGraphs.random(300, 900, 40, 8, false);
        Layout first = LayeredLayout.run(g, W, H, Rows.own(true), () -> false);
        Layout second = LayeredLayout.run(g, W, H, Rows.own(true), () -> false);
        assertEquals(first.positions(), second.positions());
        assertEquals(first.routes(), second.routes());
        assertEquals(300, first.laidOut());
    }

    private static boolean onBorder(Layout layout, DependencyGraph g, String id, double x, double y) {
        Position p = layout.positions().get(id);
        double w = W.applyAsDouble(g.module(id));
        boolean inX = x >= p.x() - 1 && x <= p.x() + w + 1;
        boolean inY = y >= p.y() - 1 && y <= p.y() + H + 1;
        boolean nearEdge = Math.abs(y - p.y()) <= 1
                || Math.abs(y - p.y() - H) <= 1
                || Math.abs(x - p.x()) <= 1
                || Math.abs(x - p.x() - w) <= 1;
        return inX && inY && nearEdge;
    }
}
