package io.itplan.ui.canvas;

import javafx.scene.input.MouseEvent;

/** Moves the view with the mouse (middle button, or Space and the primary button). */
final class PanGesture implements Gesture {
    private final Viewport viewport;
    private double lastX;
    private double lastY;

    PanGesture(Viewport viewport, double x, double y) {
        this.viewport = viewport;
        lastX = x;
        lastY = y;
    }

    @Override
    public void drag(MouseEvent e) {
        viewport.panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
    }

    @Override
    public void end(MouseEvent e) {}
}
