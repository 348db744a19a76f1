package io.itplan.ui.canvas;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.graph.Risk;
import io.itplan.ui.canvas.Palette.Token;
import io.itplan.ui.editor.DependencyKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws one frame: background grid, plan bands, dependencies, modules, the selected step and what a gesture
 * shows. Only what meets the viewport is drawn (found through the geometry's spatial index), and the level of
 * detail follows the zoom: names, glyphs and tags only where they are legible; far out, lines and then modules
 * (plain rectangles) are set as pixels of one picture ({@link OverviewRaster}).
 */
final class Renderer {
    static final Font NAME_FONT = Font.font("System", FontWeight.BOLD, 12.5);
    static final Font SUB_FONT = Font.font("System", 10.5);
    /** From this scale up names, glyphs and tags are drawn (the name font is 5 px high there). */
    static final double LABEL_SCALE = 0.4;
    /** From this scale up modules have their kind's shape; below, plain rectangles. */
    static final double SHAPE_SCALE = 0.2;
    /** From this scale up to {@link #LABEL_SCALE} a module shows its name alone, at a legible size. */
    static final double NAME_SCALE = 0.25;
    /** The smallest text drawn, in screen pixels. */
    static final double MIN_TEXT_PX = 8;

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
            PlanPaint plan,
            StepRoles roles) {

        /** The part of the world in view: {x, y, w, h}. */
        double[] view() {
            return new double[] {-tx / scale, -ty / scale, width / scale, height / scale};
        }
    }

    private final Palette palette;
    private final EdgePainter edges;
    private final StepPainter steps;
    private final OverviewRaster raster = new OverviewRaster();
    private final ScreenText text = new ScreenText();

    Renderer(Palette palette) {
        this.palette = palette;
        this.edges = new EdgePainter(palette);
        this.steps = new StepPainter(palette, text);
    }

    private Color c(Token t) {
        return palette.get(t);
    }

    StepPainter steps() {
        return steps;
    }

    void draw(GraphicsContext gc, Frame f) {
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        gc.setFill(c(Token.BACKGROUND));
        gc.fillRect(0, 0, f.width(), f.height());
        double[] view = f.view();
        drawGrid(gc, f, view);
        gc.setTransform(f.scale(), 0, 0, f.scale(), f.tx(), f.ty());
        if (f.plan() != null && f.plan().levels() != null) {
            steps.drawBands(gc, f);
        }
        List<Box> visible = new ArrayList<>();
        f.geometry().boxesIn(view[0], view[1], view[2], view[3], visible::add);
        StepRoles step = f.roles();
        if (f.scale() < EdgePainter.DETAIL_SCALE) {
            raster.begin((int) Math.ceil(f.width()), (int) Math.ceil(f.height()));
            edges.drawRaster(raster, f, view);
            if (f.scale() < SHAPE_SCALE) {
                drawSimple(f, visible, step);
            }
            raster.finish(gc);
        } else {
            edges.draw(gc, f, view);
        }
        if (f.scale() >= SHAPE_SCALE) {
            boolean labels = f.scale() >= LABEL_SCALE;
            for (Box b : visible) {
                gc.setGlobalAlpha(step != null && step.faded(b.id()) ? 0.28 : 1);
                drawModule(gc, f, f.graph().module(b.id()), b, labels);
                gc.setGlobalAlpha(1);
                if (step != null) {
                    steps.drawOutline(gc, b, step);
                }
            }
            if (labels && step != null) {
                steps.drawBadges(gc, f, view);
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

    /** Far out: each module a rectangle in its kind's colour (or its state's in the selected step). */
    private void drawSimple(Frame f, List<Box> visible, StepRoles step) {
        for (Box b : visible) {
            Color colour;
            double a = 1;
            if (f.selectedModules().contains(b.id()) || b.id().equals(f.connectTarget())) {
                colour = c(Token.SELECTION);
            } else if (step != null && steps.colour(step, b.id()) != null) {
                colour = steps.colour(step, b.id());
            } else {
                colour = kindColour(f.graph().module(b.id()).kind());
                a = step != null ? 0.28 : 0.85;
            }
            raster.rect(
                    b.x() * f.scale() + f.tx(),
                    b.y() * f.scale() + f.ty(),
                    b.w() * f.scale(),
                    b.h() * f.scale(),
                    OverviewRaster.argb(colour, a));
        }
    }

    /** A message in the middle of an empty canvas. */
    void drawNotice(GraphicsContext gc, String text, double width, double height) {
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        gc.setFill(c(Token.BACKGROUND));
        gc.fillRect(0, 0, width, height);
        gc.setFill(c(Token.MODULE_SUBTEXT));
        gc.setFont(Font.font("System", 15));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, width / 2, height / 2);
    }

    /** Where the "drag to connect" handle of a module is, in world coordinates: centre of the bottom edge. */
    static double[] connectHandle(Box b) {
        return new double[] {b.cx(), b.y() + b.h()};
    }

    private void drawGrid(GraphicsContext gc, Frame f, double[] view) {
        double step = 40;
        if (f.scale() * step < 14) {
            return;
        }
        gc.setFill(c(Token.GRID));
        double r = Math.max(1, 1.6 * Math.min(1, f.scale()));
        for (double x = Math.floor(view[0] / step) * step; x <= view[0] + view[2]; x += step) {
            for (double y = Math.floor(view[1] / step) * step; y <= view[1] + view[3]; y += step) {
                gc.fillOval(x * f.scale() + f.tx() - r / 2, y * f.scale() + f.ty() - r / 2, r, r);
            }
        }
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
            if (f.scale() >= NAME_SCALE) {
                drawNameOnly(gc, f, m, b);
            }
            return;
        }
        double glyphX = b.x() + 10;
        double glyphY = b.y() + (b.h() - 16) / 2 + (m.kind() == ModuleKind.DATABASE ? 3 : 0);
        Shapes.kindGlyph(gc, text, m.kind(), glyphX, glyphY, kindColour);
        double textX = b.x() + 32 + (b.w() - 40) / 2;
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(c(Token.MODULE_TEXT));
        gc.setFont(NAME_FONT);
        double textY = b.cy() + (m.kind() == ModuleKind.DATABASE ? 3 : 0);
        String sub = subtitle(m);
        text.fill(gc, fit(m.name(), b.w() - 44), textX - 14, sub == null ? textY : textY - 7);
        if (sub != null) {
            gc.setFont(SUB_FONT);
            gc.setFill(c(Token.MODULE_SUBTEXT));
            text.fill(gc, fit(sub, b.w() - 44), textX - 14, textY + 8);
        }
    }

    /** Zoomed out: the name alone, no smaller than {@link #MIN_TEXT_PX} on screen, cut to the box. */
    private void drawNameOnly(GraphicsContext gc, Frame f, Module m, Box b) {
        double size = MIN_TEXT_PX / f.scale();
        gc.setFont(Font.font("System", FontWeight.BOLD, size));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(c(Token.MODULE_TEXT));
        text.fill(gc, fit(m.name(), (b.w() - 12) * 12.5 / size), b.cx(), b.cy());
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

    /** The text on one line, cut with "…" where it would not fit in {@code width}. */
    static String fit(String text, double width) {
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
}
