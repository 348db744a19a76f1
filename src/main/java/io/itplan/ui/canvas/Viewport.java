package io.itplan.ui.canvas;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Which part of the world the canvas shows: screen = world x scale + (tx, ty). Pans, zooms about a point and
 * fits a rectangle; the scale stays between {@link #MIN_SCALE} and {@link #MAX_SCALE}.
 */
final class Viewport {
    /** Far enough out to fit a graph of thousands of modules in a window. */
    static final double MIN_SCALE = 0.005;

    static final double MAX_SCALE = 4;

    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final Runnable onChange;
    private double scale = 1;
    private double tx = 40;
    private double ty = 20;
    private boolean fitted;

    Viewport(Runnable onChange) {
        this.onChange = onChange;
    }

    double scale() {
        return scale;
    }

    double tx() {
        return tx;
    }

    double ty() {
        return ty;
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    double[] toWorld(double sx, double sy) {
        return new double[] {(sx - tx) / scale, (sy - ty) / scale};
    }

    double screenX(double wx) {
        return wx * scale + tx;
    }

    double screenY(double wy) {
        return wy * scale + ty;
    }

    /** Whether the view still shows what the last fit chose: nothing has panned or zoomed since. */
    boolean fitted() {
        return fitted;
    }

    void set(double newScale, double newTx, double newTy) {
        fitted = false;
        scale = clamp(newScale);
        tx = newTx;
        ty = newTy;
        zoom.set(scale);
        onChange.run();
    }

    void panBy(double dx, double dy) {
        set(scale, tx + dx, ty + dy);
    }

    /** Zooms by {@code factor} keeping the world point under (sx, sy) in place. */
    void zoomAt(double factor, double sx, double sy) {
        double s = clamp(scale * factor);
        double[] w = toWorld(sx, sy);
        set(s, sx - w[0] * s, sy - w[1] * s);
    }

    /**
     * Shows the world rectangle {x, y, w, h} whole and centred in a view of the given size, with a margin, never
     * above 100 %.
     */
    void fit(double[] world, double viewWidth, double viewHeight) {
        double margin = 40;
        double s = Math.min(
                1,
                Math.min(
                        (viewWidth - 2 * margin) / Math.max(1, world[2]),
                        (viewHeight - 2 * margin) / Math.max(1, world[3])));
        s = clamp(s);
        set(s, (viewWidth - world[2] * s) / 2 - world[0] * s, (viewHeight - world[3] * s) / 2 - world[1] * s);
        fitted = true;
    }

    /** Puts the world point (wx, wy) in the middle of the view, at least at {@code minScale}. */
    void centre(double wx, double wy, double minScale, double viewWidth, double viewHeight) {
        double s = clamp(Math.max(scale, minScale));
        set(s, viewWidth / 2 - wx * s, viewHeight / 2 - wy * s);
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
