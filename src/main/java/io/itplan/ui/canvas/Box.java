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

    /** The rectangle {x, y, w, h} around the boxes; {0, 0, 1, 1} for none. */
    static double[] extent(Iterable<Box> boxes) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Box b : boxes) {
            minX = Math.min(minX, b.x);
            minY = Math.min(minY, b.y);
            maxX = Math.max(maxX, b.x + b.w);
            maxY = Math.max(maxY, b.y + b.h);
        }
        return minX > maxX ? new double[] {0, 0, 1, 1} : new double[] {minX, minY, maxX - minX, maxY - minY};
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
