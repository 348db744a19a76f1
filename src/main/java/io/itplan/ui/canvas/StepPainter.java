package io.itplan.ui.canvas;

import io.itplan.core.plan.Role;
import io.itplan.core.plan.StepView;
import io.itplan.ui.canvas.Palette.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Paints the plan on the graph: the levels as horizontal bands (or a tag per module where the drawing is not in
 * rows of those levels), each module's outline for its state in the selected step, and the step's tags
 * ({@link Badges}), whose text colour is chosen against the tag's colour so that they read in either theme.
 */
final class StepPainter {
    private final Palette palette;
    private final ScreenText text;
    /** Where the band labels were drawn in the last frame, world coordinates: {level, x, y, w, h}. */
    private final List<double[]> bandLabels = new ArrayList<>();

    private final Map<String, Double> textWidths = new HashMap<>();
    private Geometry badgesFor;
    private StepView badgesOf;
    private List<Badges.Badge> badges = List.of();

    StepPainter(Palette palette, ScreenText text) {
        this.palette = palette;
        this.text = text;
    }

    /** The tags of the selected step, placed for this geometry (the same until either changes). */
    List<Badges.Badge> badges(Geometry geometry, PlanPaint plan) {
        StepView step = plan == null ? null : plan.step();
        if (step == null) {
            return List.of();
        }
        if (geometry != badgesFor || step != badgesOf) {
            StepRoles roles = new StepRoles(step);
            Map<String, List<Badges.Label>> labels = new LinkedHashMap<>();
            for (String id : geometry.boxes().keySet()) {
                List<Badges.Label> l = Badges.labels(roles, id);
                if (!l.isEmpty()) {
                    labels.put(id, l);
                }
            }
            badges = Badges.place(labels, geometry, this::textWidth);
            badgesFor = geometry;
            badgesOf = step;
        }
        return badges;
    }

    /** The width of a tag's text in world units. */
    double textWidth(String s) {
        return textWidths.computeIfAbsent(s, k -> {
            Text t = new Text(k);
            t.setFont(Renderer.SUB_FONT);
            return t.getLayoutBounds().getWidth();
        });
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

    /** Horizontal bands, one per level, behind the modules; the sandwich target is outlined. */
    void drawBands(GraphicsContext gc, Renderer.Frame f) {
        bandLabels.clear();
        TreeMap<Integer, double[]> span = new TreeMap<>();
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
        boolean labels = f.scale() >= Renderer.LABEL_SCALE;
        if (overlapping(span)) {
            if (!labels) {
                return;
            }
            // The drawing is not in rows of this level (heights over a layout by depth): tag each module instead.
            gc.setFont(Renderer.SUB_FONT);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.CENTER);
            gc.setFill(palette.get(Token.MODULE_SUBTEXT));
            String prefix = f.plan().levelWord().substring(0, 1);
            for (Box b : f.geometry().boxes().values()) {
                Integer level = f.plan().levels().get(b.id());
                if (level != null) {
                    text.fill(gc, prefix + level, b.x() - 5, b.cy());
                }
            }
            return;
        }
        int i = 0;
        double[] view = f.view();
        double vx = view[0];
        for (var e : span.entrySet()) {
            double y0 = e.getValue()[0] - 14;
            double y1 = e.getValue()[1] + 14;
            boolean target = e.getKey().equals(f.plan().targetLevel());
            boolean even = i++ % 2 == 0;
            if (y1 < view[1] || y0 > view[1] + view[3]) {
                continue;
            }
            Color band = palette.get(Token.LEVEL_BAND);
            gc.setFill(even ? band : band.deriveColor(0, 1, 1, 0.45));
            gc.fillRoundRect(minX - 110, y0, maxX - minX + 150, y1 - y0, 10, 10);
            if (target) {
                gc.setStroke(palette.get(Token.SELECTION));
                gc.setLineWidth(2);
                gc.setLineDashes(8, 5);
                gc.strokeRoundRect(minX - 110, y0, maxX - minX + 150, y1 - y0, 10, 10);
                gc.setLineDashes((double[]) null);
            }
            if (f.scale() < Renderer.NAME_SCALE) {
                continue;
            }
            gc.setFill(target ? palette.get(Token.SELECTION) : palette.get(Token.MODULE_SUBTEXT));
            gc.setFont(Font.font("System", Math.max(Renderer.SUB_FONT.getSize(), Renderer.MIN_TEXT_PX / f.scale())));
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            // Labels stay in view when the bands reach past the left edge.
            double labelX = Math.max(minX - 100, vx + 6 / f.scale());
            text.fill(gc, f.plan().levelWord() + " " + e.getKey() + (target ? " · target" : ""), labelX, (y0 + y1) / 2);
            bandLabels.add(new double[] {e.getKey(), labelX - 4, y0, 100, y1 - y0});
        }
    }

