package io.itplan.app.layout;

/** Whether lines meet boxes: what routing and its tests ask of a route, and where a line enters and leaves a box. */
public final class RouteGeometry {
    /** How far a line may reach into a box without counting as crossing it (rounding, borders drawn on). */
    public static final double TOUCH = 0.5;

    private RouteGeometry() {}

    /** Whether any piece of the route passes through the inside of the box (x, y, w, h). */
    public static boolean crosses(EdgeRoute route, double x, double y, double w, double h) {
        for (int i = 1; i < route.size(); i++) {
            if (segmentCrosses(route.x(i - 1), route.y(i - 1), route.x(i), route.y(i), x, y, w, h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the segment (ax, ay)-(bx, by) passes through the inside of the box shrunk by {@link #TOUCH}
     * (Liang–Barsky clipping).
     */
    public static boolean segmentCrosses(
            double ax, double ay, double bx, double by, double x, double y, double w, double h) {
        double x0 = x + TOUCH;
        double y0 = y + TOUCH;
        double x1 = x + w - TOUCH;
        double y1 = y + h - TOUCH;
        if (x1 <= x0 || y1 <= y0) {
            return false;
        }
        double[] inside = clip(ax, ay, bx, by, x0, y0, x1, y1);
        return inside != null && inside[1] - inside[0] > 1e-9;
    }

    /**
     * The part of the segment (ax, ay)-(bx, by) inside the box from (left, top) to (right, bottom), as the fractions
     * {from, to} of the way from a to b, or null when the segment misses the box (Liang–Barsky clipping).
     */
    public static double[] clip(
            double ax, double ay, double bx, double by, double left, double top, double right, double bottom) {
        double dx = bx - ax;
        double dy = by - ay;
        double t0 = 0;
        double t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {ax - left, right - ax, ay - top, bottom - ay};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return null;
                }
            }
        }
        return new double[] {t0, t1};
    }
}
