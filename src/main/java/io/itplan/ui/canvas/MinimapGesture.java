package io.itplan.ui.canvas;

import javafx.scene.input.MouseEvent;

/** Clicking or dragging in the overview centres the view there. */
final class MinimapGesture implements Gesture {
    private final GraphCanvas canvas;

    MinimapGesture(GraphCanvas canvas) {
        this.canvas = canvas;
    }

    @Override
    public void drag(MouseEvent e) {
        double[] world = canvas.geometry().bounds();
        if (world == null) {
            return;
        }
        double[] r = canvas.minimapRect();
        double s = Math.min((r[2] - 12) / world[2], (r[3] - 12) / world[3]);
        double wx = (e.getX() - r[0] - 6) / s + world[0];
        double wy = (e.getY() - r[1] - 6) / s + world[1];
        Viewport v = canvas.viewport();
        v.set(v.scale(), canvas.getWidth() / 2 - wx * v.scale(), canvas.getHeight() / 2 - wy * v.scale());
    }

    @Override
    public void end(MouseEvent e) {}
}
