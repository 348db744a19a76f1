package io.itplan.ui.canvas;

import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.ModuleKind;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;

/**
 * How each module kind and each dependency kind looks: shapes for services, databases, queues, external
 * systems and classes; UML-like arrowheads and line styles for inheritance, composition, aggregation,
 * calls and messages.
 */
final class Shapes {
    private Shapes() {}

    /** Fills and strokes a module's outline for its kind; the caller has set fill, stroke and line width. */
    static void moduleOutline(GraphicsContext gc, ModuleKind kind, double x, double y, double w, double h) {
        switch (kind) {
            case DATABASE -> {
                double e = 7;
                gc.fillRect(x, y + e, w, h - 2 * e);
                gc.fillOval(x, y + h - 2 * e, w, 2 * e);
                gc.fillOval(x, y, w, 2 * e);
                gc.strokeOval(x, y, w, 2 * e);
                gc.strokeArc(x, y + h - 2 * e, w, 2 * e, 180, 180, ArcType.OPEN);
                gc.strokeLine(x, y + e, x, y + h - e);
                gc.strokeLine(x + w, y + e, x + w, y + h - e);
            }
            case QUEUE -> {
                double e = 9;
                gc.fillRoundRect(x, y, w, h, 2 * e, h);
                gc.strokeRoundRect(x, y, w, h, 2 * e, h);
                gc.strokeArc(x + w - 2 * e, y, 2 * e, h, 90, 180, ArcType.OPEN);
            }
            case EXTERNAL -> {
                gc.fillRoundRect(x, y, w, h, 18, 18);
                gc.setLineDashes(6, 4);
                gc.strokeRoundRect(x, y, w, h, 18, 18);
                gc.setLineDashes((double[]) null);
            }
            case CLASS -> {
                gc.fillRect(x, y, w, h);
                gc.strokeRect(x, y, w, h);
                gc.strokeLine(x, y + h - 9, x + w, y + h - 9);
            }
            case INTERFACE -> {
                gc.fillRect(x, y, w, h);
                gc.setLineDashes(4, 3);
                gc.strokeRect(x, y, w, h);
                gc.setLineDashes((double[]) null);
            }
            case ASPECT -> {
                double c = 9;
                double[] xs = {x + c, x + w - c, x + w, x + w, x + w - c, x + c, x, x};
                double[] ys = {y, y, y + c, y + h - c, y + h, y + h, y + h - c, y + c};
                gc.fillPolygon(xs, ys, 8);
                gc.strokePolygon(xs, ys, 8);
            }
            case LIBRARY -> {
                double tab = 12;
                double[] xs = {x, x + w * 0.35, x + w * 0.35 + 6, x + w, x + w, x};
                double[] ys = {y, y, y + tab * 0.5, y + tab * 0.5, y + h, y + h};
                gc.fillPolygon(xs, ys, 6);
                gc.strokePolygon(xs, ys, 6);
            }
            case SERVICE -> {
                gc.fillRoundRect(x, y, w, h, 22, 22);
                gc.strokeRoundRect(x, y, w, h, 22, 22);
            }
            default -> {
                gc.fillRoundRect(x, y, w, h, 8, 8);
                gc.strokeRoundRect(x, y, w, h, 8, 8);
            }
        }
    }

    /** A small glyph for the kind, drawn in the kind's colour inside the module at (x, y), 16 px square. */
    static void kindGlyph(GraphicsContext gc, ScreenText text, ModuleKind kind, double x, double y, Color colour) {
        gc.setStroke(colour);
        gc.setFill(colour);
        gc.setLineWidth(1.6);
        switch (kind) {
            case COMPONENT -> {
                gc.strokeRect(x + 4, y + 1, 12, 14);
                gc.fillRect(x, y + 4, 7, 3);
                gc.fillRect(x, y + 9, 7, 3);
            }
            case SERVICE -> {
                double cx = x + 8;
                double cy = y + 8;
                double[] xs = new double[6];
                double[] ys = new double[6];
                for (int i = 0; i < 6; i++) {
                    xs[i] = cx + 7 * Math.cos(Math.PI / 3 * i);
                    ys[i] = cy + 7 * Math.sin(Math.PI / 3 * i);
                }
                gc.strokePolygon(xs, ys, 6);
                gc.fillOval(cx - 2.5, cy - 2.5, 5, 5);
            }
            case DATABASE -> {
                gc.strokeOval(x + 2, y, 12, 5);
                gc.strokeLine(x + 2, y + 2.5, x + 2, y + 13);
                gc.strokeLine(x + 14, y + 2.5, x + 14, y + 13);
                gc.strokeArc(x + 2, y + 10.5, 12, 5, 180, 180, ArcType.OPEN);
            }
            case QUEUE -> {
                for (int i = 0; i < 3; i++) {
                    gc.fillRect(x + 1 + i * 5.5, y + 3, 3.5, 10);
                }
            }
            case EXTERNAL -> {
                gc.strokeOval(x + 1, y + 1, 14, 14);
                gc.strokeLine(x + 1, y + 8, x + 15, y + 8);
                gc.strokeOval(x + 5, y + 1, 6, 14);
            }
            case LIBRARY -> {
                gc.strokeRect(x + 1, y + 3, 4, 12);
                gc.strokeRect(x + 6, y + 1, 4, 14);
                gc.strokeLine(x + 11, y + 4, x + 15, y + 15);
            }
            case CLASS -> {
                gc.setFont(javafx.scene.text.Font.font("System", javafx.scene.text.FontWeight.BOLD, 13));
                text.fill(gc, "C", x + 3, y + 13);
            }
            case INTERFACE -> {
                gc.strokeOval(x + 4, y, 8, 8);
                gc.strokeLine(x + 8, y + 8, x + 8, y + 16);
            }
            case ASPECT -> {
                gc.setFont(javafx.scene.text.Font.font("System", javafx.scene.text.FontWeight.BOLD, 13));
                text.fill(gc, "A", x + 3, y + 13);
            }
        }
    }

