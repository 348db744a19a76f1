package io.itplan.ui.canvas;

/** Where a module is drawn, in world coordinates: top-left corner, width and height. */
record Box(String id, double x, double y, double w, double h) {
    double cx() {
        return x + w / 2;
    }

    double cy() {
        return y + h / 2;
    }

    boolean contains(double px, double py) {
        return px >= x && px <= x + w && py >= y && py <= y + h;
    }

    boolean intersects(double rx, double ry, double rw, double rh) {
        return x < rx + rw && x + w > rx && y < ry + rh && y + h > ry;
    }

    Box movedBy(double dx, double dy) {
        return new Box(id, x + dx, y + dy, w, h);
    }

    /** Where the line from the centre towards (px, py) leaves the box. */
    double[] border(double px, double py) {
        double dx = px - cx();
        double dy = py - cy();
        if (dx == 0 && dy == 0) {
            return new double[] {cx(), cy()};
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (w / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (h / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new double[] {cx() + dx * s, cy() + dy * s};
    }
}
