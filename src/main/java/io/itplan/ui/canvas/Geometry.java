package io.itplan.ui.canvas;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.ui.editor.DependencyKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The boxes and edge lines of a graph in world coordinates, with hit testing. Rebuilt when the graph
 * changes; a drag in progress only offsets the moving boxes.
 */
final class Geometry {
    static final double HEIGHT = 46;
    static final double MIN_WIDTH = 112;
    static final double MAX_WIDTH = 260;

    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();

    /** A dependency's line, offset sideways when several join the same two modules. */
    record Edge(Dependency dependency, DependencyKey key, double x1, double y1, double x2, double y2) {
        double minX() {
            return Math.min(x1, x2);
        }

        double minY() {
            return Math.min(y1, y2);
        }

        double distanceTo(double px, double py) {
            double dx = x2 - x1;
            double dy = y2 - y1;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
            double qx = x1 + t * dx - px;
            double qy = y1 + t * dy - py;
            return Math.sqrt(qx * qx + qy * qy);
        }
    }

    Geometry(DependencyGraph g, ToDoubleFunction<Module> width, Map<String, double[]> offsets) {
        for (Module m : g.modules()) {
            double[] off = offsets.get(m.id());
            double w = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width.applyAsDouble(m)));
            boxes.put(
                    m.id(),
                    new Box(m.id(), m.x() + (off == null ? 0 : off[0]), m.y() + (off == null ? 0 : off[1]), w, HEIGHT));
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        for (Dependency d : g.dependencies()) {
            total.merge(pairKey(d), 1, Integer::sum);
        }
        for (Dependency d : g.dependencies()) {
            Box a = boxes.get(d.from());
            Box b = boxes.get(d.to());
            String pk = pairKey(d);
            int index = seen.merge(pk, 1, Integer::sum) - 1;
            int n = total.get(pk);
            // Lines of the same pair (either direction) fan out around the centre line.
            double spread = (index - (n - 1) / 2.0) * 7;
            if (d.from().compareTo(d.to()) > 0) {
                spread = -spread;
            }
            double dx = b.cx() - a.cx();
            double dy = b.cy() - a.cy();
            double len = Math.max(1e-9, Math.hypot(dx, dy));
            double ox = -dy / len * spread;
            double oy = dx / len * spread;
            double[] p1 = a.border(b.cx() + ox, b.cy() + oy);
            double[] p2 = b.border(a.cx() + ox, a.cy() + oy);
            edges.add(new Edge(d, DependencyKey.of(d), p1[0] + ox, p1[1] + oy, p2[0] + ox, p2[1] + oy));
        }
    }

    /** Both directions between two modules share one key, so their lines are spread apart together. */
    private static String pairKey(Dependency d) {
        return d.from().compareTo(d.to()) < 0 ? d.from() + "\u0000" + d.to() : d.to() + "\u0000" + d.from();
    }

    Map<String, Box> boxes() {
        return boxes;
    }

    List<Edge> edges() {
        return edges;
    }

    Box box(String id) {
        return boxes.get(id);
    }

    /** The topmost module at a world point (the last drawn), or null. */
    Box moduleAt(double x, double y) {
        Box hit = null;
        for (Box b : boxes.values()) {
            if (b.contains(x, y)) {
                hit = b;
            }
        }
        return hit;
    }

    /** The nearest dependency within {@code tolerance} of a world point, or null. */
    Edge edgeAt(double x, double y, double tolerance) {
        Edge best = null;
        double bestDistance = tolerance;
        for (Edge e : edges) {
            double d = e.distanceTo(x, y);
            if (d <= bestDistance) {
                best = e;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Modules whose boxes meet a world rectangle. */
    List<String> modulesIn(double x, double y, double w, double h) {
        List<String> ids = new ArrayList<>();
        for (Box b : boxes.values()) {
            if (b.intersects(x, y, w, h)) {
                ids.add(b.id());
            }
        }
        return ids;
    }

    /** The world rectangle around every box, or null for an empty graph: {x, y, w, h}. */
    double[] bounds() {
        if (boxes.isEmpty()) {
            return null;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Box b : boxes.values()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.w());
            maxY = Math.max(maxY, b.y() + b.h());
        }
        return new double[] {minX, minY, maxX - minX, maxY - minY};
    }
}
