package io.itplan.ui.canvas;

import io.itplan.app.layout.SpatialGrid;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.ui.editor.DependencyKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * The boxes and dependency lines of a graph in world coordinates, with spatial indexes for hit testing and for
 * drawing only what is in view. Rebuilt when the graph changes; a drag in progress only offsets the moving boxes
 * (and reroutes their lines).
 */
final class Geometry {
    static final double HEIGHT = 46;
    static final double MIN_WIDTH = 112;
    static final double MAX_WIDTH = 260;
    /** Lines of several dependencies between the same two modules are this far apart. */
    static final double PARALLEL_GAP = 7;

    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private final List<Box> boxList;
    private final List<Edge> edges = new ArrayList<>();
    private final SpatialGrid boxGrid;
    private final SpatialGrid edgeGrid;
    private final double[] bounds;

    /** A dependency's line: a polyline from the client's border to the supplier's, x, y pairs. */
    record Edge(
            Dependency dependency,
            DependencyKey key,
            double[] points,
            double minX,
            double minY,
            double maxX,
            double maxY) {
        static Edge of(Dependency d, double[] p) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < p.length; i += 2) {
                minX = Math.min(minX, p[i]);
                maxX = Math.max(maxX, p[i]);
                minY = Math.min(minY, p[i + 1]);
                maxY = Math.max(maxY, p[i + 1]);
            }
            return new Edge(d, DependencyKey.of(d), p, minX, minY, maxX, maxY);
        }

        int size() {
            return points.length / 2;
        }

        double x(int i) {
            return points[2 * i];
        }

        double y(int i) {
            return points[2 * i + 1];
        }

        boolean meets(double x, double y, double w, double h) {
            return minX <= x + w && maxX >= x && minY <= y + h && maxY >= y;
        }

        double distanceTo(double px, double py) {
            double best = Double.POSITIVE_INFINITY;
            for (int i = 1; i < size(); i++) {
                best = Math.min(best, segmentDistance(px, py, x(i - 1), y(i - 1), x(i), y(i)));
            }
            return best;
        }

        /** The point halfway along the line. */
        double[] middle() {
            double total = 0;
            for (int i = 1; i < size(); i++) {
                total += Math.hypot(x(i) - x(i - 1), y(i) - y(i - 1));
            }
            double half = total / 2;
            for (int i = 1; i < size(); i++) {
                double l = Math.hypot(x(i) - x(i - 1), y(i) - y(i - 1));
                if (half <= l && l > 0) {
                    double t = half / l;
                    return new double[] {x(i - 1) + t * (x(i) - x(i - 1)), y(i - 1) + t * (y(i) - y(i - 1))};
                }
                half -= l;
            }
            return new double[] {x(0), y(0)};
        }
    }

    static double segmentDistance(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
        double qx = x1 + t * dx - px;
        double qy = y1 + t * dy - py;
        return Math.sqrt(qx * qx + qy * qy);
    }

    /**
     * @param offsets how far each module being dragged has moved, by id
     * @param routes  where the lines run
     */
    Geometry(DependencyGraph g, ToDoubleFunction<Module> width, Map<String, double[]> offsets, EdgeRoutes routes) {
        for (Module m : g.modules()) {
            double[] off = offsets.get(m.id());
            double w = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width.applyAsDouble(m)));
            boxes.put(
                    m.id(),
                    new Box(m.id(), m.x() + (off == null ? 0 : off[0]), m.y() + (off == null ? 0 : off[1]), w, HEIGHT));
        }
        boxList = new ArrayList<>(boxes.values());
        List<Dependency> deps = g.dependencies();
        double[] spread = spreads(deps);
        double[][] lines = routes.routeAll(deps, spread, boxes, offsets.keySet());
        for (int i = 0; i < deps.size(); i++) {
            edges.add(Edge.of(deps.get(i), lines[i]));
        }
        double[] b = Box.extent(boxList);
        for (Edge e : edges) {
            double x0 = Math.min(b[0], e.minX());
            double y0 = Math.min(b[1], e.minY());
            b = new double[] {x0, y0, Math.max(b[0] + b[2], e.maxX()) - x0, Math.max(b[1] + b[3], e.maxY()) - y0};
        }
        bounds = boxList.isEmpty() ? null : b;
        double[] area = b;
        boxGrid = new SpatialGrid(area[0], area[1], area[0] + area[2], area[1] + area[3], 300, 256);
        for (int i = 0; i < boxList.size(); i++) {
            Box x = boxList.get(i);
            boxGrid.addRect(i, x.x(), x.y(), x.w(), x.h());
        }
        edgeGrid = new SpatialGrid(area[0], area[1], area[0] + area[2], area[1] + area[3], 300, 256);
        for (int i = 0; i < edges.size(); i++) {
            Edge e = edges.get(i);
            for (int k = 1; k < e.size(); k++) {
                edgeGrid.addSegment(i, e.x(k - 1), e.y(k - 1), e.x(k), e.y(k));
            }
        }
    }

    /** Lines of the same pair (either direction) fan out around the centre line. */
    private static double[] spreads(List<Dependency> deps) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        for (Dependency d : deps) {
            total.merge(pairKey(d), 1, Integer::sum);
        }
        double[] spread = new double[deps.size()];
        for (int i = 0; i < deps.size(); i++) {
            Dependency d = deps.get(i);
            String pk = pairKey(d);
            int index = seen.merge(pk, 1, Integer::sum) - 1;
            double s = (index - (total.get(pk) - 1) / 2.0) * PARALLEL_GAP;
            spread[i] = d.from().compareTo(d.to()) > 0 ? -s : s;
        }
        return spread;
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

    /** Calls back with every box that meets the world rectangle, in drawing order. */
    void boxesIn(double x, double y, double w, double h, Consumer<Box> visit) {
        List<Integer> hits = new ArrayList<>();
        boxGrid.queryRect(x, y, w, h, i -> {
            if (boxList.get(i).intersects(x, y, w, h)) {
                hits.add(i);
            }
        });
        hits.sort(null);
        hits.forEach(i -> visit.accept(boxList.get(i)));
    }

    /** Calls back with every line whose extent meets the world rectangle, in drawing order. */
    void edgesIn(double x, double y, double w, double h, Consumer<Edge> visit) {
        List<Integer> hits = new ArrayList<>();
        edgeGrid.queryRect(x, y, w, h, i -> {
            if (edges.get(i).meets(x, y, w, h)) {
                hits.add(i);
            }
        });
        hits.sort(null);
        hits.forEach(i -> visit.accept(edges.get(i)));
    }

    /** The topmost module at a world point (the last drawn), or null. */
    Box moduleAt(double x, double y) {
        int[] hit = {-1};
        boxGrid.queryRect(x, y, 0, 0, i -> {
            if (boxList.get(i).contains(x, y) && i > hit[0]) {
                hit[0] = i;
            }
        });
        return hit[0] < 0 ? null : boxList.get(hit[0]);
    }

    /** The nearest dependency within {@code tolerance} of a world point, or null. */
    Edge edgeAt(double x, double y, double tolerance) {
        Edge[] best = {null};
        double[] bestDistance = {tolerance};
        edgeGrid.queryRect(x - tolerance, y - tolerance, 2 * tolerance, 2 * tolerance, i -> {
            Edge e = edges.get(i);
            double d = e.distanceTo(x, y);
            if (d < bestDistance[0] || (d == bestDistance[0] && best[0] == null)) {
                best[0] = e;
                bestDistance[0] = d;
            }
        });
        return best[0];
    }

    /** Modules whose boxes meet a world rectangle. */
    List<String> modulesIn(double x, double y, double w, double h) {
        List<String> ids = new ArrayList<>();
        boxesIn(x, y, w, h, b -> ids.add(b.id()));
        return ids;
    }

    /** The world rectangle around every box and line, or null for an empty graph: {x, y, w, h}. */
    double[] bounds() {
        return bounds == null ? null : bounds.clone();
    }
}
