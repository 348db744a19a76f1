package io.itplan.ui.canvas;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

/** Selects the modules inside a rectangle dragged on empty space; Shift or Ctrl adds to the selection. */
final class MarqueeGesture implements Gesture {
    private final GraphCanvas canvas;
    private final double x0;
    private final double y0;
    private final boolean additive;
    private final Set<String> before;
    private final Rectangle rect = new Rectangle();

    MarqueeGesture(GraphCanvas canvas, double[] start, boolean additive) {
        this.canvas = canvas;
        this.x0 = start[0];
        this.y0 = start[1];
        this.additive = additive;
        before = Set.copyOf(canvas.selection().modules());
        if (!additive) {
            canvas.selection().clear();
        }
        rect.getStyleClass().add("marquee");
        rect.setManaged(false);
        canvas.addOverlay(rect);
    }

    @Override
    public void drag(MouseEvent e) {
        Viewport v = canvas.viewport();
        double[] w = v.toWorld(e.getX(), e.getY());
        double x = Math.min(x0, w[0]);
        double y = Math.min(y0, w[1]);
        double rw = Math.abs(w[0] - x0);
        double rh = Math.abs(w[1] - y0);
        rect.setX(v.screenX(x));
        rect.setY(v.screenY(y));
        rect.setWidth(rw * v.scale());
        rect.setHeight(rh * v.scale());
        Set<String> inside = new HashSet<>(canvas.geometry().modulesIn(x, y, rw, rh));
        if (additive) {
            inside.addAll(before);
        }
        canvas.selection().selectOnly(inside, Set.of());
    }

    @Override
    public void end(MouseEvent e) {
        canvas.removeOverlay(rect);
    }

    @Override
    public void cancel() {
        canvas.removeOverlay(rect);
    }
}
