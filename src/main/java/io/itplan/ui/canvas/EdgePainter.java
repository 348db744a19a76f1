package io.itplan.ui.canvas;

import io.itplan.core.cycles.Cycles;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.plan.DependencyRef;
import io.itplan.core.plan.StepView;
import io.itplan.ui.canvas.Palette.Token;
import io.itplan.ui.editor.DependencyKey;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws the dependency lines in view. Close up, each line with its kind's dash pattern and UML-like heads; far
 * out, where heads and dashes would be a few pixels, each line one pixel wide into the overview picture
 * ({@link OverviewRaster}), thinned to what shows on screen.
 */
final class EdgePainter {
    /** From this scale up, lines have their dash patterns, heads and diamonds. */
    static final double DETAIL_SCALE = 0.3;
    /** The opacity of unmarked lines far out. */
    private static final double OVERVIEW_HAZE = 0.45;
    /** Points closer than this many pixels to the last one drawn are skipped far out. */
    private static final double THIN_PX = 0.8;

    /** The colour a line takes, in the order they are drawn (later on top). */
    private enum Look {
        FADED(Token.EDGE, 0.2, 1),
        PLAIN(Token.EDGE, 1, 1.3),
        UNSTUBBABLE(Token.UNSTUBBABLE, 1, 2.1),
        CYCLE(Token.CYCLE, 1, 2.1),
        TESTED(Token.STEP_NEW, 1, 3),
        SELECTED(Token.SELECTION, 1, 2.6);

        final Token colour;
        final double alpha;
        final double width;

        Look(Token colour, double alpha, double width) {
            this.colour = colour;
            this.alpha = alpha;
            this.width = width;
        }
    }

    private final Palette palette;

    EdgePainter(Palette palette) {
        this.palette = palette;
    }

    /** Close up: each line in view with its dash pattern, heads and diamonds. */
    void draw(GraphicsContext gc, Renderer.Frame f, double[] view) {
        f.geometry().edgesIn(view[0], view[1], view[2], view[3], e -> drawDetailed(gc, f, e));
        gc.setLineDashes((double[]) null);
        gc.setGlobalAlpha(1);
    }

    /**
     * Far out: every line in view one pixel wide (two for selected and tested ones) into the overview picture,
     * thinned to the points a pixel or more apart, plain lines first so the marked ones stay on top.
     */
    void drawRaster(OverviewRaster raster, Renderer.Frame f, double[] view) {
        Map<Look, java.util.List<Geometry.Edge>> byLook = new EnumMap<>(Look.class);
        f.geometry()
                .edgesIn(
                        view[0],
                        view[1],
                        view[2],
                        view[3],
                        e -> byLook.computeIfAbsent(look(f, e), k -> new java.util.ArrayList<>())
                                .add(e));
        double s = f.scale();
        for (var entry : byLook.entrySet()) {
            Look look = entry.getKey();
            boolean thick = look == Look.SELECTED || look == Look.TESTED;
            // Far out, plain lines are a light haze, so that where they are dense they shade rather than hide
            // the modules; the ones the user marked stay solid.
            int colour = OverviewRaster.argb(palette.get(look.colour), thick ? 1 : look.alpha * OVERVIEW_HAZE);
            for (Geometry.Edge e : entry.getValue()) {
                double lx = e.x(0) * s + f.tx();
                double ly = e.y(0) * s + f.ty();
                int last = e.size() - 1;
                for (int i = 1; i <= last; i++) {
                    double x = e.x(i) * s + f.tx();
                    double y = e.y(i) * s + f.ty();
                    if (i == last || Math.abs(x - lx) + Math.abs(y - ly) >= THIN_PX) {
                        raster.line(lx, ly, x, y, colour);
                        if (thick) {
                            raster.line(lx + 1, ly, x + 1, y, colour);
                            raster.line(lx, ly + 1, x, y + 1, colour);
                        }
                        lx = x;
                        ly = y;
                    }
                }
            }
        }
    }

    private Look look(Renderer.Frame f, Geometry.Edge e) {
        StepView step = f.plan() == null ? null : f.plan().step();
        DependencyRef ref =
                new DependencyRef(e.dependency().from(), e.dependency().to());
        boolean tested = step != null && step.tested().contains(ref);
        if (f.selectedDependencies().contains(e.key())) {
            return Look.SELECTED;
        }
        if (tested) {
            return Look.TESTED;
        }
        if (step != null && (f.roles().faded(ref.from()) || f.roles().faded(ref.to()))) {
            return Look.FADED;
        }
        if (f.cyclic().contains(e.key())) {
            return Look.CYCLE;
        }
        return e.dependency().stubbable() ? Look.PLAIN : Look.UNSTUBBABLE;
    }

    private void drawDetailed(GraphicsContext gc, Renderer.Frame f, Geometry.Edge e) {
        Look look = look(f, e);
        boolean unstubbable = !e.dependency().stubbable();
        Color colour = look == Look.FADED
                ? palette.get(unstubbable ? Token.UNSTUBBABLE : Token.EDGE)
                : look == Look.PLAIN && unstubbable ? palette.get(Token.UNSTUBBABLE) : palette.get(look.colour);
        gc.setGlobalAlpha(look.alpha);
        gc.setStroke(colour);
        gc.setLineWidth(look == Look.FADED || look == Look.PLAIN ? (unstubbable ? 2.1 : 1.3) : look.width);
        gc.setLineDashes(Shapes.dashes(e.dependency().kind()));
        gc.beginPath();
        gc.moveTo(e.x(0), e.y(0));
        for (int i = 1; i < e.size(); i++) {
            gc.lineTo(e.x(i), e.y(i));
        }
        gc.stroke();
        int n = e.size() - 1;
        double startAngle = Math.atan2(e.y(1) - e.y(0), e.x(1) - e.x(0));
        double endAngle = Math.atan2(e.y(n) - e.y(n - 1), e.x(n) - e.x(n - 1));
        Shapes.decorations(
                gc,
                e.dependency().kind(),
                e.x(0),
                e.y(0),
                startAngle,
                e.x(n),
                e.y(n),
                endAngle,
                colour,
                palette.get(Token.MODULE_FILL),
                unstubbable);
        if (f.plan() != null
                && f.plan().broken() != null
                && f.plan()
                        .broken()
                        .contains(new DependencyRef(
                                e.dependency().from(), e.dependency().to()))) {
            // Cycle breaking cut this dependency: a stand-in replaces it.
            double[] m = e.middle();
            gc.setStroke(palette.get(Token.CYCLE));
            gc.setLineWidth(2.4);
            gc.strokeLine(m[0] - 6, m[1] - 6, m[0] + 6, m[1] + 6);
            gc.strokeLine(m[0] - 6, m[1] + 6, m[0] + 6, m[1] - 6);
        }
        gc.setGlobalAlpha(1);
    }

    /** Dependencies that lie on a cycle: both ends in the same strongly connected component. */
    static Set<DependencyKey> cyclicDependencies(DependencyGraph g) {
        GraphIndex index = g.index();
        int[] component = new int[index.size()];
        List<int[]> comps = Cycles.components(index, li -> true);
        for (int c = 0; c < comps.size(); c++) {
            for (int v : comps.get(c)) {
                component[v] = c;
            }
        }
        Set<DependencyKey> out = new HashSet<>();
        for (Dependency d : g.dependencies()) {
            if (component[index.indexOf(d.from())] == component[index.indexOf(d.to())]) {
                out.add(DependencyKey.of(d));
            }
        }
        return out;
    }
}
