package io.itplan.ui.canvas;

import io.itplan.ui.canvas.Palette.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The overview in the bottom-right corner of the canvas: every module as a small rectangle and the part in view
 * outlined. It shows on graphs of {@value #SHOWN_FROM} modules or more, while part of the graph is out of view;
 * clicking or dragging in it moves the view there ({@link MinimapGesture}).
 */
final class Minimap {
    static final int SHOWN_FROM = 30;

    private final GraphCanvas canvas;

    Minimap(GraphCanvas canvas) {
        this.canvas = canvas;
    }

    /** Where it is drawn, in canvas coordinates: {x, y, w, h}. */
    double[] rect() {
        double w = Math.min(220, canvas.getWidth() * 0.28);
        double h = Math.min(150, canvas.getHeight() * 0.28);
        return new double[] {canvas.getWidth() - w - 12, canvas.getHeight() - h - 12, w, h};
    }

    boolean shown() {
        double[] b = canvas.geometry().bounds();
        if (canvas.document().graph().modules().size() < SHOWN_FROM || b == null) {
            return false;
        }
        double[] topLeft = canvas.viewport().toWorld(0, 0);
        double[] bottomRight = canvas.viewport().toWorld(canvas.getWidth(), canvas.getHeight());
        return b[0] < topLeft[0] || b[1] < topLeft[1] || b[0] + b[2] > bottomRight[0] || b[1] + b[3] > bottomRight[1];
    }

    boolean contains(double x, double y) {
        if (!shown()) {
            return false;
        }
        double[] r = rect();
        return x >= r[0] && x <= r[0] + r[2] && y >= r[1] && y <= r[1] + r[3];
    }

    /** Centres the view on the world point under (x, y) of the overview. */
    void centreAt(double x, double y) {
        double[] world = canvas.geometry().bounds();
        if (world == null) {
            return;
        }
        double[] r = rect();
        double s = scale(r, world);
        Viewport v = canvas.viewport();
        double wx = (x - r[0] - 6) / s + world[0];
        double wy = (y - r[1] - 6) / s + world[1];
        v.set(v.scale(), canvas.getWidth() / 2 - wx * v.scale(), canvas.getHeight() / 2 - wy * v.scale());
    }

    private static double scale(double[] r, double[] world) {
        return Math.min((r[2] - 12) / world[2], (r[3] - 12) / world[3]);
    }

    /** Draws the overview: one path per module colour, then the visible part. */
    void draw(GraphicsContext gc, Renderer.Frame f, Palette palette, Renderer renderer) {
        double[] rect = rect();
        double[] world = f.geometry().bounds();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        gc.setFill(palette.get(Token.MINIMAP));
        gc.fillRoundRect(rect[0], rect[1], rect[2], rect[3], 8, 8);
        gc.setStroke(palette.get(Token.MODULE_BORDER));
        gc.setLineWidth(1);
        gc.strokeRoundRect(rect[0], rect[1], rect[2], rect[3], 8, 8);
        double s = scale(rect, world);
        double ox = rect[0] + 6 - world[0] * s;
        double oy = rect[1] + 6 - world[1] * s;
        Map<Color, List<Box>> byColour = new LinkedHashMap<>();
        for (Box b : f.geometry().boxes().values()) {
            Color colour = f.selectedModules().contains(b.id())
                    ? palette.get(Token.SELECTION)
                    : renderer.kindColour(f.graph().module(b.id()).kind());
            byColour.computeIfAbsent(colour, k -> new ArrayList<>()).add(b);
        }
        for (var e : byColour.entrySet()) {
            gc.setFill(e.getKey());
            gc.beginPath();
            for (Box b : e.getValue()) {
                gc.rect(ox + b.x() * s, oy + b.y() * s, Math.max(1.5, b.w() * s), Math.max(1.5, b.h() * s));
            }
            gc.fill();
        }
        double[] view = f.view();
        gc.setStroke(palette.get(Token.SELECTION));
        gc.setLineWidth(1.5);
        double x0 = Math.max(rect[0], ox + view[0] * s);
        double y0 = Math.max(rect[1], oy + view[1] * s);
        double x1 = Math.min(rect[0] + rect[2], ox + (view[0] + view[2]) * s);
        double y1 = Math.min(rect[1] + rect[3], oy + (view[1] + view[3]) * s);
        if (x1 > x0 && y1 > y0) {
            gc.strokeRect(x0, y0, x1 - x0, y1 - y0);
        }
    }
}
