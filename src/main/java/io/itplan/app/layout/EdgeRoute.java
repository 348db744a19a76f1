package io.itplan.app.layout;

import java.util.Arrays;
import java.util.Objects;

/**
 * The line a dependency is drawn along, client end first: a polyline {@code x0, y0, x1, y1, ...} in world
 * coordinates, from the client's box border to the supplier's. Curves are already flattened into short
 * segments, so hit testing, culling and drawing treat every route alike.
 */
public final class EdgeRoute {
    private final String from;
    private final String to;
    private final double[] points;

    /**
     * @param points at least two points, as x, y pairs
     * @throws IllegalArgumentException when there are fewer than two points or a coordinate is not finite
     */
    public EdgeRoute(String from, String to, double[] points) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        if (points.length < 4 || points.length % 2 != 0) {
            throw new IllegalArgumentException("a route needs at least two points, as x, y pairs");
        }
        for (double p : points) {
            if (!Double.isFinite(p)) {
                throw new IllegalArgumentException("route coordinates must be finite numbers");
            }
        }
        this.points = points.clone();
    }

    /** The client. */
    public String from() {
        return from;
    }

    /** The supplier. */
    public String to() {
        return to;
    }

    /** How many points the route has. */
    public int size() {
        return points.length / 2;
    }

    public double x(int i) {
        return points[2 * i];
    }

    public double y(int i) {
        return points[2 * i + 1];
    }

    /** A copy of the points, x, y pairs. */
    public double[] points() {
        return points.clone();
    }

    /** The same route moved by (dx, dy). */
    public EdgeRoute movedBy(double dx, double dy) {
        double[] p = points.clone();
        for (int i = 0; i < p.length; i += 2) {
            p[i] += dx;
            p[i + 1] += dy;
        }
        return new EdgeRoute(from, to, p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EdgeRoute r && r.from.equals(from) && r.to.equals(to) && Arrays.equals(r.points, points);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, Arrays.hashCode(points));
    }

    @Override
    public String toString() {
        return from + " -> " + to + " " + Arrays.toString(points);
    }
}
