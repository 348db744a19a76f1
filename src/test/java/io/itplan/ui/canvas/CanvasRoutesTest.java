package io.itplan.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.app.layout.EdgeRoute;
import io.itplan.app.layout.LayeredLayout;
import io.itplan.app.layout.RouteGeometry;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.DependencyRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobotInterface;
import org.testfx.util.WaitForAsyncUtils;

/** Dependencies are drawn around the boxes in between: after Auto Layout, as drawn by hand, and while dragging. */
class CanvasRoutesTest extends CanvasFixture {
    /** Every line that runs through a box other than its two ends, as "from -> to through id". */
    private List<String> crossings() {
        List<String> out = new ArrayList<>();
        Geometry g = canvas.geometry();
        for (Geometry.Edge e : g.edges()) {
            EdgeRoute r = new EdgeRoute(e.dependency().from(), e.dependency().to(), e.points());
            for (Box b : g.boxes().values()) {
                if (!b.id().equals(r.from())
                        && !b.id().equals(r.to())
                        && RouteGeometry.crosses(r, b.x(), b.y(), b.w(), b.h())) {
                    out.add(r.from() + " -> " + r.to() + " through " + b.id());
                }
            }
        }
        return out;
    }

    @Test
    void aLineDrawnByHandGoesRoundTheModuleInItsWay() throws Exception {
        show(DependencyGraph.builder("g")
                .addModule(at("web", 0, 0))
                .addModule(at("orders", 10, 150))
                .addModule(at("db", 0, 300))
                .addDependency("web", "db", DependencyKind.DATA)
                .addDependency("web", "orders", DependencyKind.CALL)
                .build());
        assertEquals(List.of(), crossings());
        Geometry.Edge webToDb = canvas.geometry().edges().stream()
                .filter(e -> e.dependency().to().equals("db"))
                .findFirst()
                .orElseThrow();
        assertTrue(webToDb.size() > 2, "bends round orders");
    }

    static DependencyGraph layered(int n, long seed) {
        Random rnd = new Random(seed);
        DependencyGraph.Builder b = DependencyGraph.builder("layered");
        for (int i = 0; i < n; i++) {
            b.addModule(Module.of(String.format("m%03d", i)));
        }
        for (int k = 0; k < n * 2; k++) {
            int u = rnd.nextInt(n - 1);
            int v = Math.min(n - 1, u + 1 + rnd.nextInt(12));
            b.addDependency(String.format("m%03d", u), String.format("m%03d", v), DependencyKind.USES);
        }
        return b.build();
    }

    /** Lays the graph out as the app's Auto Layout does and shows it with its routes. */
    private LayeredLayout.Layout autoLayout() {
        DependencyGraph g = document.graph();
        LayeredLayout.Layout layout = LayeredLayout.run(
                g, canvas::moduleWidth, GraphCanvas.MODULE_HEIGHT, LayeredLayout.Rows.own(false), () -> false);
        DependencyGraph.Builder b = DependencyGraph.builder(g.name());
        for (Module m : g.modules()) {
            LayeredLayout.Position p = layout.positions().get(m.id());
            b.addModule(at(m.id(), m.kind(), p.x(), p.y()));
        }
        g.dependencies().forEach(b::addDependency);
        fx(() -> {
            document.reset(b.build(), null);
            canvas.showLayout(layout);
            canvas.fitToWindow();
        });
        return layout;
    }

    @Test
    void afterAutoLayoutTheLinesFollowElksRoutesClearOfTheBoxes() throws Exception {
        show(layered(40, 3));
        LayeredLayout.Layout layout = autoLayout();
        int followed = 0;
        for (Geometry.Edge e : canvas.geometry().edges()) {
            EdgeRoute r = layout.routes()
                    .get(new DependencyRef(e.dependency().from(), e.dependency().to()));
            if (r != null) {
                assertArrayEquals(r.points(), e.points(), 1e-9, e.key().toString());
                followed++;
            }
        }
        assertTrue(followed > 50, "lines along ELK's routes: " + followed);
        assertEquals(List.of(), crossings());
    }

    @Test
    void aDraggedModuleKeepsItsLinesAttachedAndTheDropReroutesAroundIt() throws Exception {
        show(layered(40, 5));
        autoLayout();
        String moved = "m010";
        Box before = canvas.geometry().box(moved);
        Box target = canvas.geometry().box("m025");
        Point2D from = screen(canvas.centerOf(moved));
        double scale = canvas.viewport().scale();
        double dx = (target.cx() - before.cx()) * scale + 0.5 * target.w() * scale + 60 * scale;
        double dy = (target.cy() - before.cy()) * scale;
        FxRobotInterface robot =
                drag(from, MouseButton.PRIMARY).moveBy(dx / 2, dy / 2).moveBy(dx / 2, dy / 2);
        WaitForAsyncUtils.waitForFxEvents();
        Box during = canvas.geometry().box(moved);
        assertTrue(Math.abs(during.x() - before.x()) > 20, "the box follows the mouse");
        for (Geometry.Edge e : canvas.geometry().edges()) {
            boolean client = e.dependency().from().equals(moved);
            boolean supplier = e.dependency().to().equals(moved);
            if (client || supplier) {
                int i = client ? 0 : e.size() - 1;
                assertTrue(onBorder(during, e.x(i), e.y(i)), "line of " + e.key() + " stays on the moving box");
            }
        }
        ((org.testfx.api.FxRobot) robot).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(canvas.geometry().box(moved).equals(before), "dropped elsewhere");
        assertEquals(List.of(), crossings());
    }

    private static boolean onBorder(Box b, double x, double y) {
        double e = 0.75;
        boolean inside = x >= b.x() - e && x <= b.x() + b.w() + e && y >= b.y() - e && y <= b.y() + b.h() + e;
        boolean edge = Math.abs(x - b.x()) <= e
                || Math.abs(x - b.x() - b.w()) <= e
                || Math.abs(y - b.y()) <= e
                || Math.abs(y - b.y() - b.h()) <= e;
        return inside && edge;
    }
}
