package io.itplan.ui.canvas;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.graph.Risk;
import io.itplan.core.plan.Role;
import io.itplan.core.plan.StepView;
import io.itplan.ui.canvas.Palette.Token;
import io.itplan.ui.editor.DependencyKey;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws one frame: background grid, dependencies, modules, and what a gesture shows. Only what meets the
 * viewport is drawn, and labels are left out when zoomed far out, so large graphs stay fluid.
 */
final class Renderer {
    static final Font NAME_FONT = Font.font("System", FontWeight.BOLD, 12.5);
    static final Font SUB_FONT = Font.font("System", 10.5);

    /** Everything one frame depends on. */
    record Frame(
            DependencyGraph graph,
            Geometry geometry,
            double scale,
            double tx,
            double ty,
            double width,
            double height,
            Set<String> selectedModules,
            Set<DependencyKey> selectedDependencies,
            String hovered,
            Set<DependencyKey> cyclic,
            boolean showConnectHandle,
            String connectTarget,
            PlanPaint plan) {}

    private final Palette palette;
    /** Where the band labels were drawn in the last frame, world coordinates: {level, x, y, w, h}. */
    private final java.util.List<double[]> bandLabels = new java.util.ArrayList<>();

    Renderer(Palette palette) {
        this.palette = palette;
    }

    private Color c(Token t) {
        return palette.get(t);
    }

    void draw(GraphicsContext gc, Frame f) {
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(c(Token.BACKGROUND));
        gc.fillRect(0, 0, f.width(), f.height());
        double vx = -f.tx() / f.scale();
        double vy = -f.ty() / f.scale();
        double vw = f.width() / f.scale();
        double vh = f.height() / f.scale();
        drawGrid(gc, f, vx, vy, vw, vh);
        gc.setTransform(f.scale(), 0, 0, f.scale(), f.tx(), f.ty());
        boolean labels = f.scale() >= 0.3;
        if (f.plan() != null && f.plan().levels() != null) {
            drawBands(gc, f);
        }
        drawEdges(gc, f, vx, vy, vw, vh);
        for (Box b : f.geometry().boxes().values()) {
            if (b.intersects(vx, vy, vw, vh)) {
                StepView.Place place = f.plan() == null ? null : f.plan().place(b.id());
                java.util.Set<Role> roles =
                        place == null ? java.util.Set.of() : f.plan().step().roles(b.id());
                gc.setGlobalAlpha(place == StepView.Place.LATER && roles.isEmpty() ? 0.28 : 1);
                drawModule(gc, f, f.graph().module(b.id()), b, labels);
                gc.setGlobalAlpha(1);
                if (place != null && (place != StepView.Place.LATER || !roles.isEmpty())) {
                    drawStepState(gc, f, b, place, roles, labels);
                }
            }
        }
        if (f.showConnectHandle() && f.hovered() != null) {
            Box b = f.geometry().box(f.hovered());
            if (b != null) {
                double[] h = connectHandle(b);
                gc.setFill(c(Token.SELECTION));
                gc.fillOval(h[0] - 6, h[1] - 6, 12, 12);
                gc.setStroke(c(Token.MODULE_FILL));
                gc.setLineWidth(2);
                gc.strokeLine(h[0] - 3, h[1], h[0] + 3, h[1]);
                gc.strokeLine(h[0], h[1] - 3, h[0], h[1] + 3);
            }
        }
    }