    /** The dash pattern of a dependency kind, or null for a solid line. */
    static double[] dashes(DependencyKind kind) {
        return switch (kind) {
            case USES -> new double[] {4, 3};
            case INTER_TYPE -> new double[] {6, 3};
            case MESSAGE -> new double[] {9, 4};
            case DATA -> new double[] {2, 3};
            case AUTH -> new double[] {9, 3, 2, 3};
            case EXTERNAL -> new double[] {14, 4};
            default -> null;
        };
    }

    /**
     * Draws the decorations of a dependency line that leaves the client at (x1, y1) heading {@code startAngle}
     * and reaches the supplier at (x2, y2) heading {@code endAngle}: triangles for inheritance, diamonds at the
     * client for aggregation and composition, filled heads for synchronous calls, open heads otherwise.
     */
    static void decorations(
            GraphicsContext gc,
            DependencyKind kind,
            double x1,
            double y1,
            double startAngle,
            double x2,
            double y2,
            double endAngle,
            Color line,
            Color background,
            boolean unstubbable) {
        double angle = endAngle;
        gc.setLineDashes((double[]) null);
        switch (kind) {
            case INHERITANCE, INTER_TYPE -> triangle(gc, x2, y2, angle, 13, 8, background, line);
            case COMPOSITION -> {
                diamond(gc, x1, y1, startAngle, line, line);
                openHead(gc, x2, y2, angle);
            }
            case AGGREGATION -> {
                diamond(gc, x1, y1, startAngle, background, line);
                openHead(gc, x2, y2, angle);
            }
            case CALL, DATA, EXTERNAL -> triangle(gc, x2, y2, angle, 11, 6, line, line);
            default -> openHead(gc, x2, y2, angle);
        }
        if (unstubbable) {
            // Two short bars across the line near the supplier: "no stub here".
            double d1 = kind == DependencyKind.INHERITANCE || kind == DependencyKind.INTER_TYPE ? 20 : 17;
            for (double d : new double[] {d1, d1 + 4}) {
                double bx = x2 - Math.cos(angle) * d;
                double by = y2 - Math.sin(angle) * d;
                double px = -Math.sin(angle) * 6;
                double py = Math.cos(angle) * 6;
                gc.strokeLine(bx - px, by - py, bx + px, by + py);
            }
        }
    }

    private static void openHead(GraphicsContext gc, double x, double y, double angle) {
        double len = 11;
        double spread = 0.42;
        gc.strokeLine(x, y, x - len * Math.cos(angle - spread), y - len * Math.sin(angle - spread));
        gc.strokeLine(x, y, x - len * Math.cos(angle + spread), y - len * Math.sin(angle + spread));
    }

    private static void triangle(
            GraphicsContext gc, double x, double y, double angle, double len, double half, Color fill, Color stroke) {
        double bx = x - len * Math.cos(angle);
        double by = y - len * Math.sin(angle);
        double px = -Math.sin(angle) * half;
        double py = Math.cos(angle) * half;
        double[] xs = {x, bx + px, bx - px};
        double[] ys = {y, by + py, by - py};
        gc.setFill(fill);
        gc.fillPolygon(xs, ys, 3);
        gc.setStroke(stroke);
        gc.strokePolygon(xs, ys, 3);
    }

    private static void diamond(GraphicsContext gc, double x, double y, double angle, Color fill, Color stroke) {
        double len = 9;
        double half = 5;
        double cx = Math.cos(angle);
        double cy = Math.sin(angle);
        double px = -cy * half;
        double py = cx * half;
        double[] xs = {x, x + cx * len + px, x + 2 * cx * len, x + cx * len - px};
        double[] ys = {y, y + cy * len + py, y + 2 * cy * len, y + cy * len - py};
        gc.setFill(fill);
        gc.fillPolygon(xs, ys, 4);
        gc.setStroke(stroke);
        gc.strokePolygon(xs, ys, 4);
    }
}