    /** Whether the levels' vertical spans overlap, so that bands would hide each other. */
    private static boolean overlapping(TreeMap<Integer, double[]> span) {
        List<double[]> spans = new ArrayList<>(span.values());
        spans.sort(Comparator.comparingDouble(a -> a[0]));
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i)[0] < spans.get(i - 1)[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The colour a module is marked with in the step: new, a stand-in (stub before driver), integrated before; null
     * for one that comes later and stands in for nothing.
     */
    Color colour(StepRoles step, String module) {
        StepView.Place place = step.step().place(module);
        if (place == StepView.Place.NEW) {
            return palette.get(Token.STEP_NEW);
        }
        Set<Role> roles = step.roles(module);
        if (roles.contains(Role.STUB)) {
            return palette.get(Token.STUB);
        }
        if (roles.contains(Role.DRIVER)) {
            return palette.get(Token.DRIVER);
        }
        return place == StepView.Place.DONE ? palette.get(Token.STEP_DONE) : null;
    }

    /**
     * Outlines a module for what it is in the step: solid for new and done, dashed for a stand-in; a module with
     * both roles (a stub of it serves the step, and a driver stands in its place) gets both outlines.
     */
    void drawOutline(GraphicsContext gc, Box b, StepRoles step) {
        StepView.Place place = step.step().place(b.id());
        Set<Role> roles = step.roles(b.id());
        if (!roles.isEmpty()) {
            double grow = 4;
            for (Role r : new Role[] {Role.STUB, Role.DRIVER}) {
                if (roles.contains(r)) {
                    gc.setStroke(palette.get(r == Role.STUB ? Token.STUB : Token.DRIVER));
                    gc.setLineWidth(3);
                    gc.setLineDashes(7, 4);
                    gc.strokeRoundRect(b.x() - grow, b.y() - grow, b.w() + 2 * grow, b.h() + 2 * grow, 12, 12);
                    grow += 4;
                }
            }
            gc.setLineDashes((double[]) null);
            return;
        }
        if (place == StepView.Place.LATER) {
            return;
        }
        gc.setStroke(colour(step, b.id()));
        gc.setLineWidth(place == StepView.Place.DONE ? 1.5 : 3);
        gc.strokeRoundRect(b.x() - 4, b.y() - 4, b.w() + 8, b.h() + 8, 12, 12);
    }

    /** Draws the placed tags that meet the view. */
    void drawBadges(GraphicsContext gc, Renderer.Frame f, double[] view) {
        gc.setFont(Renderer.SUB_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (Badges.Badge b : badges(f.geometry(), f.plan())) {
            if (b.x() > view[0] + view[2]
                    || b.y() > view[1] + view[3]
                    || b.x() + b.w() < view[0]
                    || b.y() + b.h() < view[1]) {
                continue;
            }
            Color fill = switch (b.role()) {
                case NEW -> palette.get(Token.STEP_NEW);
                case STUB -> palette.get(Token.STUB);
                case DRIVER -> palette.get(Token.DRIVER);
            };
            gc.setFill(fill);
            gc.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 8, 8);
            gc.setFill(readableOn(fill));
            text.fill(gc, b.text(), b.x() + Badges.PADDING, b.y() + b.h() / 2);
        }
    }

    /** Black or white, whichever contrasts more with the colour (WCAG 2 relative luminance). */
    static Color readableOn(Color c) {
        double l = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? Color.BLACK : Color.WHITE;
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