    /** A message in the middle of an empty canvas. */
    void drawNotice(GraphicsContext gc, String text, double width, double height) {
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(c(Token.BACKGROUND));
        gc.fillRect(0, 0, width, height);
        gc.setFill(c(Token.MODULE_SUBTEXT));
        gc.setFont(Font.font("System", 15));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, width / 2, height / 2);
    }

    /** The level whose band label is at a world point, or null. */
    Integer bandLabelAt(double x, double y) {
        for (double[] b : bandLabels) {
            if (x >= b[1] && x <= b[1] + b[3] && y >= b[2] && y <= b[2] + b[4]) {
                return (int) b[0];
            }
        }
        return null;
    }

    /** Where the "drag to connect" handle of a module is, in world coordinates: centre of the bottom edge. */
    static double[] connectHandle(Box b) {
        return new double[] {b.cx(), b.y() + b.h()};
    }

    private void drawGrid(GraphicsContext gc, Frame f, double vx, double vy, double vw, double vh) {
        double step = 40;
        if (f.scale() * step < 14) {
            return;
        }
        gc.setFill(c(Token.GRID));
        double r = Math.max(1, 1.6 * Math.min(1, f.scale()));
        for (double x = Math.floor(vx / step) * step; x <= vx + vw; x += step) {
            for (double y = Math.floor(vy / step) * step; y <= vy + vh; y += step) {
                gc.fillOval(x * f.scale() + f.tx() - r / 2, y * f.scale() + f.ty() - r / 2, r, r);
            }
        }
    }

    /** Horizontal bands, one per level, behind the modules; the sandwich target is outlined. */
    private void drawBands(GraphicsContext gc, Frame f) {
        bandLabels.clear();
        java.util.TreeMap<Integer, double[]> span = new java.util.TreeMap<>();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        for (Box b : f.geometry().boxes().values()) {
            Integer level = f.plan().levels().get(b.id());
            if (level == null) {
                continue;
            }
            double[] s =
                    span.computeIfAbsent(level, k -> new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
            s[0] = Math.min(s[0], b.y());
            s[1] = Math.max(s[1], b.y() + b.h());
            minX = Math.min(minX, b.x());
            maxX = Math.max(maxX, b.x() + b.w());
        }
        if (overlapping(span)) {
            // The drawing is not in rows of this level (heights over a layout by depth): tag each module instead.
            gc.setFont(SUB_FONT);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.CENTER);
            gc.setFill(c(Token.MODULE_SUBTEXT));
            String prefix = f.plan().levelWord().substring(0, 1);
            for (Box b : f.geometry().boxes().values()) {
                Integer level = f.plan().levels().get(b.id());
                if (level != null) {
                    gc.fillText(prefix + level, b.x() - 5, b.cy());
                }
            }
            return;
        }
        int i = 0;
        for (var e : span.entrySet()) {
            double y0 = e.getValue()[0] - 14;
            double y1 = e.getValue()[1] + 14;
            boolean target = e.getKey().equals(f.plan().targetLevel());
            gc.setFill(i++ % 2 == 0 ? c(Token.LEVEL_BAND) : c(Token.LEVEL_BAND).deriveColor(0, 1, 1, 0.45));
            gc.fillRoundRect(minX - 110, y0, maxX - minX + 150, y1 - y0, 10, 10);
            if (target) {
                gc.setStroke(c(Token.SELECTION));
                gc.setLineWidth(2);
                gc.setLineDashes(8, 5);
                gc.strokeRoundRect(minX - 110, y0, maxX - minX + 150, y1 - y0, 10, 10);
                gc.setLineDashes((double[]) null);
            }
            gc.setFill(target ? c(Token.SELECTION) : c(Token.MODULE_SUBTEXT));
            gc.setFont(SUB_FONT);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            // Labels stay in view when the bands reach past the left edge.
            double labelX = Math.max(minX - 100, -f.tx() / f.scale() + 6 / f.scale());
            gc.fillText(f.plan().levelWord() + " " + e.getKey() + (target ? " · target" : ""), labelX, (y0 + y1) / 2);
            bandLabels.add(new double[] {e.getKey(), labelX - 4, y0, 100, y1 - y0});
        }
    }

    /** Whether the levels' vertical spans overlap, so that bands would hide each other. */
    private static boolean overlapping(java.util.TreeMap<Integer, double[]> span) {
        java.util.List<double[]> spans = new java.util.ArrayList<>(span.values());
        spans.sort(java.util.Comparator.comparingDouble(a -> a[0]));
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i)[0] < spans.get(i - 1)[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks a module by its place in the selected step, with a badge for each stand-in role it has there: a stub of
     * it, serving clients inside the step, and drivers standing in its place.
     */
    private void drawStepState(
            GraphicsContext gc, Frame f, Box b, StepView.Place place, java.util.Set<Role> roles, boolean labels) {
        Color colour = place == StepView.Place.NEW
                ? c(Token.STEP_NEW)
                : roles.contains(Role.STUB) ? c(Token.STUB) : roles.isEmpty() ? c(Token.STEP_DONE) : c(Token.DRIVER);
        gc.setStroke(colour);
        gc.setLineWidth(place == StepView.Place.DONE ? 1.5 : 3);
        if (place == StepView.Place.LATER) {
            gc.setLineDashes(7, 4);
        }
        gc.strokeRoundRect(b.x() - 4, b.y() - 4, b.w() + 8, b.h() + 8, 12, 12);
        gc.setLineDashes((double[]) null);
        if (!labels) {
            return;
        }
        StepView v = f.plan().step();
        java.util.List<String> tags = new java.util.ArrayList<>();
        java.util.List<Color> colours = new java.util.ArrayList<>();
        if (place == StepView.Place.NEW) {
            tags.add("NEW");
            colours.add(c(Token.STEP_NEW));
        }
        if (roles.contains(Role.STUB)) {
            tags.add("STUB · serving " + String.join(", ", v.stubs().get(b.id())));
            colours.add(c(Token.STUB));
        }
        if (roles.contains(Role.DRIVER)) {
            tags.add("DRIVER of " + String.join(", ", v.drivenInPlaceOf(b.id())));
            colours.add(c(Token.DRIVER));
        }
        gc.setFont(SUB_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int k = 0; k < tags.size(); k++) {
            String tag = tags.get(k);
            double w = Math.min(b.w() + 60, tag.length() * 6.2 + 12);
            double y = b.y() - 22 - 18 * (tags.size() - 1 - k);
            gc.setFill(colours.get(k));
            gc.fillRoundRect(b.x() - 4, y, w, 16, 8, 8);
            gc.setFill(Color.WHITE);
            gc.fillText(fit(tag, w - 8), b.x() + 2, y + 8);
        }
    }

    private void drawEdges(GraphicsContext gc, Frame f, double vx, double vy, double vw, double vh) {
        Color background = c(Token.MODULE_FILL);
        for (Geometry.Edge e : f.geometry().edges()) {
            double ex = e.minX();
            double ey = e.minY();
            double ew = Math.abs(e.x2() - e.x1());
            double eh = Math.abs(e.y2() - e.y1());
            if (ex > vx + vw || ey > vy + vh || ex + ew < vx || ey + eh < vy) {
                continue;
            }
            boolean selected = f.selectedDependencies().contains(e.key());
            boolean cyclic = f.cyclic().contains(e.key());
            boolean unstubbable = !e.dependency().stubbable();
            StepView step = f.plan() == null ? null : f.plan().step();
            boolean tested = step != null
                    && step.tested()
                            .contains(new io.itplan.core.plan.DependencyRef(
                                    e.dependency().from(), e.dependency().to()));
            boolean faded = step != null
                    && !tested
                    && (step.place(e.dependency().from()) == StepView.Place.LATER
                            || step.place(e.dependency().to()) == StepView.Place.LATER);
            Color colour = selected
                    ? c(Token.SELECTION)
                    : tested
                            ? c(Token.STEP_NEW)
                            : cyclic ? c(Token.CYCLE) : unstubbable ? c(Token.UNSTUBBABLE) : c(Token.EDGE);
            gc.setGlobalAlpha(faded ? 0.2 : 1);
            gc.setStroke(colour);
            gc.setLineWidth(selected ? 2.6 : tested ? 3 : unstubbable || cyclic ? 2.1 : 1.3);
            gc.setLineDashes(Shapes.dashes(e.dependency().kind()));
            gc.strokeLine(e.x1(), e.y1(), e.x2(), e.y2());
            Shapes.decorations(
                    gc, e.dependency().kind(), e.x1(), e.y1(), e.x2(), e.y2(), colour, background, unstubbable);
            if (f.plan() != null
                    && f.plan().broken() != null
                    && f.plan()
                            .broken()
                            .contains(new io.itplan.core.plan.DependencyRef(
                                    e.dependency().from(), e.dependency().to()))) {
                // Cycle breaking cut this dependency: a stand-in replaces it.
                double mx = (e.x1() + e.x2()) / 2;
                double my = (e.y1() + e.y2()) / 2;
                gc.setStroke(c(Token.CYCLE));
                gc.setLineWidth(2.4);
                gc.strokeLine(mx - 6, my - 6, mx + 6, my + 6);
                gc.strokeLine(mx - 6, my + 6, mx + 6, my - 6);
            }
            gc.setGlobalAlpha(1);
        }
        gc.setLineDashes((double[]) null);
    }

    private void drawModule(GraphicsContext gc, Frame f, Module m, Box b, boolean labels) {
        boolean selected = f.selectedModules().contains(m.id());
        boolean target = m.id().equals(f.connectTarget());
        Color kindColour = kindColour(m.kind());
        if (selected || target) {
            gc.setFill(c(Token.SELECTION).deriveColor(0, 1, 1, 0.22));
            gc.fillRoundRect(b.x() - 5, b.y() - 5, b.w() + 10, b.h() + 10, 16, 16);
        }
        gc.setFill(c(Token.MODULE_FILL));
        gc.setStroke(
                selected || target
                        ? c(Token.SELECTION)
                        : m.id().equals(f.hovered()) ? kindColour : c(Token.MODULE_BORDER));
        gc.setLineWidth(selected || target ? 2.2 : 1.3);
        Shapes.moduleOutline(gc, m.kind(), b.x(), b.y(), b.w(), b.h());
        if (m.kind() != ModuleKind.DATABASE && m.kind() != ModuleKind.QUEUE) {
            gc.setFill(kindColour);
            gc.fillRect(b.x() + 1.5, b.y() + 8, 3.5, b.h() - 16);
        }
        if (m.risk() != Risk.MEDIUM) {
            gc.setFill(m.risk() == Risk.HIGH ? c(Token.RISK_HIGH) : c(Token.RISK_LOW));
            gc.fillOval(b.x() + b.w() - 13, b.y() + 6, 8, 8);
        }
        if (m.pinned()) {
            gc.setStroke(c(Token.MODULE_SUBTEXT));
            gc.setFill(c(Token.MODULE_SUBTEXT));
            gc.setLineWidth(1.4);
            gc.fillOval(b.x() + b.w() - 26, b.y() + 5, 6, 6);
            gc.strokeLine(b.x() + b.w() - 23, b.y() + 11, b.x() + b.w() - 23, b.y() + 16);
        }
        if (!labels) {
            return;
        }
        double glyphX = b.x() + 10;
        double glyphY = b.y() + (b.h() - 16) / 2 + (m.kind() == ModuleKind.DATABASE ? 3 : 0);
        Shapes.kindGlyph(gc, m.kind(), glyphX, glyphY, kindColour);
        double textX = b.x() + 32 + (b.w() - 40) / 2;
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(c(Token.MODULE_TEXT));
        gc.setFont(NAME_FONT);
        double textY = b.cy() + (m.kind() == ModuleKind.DATABASE ? 3 : 0);
        String sub = subtitle(m);
        gc.fillText(fit(m.name(), b.w() - 44), textX - 14, sub == null ? textY : textY - 7);
        if (sub != null) {
            gc.setFont(SUB_FONT);
            gc.setFill(c(Token.MODULE_SUBTEXT));
            gc.fillText(fit(sub, b.w() - 44), textX - 14, textY + 8);
        }
    }

    /** The second line: «interface» for interfaces, the id when the name differs from it, else the kind. */
    static String subtitle(Module m) {
        if (m.kind() == ModuleKind.INTERFACE) {
            return "«interface»";
        }
        if (m.kind() == ModuleKind.ASPECT) {
            return "«aspect»";
        }
        if (!m.name().equals(m.id())) {
            return m.id();
        }
        return m.kind().key();
    }

    private static String fit(String text, double width) {
        int max = Math.max(4, (int) (width / 6.6));
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    Color kindColour(ModuleKind kind) {
        return switch (kind) {
            case COMPONENT -> c(Token.KIND_COMPONENT);
            case SERVICE -> c(Token.KIND_SERVICE);
            case DATABASE -> c(Token.KIND_DATABASE);
            case QUEUE -> c(Token.KIND_QUEUE);
            case EXTERNAL -> c(Token.KIND_EXTERNAL);
            case LIBRARY -> c(Token.KIND_LIBRARY);
            case CLASS -> c(Token.KIND_CLASS);
            case INTERFACE -> c(Token.KIND_INTERFACE);
            case ASPECT -> c(Token.KIND_ASPECT);
        };
    }

    /** Draws the overview in the bottom-right corner: every module and the visible part. */
    void drawMinimap(GraphicsContext gc, Frame f, double[] rect, double[] world) {
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(c(Token.MINIMAP));
        gc.fillRoundRect(rect[0], rect[1], rect[2], rect[3], 8, 8);
        gc.setStroke(c(Token.MODULE_BORDER));
        gc.setLineWidth(1);
        gc.strokeRoundRect(rect[0], rect[1], rect[2], rect[3], 8, 8);
        double s = Math.min((rect[2] - 12) / world[2], (rect[3] - 12) / world[3]);
        double ox = rect[0] + 6 - world[0] * s;
        double oy = rect[1] + 6 - world[1] * s;
        for (Box b : f.geometry().boxes().values()) {
            gc.setFill(
                    f.selectedModules().contains(b.id())
                            ? c(Token.SELECTION)
                            : kindColour(f.graph().module(b.id()).kind()));
            gc.fillRect(ox + b.x() * s, oy + b.y() * s, Math.max(1.5, b.w() * s), Math.max(1.5, b.h() * s));
        }
        double vx = -f.tx() / f.scale();
        double vy = -f.ty() / f.scale();
        gc.setStroke(c(Token.SELECTION));
        gc.setLineWidth(1.5);
        double x0 = Math.max(rect[0], ox + vx * s);
        double y0 = Math.max(rect[1], oy + vy * s);
        double x1 = Math.min(rect[0] + rect[2], ox + (vx + f.width() / f.scale()) * s);
        double y1 = Math.min(rect[1] + rect[3], oy + (vy + f.height() / f.scale()) * s);
        if (x1 > x0 && y1 > y0) {
            gc.strokeRect(x0, y0, x1 - x0, y1 - y0);
        }
    }
}
