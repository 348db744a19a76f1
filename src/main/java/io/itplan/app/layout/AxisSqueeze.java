package io.itplan.app.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A monotone, piecewise-linear map of one axis that shrinks some stretches and keeps the rest: breakpoints
 * {@code old[i] -> new[i]} with straight lines between them and plain shifts beyond the ends. Routes are cut at
 * every breakpoint before their points are mapped, so each piece of a route moves by one affine map: a route
 * that kept clear of the boxes before keeps clear after.
 */
final class AxisSqueeze {
    private final double[] from;
    private final double[] to;

    /** Breakpoints in increasing order of {@code from} (and so of {@code to}); at least one. */
    AxisSqueeze(double[] from, double[] to) {
        this.from = from;
        this.to = to;
    }

    double map(double v) {
        int n = from.length;
        if (v <= from[0]) {
            return v - from[0] + to[0];
        }
        if (v >= from[n - 1]) {
            return v - from[n - 1] + to[n - 1];
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (from[mid] <= v) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double span = from[hi] - from[lo];
        return span <= 0 ? to[lo] : to[lo] + (v - from[lo]) * (to[hi] - to[lo]) / span;
    }

    /** A polyline (x, y pairs) cut at every breakpoint of this axis ({@code y} when {@code vertical}), mapped. */
    double[] mapRoute(double[] points, boolean vertical) {
        int axis = vertical ? 1 : 0;
        List<double[]> out = new ArrayList<>();
        out.add(new double[] {points[0], points[1]});
        for (int i = 2; i < points.length; i += 2) {
            double ax = points[i - 2];
            double ay = points[i - 1];
            double bx = points[i];
            double by = points[i + 1];
            double a = axis == 0 ? ax : ay;
            double b = axis == 0 ? bx : by;
            double lo = Math.min(a, b);
            double hi = Math.max(a, b);
            List<Double> cuts = new ArrayList<>();
            for (double f : from) {
                if (f > lo && f < hi) {
                    cuts.add(f);
                }
            }
            if (b < a) {
                java.util.Collections.reverse(cuts);
            }
            for (double c : cuts) {
                double t = (c - a) / (b - a);
                out.add(new double[] {ax + t * (bx - ax), ay + t * (by - ay)});
            }
            out.add(new double[] {bx, by});
        }
        double[] mapped = new double[out.size() * 2];
        for (int i = 0; i < out.size(); i++) {
            double[] p = out.get(i);
            mapped[2 * i] = axis == 0 ? map(p[0]) : p[0];
            mapped[2 * i + 1] = axis == 1 ? map(p[1]) : p[1];
        }
        return mapped;
    }
}
