package io.itplan.app.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Routes a dependency between two boxes drawn where the user put them, around the boxes in between: the
 * straight line when nothing is in the way, else a polyline that bends at the corners of the boxes it would
 * cross. The line from centre to centre is walked; the first box in the way is passed on its cheaper side, one
 * corner at a time, at {@value #PAD} units; then the polyline is pulled taut (every bend that can be skipped
 * without meeting a box is dropped). This is the "bug" idea of obstacle avoidance (Lumelsky and Stepanov 1987)
 * with a visibility-graph finish, cheap enough to route the dependencies of a module while it is dragged. Where
 * the boxes leave no way within {@value #MAX_BENDS} bends (a module boxed in by overlapping ones) the straight
 * line is kept.
 *
 * <p>Boxes are numbered from 0 in the order given; not safe for use by several threads at once.
 */
public final class DetourRouter {
    /** How far a route passes from the corner of a box it goes round. */
    public static final double PAD = 12;
    /** How close a route may come to a box it does not end at. */
    public static final double CLEARANCE = 3;
    /** Most bends a detour may have. */
    static final int MAX_BENDS = 40;
    /** Most corners the shortest-way search looks at. */
    static final int MAX_CORNERS = 600;

    private final double[] rects;
    private final SpatialGrid grid;

    /** @param rects the boxes, x, y, w, h each */
    public DetourRouter(double[] rects) {
        this.rects = rects.clone();
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < rects.length; i += 4) {
            minX = Math.min(minX, rects[i]);
            minY = Math.min(minY, rects[i + 1]);
            maxX = Math.max(maxX, rects[i] + rects[i + 2]);
            maxY = Math.max(maxY, rects[i + 1] + rects[i + 3]);
        }
        if (rects.length == 0) {
            minX = minY = 0;
            maxX = maxY = 1;
        }
        grid = new SpatialGrid(minX - PAD, minY - PAD, maxX + PAD, maxY + PAD, 160, 400);
        for (int i = 0; i < rects.length / 4; i++) {
            grid.addRect(
                    i,
                    rects[4 * i] - CLEARANCE,
                    rects[4 * i + 1] - CLEARANCE,
                    rects[4 * i + 2] + 2 * CLEARANCE,
                    rects[4 * i + 3] + 2 * CLEARANCE);
        }
    }

    /**
     * The route from box {@code from} to box {@code to}, from border to border, x, y pairs. {@code offset} moves
     * the line sideways (for several dependencies between the same two modules).
     */
    public double[] route(int from, int to, double offset) {
        double sx = cx(from);
        double sy = cy(from);
        double tx = cx(to);
        double ty = cy(to);
        double len = Math.max(1e-9, Math.hypot(tx - sx, ty - sy));
        double ox = -(ty - sy) / len * offset;
        double oy = (tx - sx) / len * offset;
        List<double[]> path = new ArrayList<>();
        path.add(new double[] {sx + ox, sy + oy});
        path.add(new double[] {tx + ox, ty + oy});
        if (!clear(path.get(0), path.get(1), from, to)) {
            List<double[]> detour = detour(path.get(0), path.get(1), from, to);
            if (detour == null) {
                detour = shortest(path.get(0), path.get(1), from, to);
            }
            if (detour != null) {
                path = taut(detour, from, to);
            }
        }
        double[] first = exit(from, path.get(0), path.get(1));
        double[] last = exit(to, path.get(path.size() - 1), path.get(path.size() - 2));
        path.set(0, first);
        path.set(path.size() - 1, last);
        double[] out = new double[path.size() * 2];
        for (int i = 0; i < path.size(); i++) {
            out[2 * i] = path.get(i)[0];
            out[2 * i + 1] = path.get(i)[1];
        }
        return out;
    }

    /** Whether no piece of the polyline (x, y pairs) comes within {@link #CLEARANCE} of a box but its ends. */
    public boolean clear(double[] polyline, int from, int to) {
        for (int i = 2; i < polyline.length; i += 2) {
            double[] a = {polyline[i - 2], polyline[i - 1]};
            double[] b = {polyline[i], polyline[i + 1]};
            if (!clear(a, b, from, to)) {
                return false;
            }
        }
        return true;
    }

    private double cx(int i) {
        return rects[4 * i] + rects[4 * i + 2] / 2;
    }

    private double cy(int i) {
        return rects[4 * i + 1] + rects[4 * i + 3] / 2;
    }

    private boolean clear(double[] a, double[] b, int from, int to) {
        return blocker(a, b, from, to) < 0;
    }

    /** The box the segment enters first, or -1 when it meets none but its ends. */
    private int blocker(double[] a, double[] b, int from, int to) {
        double[] best = {Double.POSITIVE_INFINITY, -1};
        grid.querySegment(a[0], a[1], b[0], b[1], i -> {
            if (i == from || i == to) {
                return;
            }
            double t = entry(a, b, i);
            if (t < best[0]) {
                best[0] = t;
                best[1] = i;
            }
        });
        return (int) best[1];
    }

    /** Where along a-b (0 to 1) the segment enters box i grown by the clearance, or infinity when it misses. */
    private double entry(double[] a, double[] b, int i) {
        double x = rects[4 * i] - CLEARANCE;
        double y = rects[4 * i + 1] - CLEARANCE;
        double w = rects[4 * i + 2] + 2 * CLEARANCE;
        double h = rects[4 * i + 3] + 2 * CLEARANCE;
        if (!RouteGeometry.segmentCrosses(a[0], a[1], b[0], b[1], x, y, w, h)) {
            return Double.POSITIVE_INFINITY;
        }
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double t0 = 0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a[0] - x, x + w - a[0], a[1] - y, y + h - a[1]};
        for (int k = 0; k < 4; k++) {
            if (p[k] < 0) {
                t0 = Math.max(t0, q[k] / p[k]);
            }
        }
        return t0;
    }

    /** Bends round every box in the way, first box first; null when that takes too many bends. */
    private List<double[]> detour(double[] s, double[] t, int from, int to) {
        List<double[]> path = new ArrayList<>();
        path.add(s);
        path.add(t);
        int i = 0;
        int guard = 0;
        while (i < path.size() - 1) {
            double[] a = path.get(i);
            double[] b = path.get(i + 1);
            int box = blocker(a, b, from, to);
            if (box < 0) {
                i++;
                continue;
            }
            if (path.size() > MAX_BENDS + 2 || ++guard > 4 * MAX_BENDS) {
                return null;
            }
            path.addAll(i + 1, aroundCorners(a, b, box, from, to));
        }
        return path;
    }

    /** The corners, grown by {@link #PAD}, on the cheaper side of box i for the segment a-b, in order. */
    private List<double[]> aroundCorners(double[] a, double[] b, int box, int from, int to) {
        double x0 = rects[4 * box] - PAD;
        double y0 = rects[4 * box + 1] - PAD;
        double x1 = rects[4 * box] + rects[4 * box + 2] + PAD;
        double y1 = rects[4 * box + 1] + rects[4 * box + 3] + PAD;
        double[][] corners = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        List<double[]> left = new ArrayList<>();
        List<double[]> right = new ArrayList<>();
        for (double[] c : corners) {
            double cross = dx * (c[1] - a[1]) - dy * (c[0] - a[0]);
            (cross < 0 ? left : right).add(c);
        }
        java.util.Comparator<double[]> along = java.util.Comparator.comparingDouble(c -> dx * c[0] + dy * c[1]);
        left.sort(along);
        right.sort(along);
        double leftCost = length(a, left, b) + (freeCorners(left, from, to) ? 0 : 1e6);
        double rightCost = length(a, right, b) + (freeCorners(right, from, to) ? 0 : 1e6);
        List<double[]> side = left.isEmpty() ? right : right.isEmpty() || leftCost <= rightCost ? left : right;
        // A side whose corners sit inside other boxes still goes in: the next round bends round those too.
        return side;
    }

    private boolean freeCorners(List<double[]> corners, int from, int to) {
        for (double[] c : corners) {
            boolean[] inside = {false};
            grid.queryRect(c[0], c[1], 0, 0, i -> {
                if (i != from
                        && i != to
                        && c[0] > rects[4 * i] - CLEARANCE
                        && c[0] < rects[4 * i] + rects[4 * i + 2] + CLEARANCE
                        && c[1] > rects[4 * i + 1] - CLEARANCE
                        && c[1] < rects[4 * i + 1] + rects[4 * i + 3] + CLEARANCE) {
                    inside[0] = true;
                }
            });
            if (inside[0]) {
                return false;
            }
        }
        return true;
    }

    private static double length(double[] a, List<double[]> via, double[] b) {
        double sum = 0;
        double[] p = a;
        for (double[] v : via) {
            sum += Math.hypot(v[0] - p[0], v[1] - p[1]);
            p = v;
        }
        return sum + Math.hypot(b[0] - p[0], b[1] - p[1]);
    }

    /**
     * The shortest way through the corners of the boxes near the line, grown by just over the clearance so they
     * fit between boxes set close together: A* over the visibility graph of those corners (Lozano-Pérez and
     * Wesley 1979), for where passing one box at a time runs into the next. Null when there is no way among them.
     */
    private List<double[]> shortest(double[] s, double[] t, int from, int to) {
        double margin = 3 * PAD + Math.hypot(t[0] - s[0], t[1] - s[1]) / 4;
        double qx = Math.min(s[0], t[0]) - margin;
        double qy = Math.min(s[1], t[1]) - margin;
        double qw = Math.abs(t[0] - s[0]) + 2 * margin;
        double qh = Math.abs(t[1] - s[1]) + 2 * margin;
        List<double[]> nodes = new ArrayList<>();
        nodes.add(s);
        nodes.add(t);
        double grow = CLEARANCE + 1;
        grid.queryRect(qx, qy, qw, qh, i -> {
            if (i == from || i == to) {
                return;
            }
            double x0 = rects[4 * i] - grow;
            double y0 = rects[4 * i + 1] - grow;
            double x1 = rects[4 * i] + rects[4 * i + 2] + grow;
            double y1 = rects[4 * i + 1] + rects[4 * i + 3] + grow;
            for (double[] c : new double[][] {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}) {
                if (freeCorners(List.of(c), from, to)) {
                    nodes.add(c);
                }
            }
        });
        if (nodes.size() > MAX_CORNERS) {
            return null;
        }
        int n = nodes.size();
        double[] dist = new double[n];
        int[] previous = new int[n];
        boolean[] done = new boolean[n];
        java.util.Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[0] = 0;
        java.util.PriorityQueue<double[]> open =
                new java.util.PriorityQueue<>(java.util.Comparator.comparingDouble(e -> e[0]));
        open.add(new double[] {distance(s, t), 0});
        while (!open.isEmpty()) {
            int u = (int) open.poll()[1];
            if (done[u]) {
                continue;
            }
            done[u] = true;
            if (u == 1) {
                List<double[]> path = new ArrayList<>();
                for (int v = 1; v != 0; v = previous[v]) {
                    path.add(0, nodes.get(v));
                }
                path.add(0, s);
                return path;
            }
            for (int v = 1; v < n; v++) {
                double d = dist[u] + distance(nodes.get(u), nodes.get(v));
                if (!done[v] && d < dist[v] && clear(nodes.get(u), nodes.get(v), from, to)) {
                    dist[v] = d;
                    previous[v] = u;
                    open.add(new double[] {d + distance(nodes.get(v), t), v});
                }
            }
        }
        return null;
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(b[0] - a[0], b[1] - a[1]);
    }

    /** Drops every bend the route can skip without meeting a box: from each point, the farthest one in sight. */
    private List<double[]> taut(List<double[]> path, int from, int to) {
        List<double[]> out = new ArrayList<>();
        int i = 0;
        out.add(path.get(0));
        while (i < path.size() - 1) {
            int next = i + 1;
            for (int j = path.size() - 1; j > i + 1; j--) {
                if (clear(path.get(i), path.get(j), from, to)) {
                    next = j;
                    break;
                }
            }
            out.add(path.get(next));
            i = next;
        }
        return out;
    }

    /** Where the segment from p (inside box i) towards q leaves the box; p itself when p is outside. */
    private double[] exit(int i, double[] p, double[] q) {
        double x = rects[4 * i];
        double y = rects[4 * i + 1];
        double w = rects[4 * i + 2];
        double h = rects[4 * i + 3];
        boolean inside = p[0] >= x && p[0] <= x + w && p[1] >= y && p[1] <= y + h;
        if (!inside) {
            return p;
        }
        double dx = q[0] - p[0];
        double dy = q[1] - p[1];
        double t = Double.POSITIVE_INFINITY;
        if (dx > 0) {
            t = Math.min(t, (x + w - p[0]) / dx);
        } else if (dx < 0) {
            t = Math.min(t, (x - p[0]) / dx);
        }
        if (dy > 0) {
            t = Math.min(t, (y + h - p[1]) / dy);
        } else if (dy < 0) {
            t = Math.min(t, (y - p[1]) / dy);
        }
        if (!Double.isFinite(t)) {
            return p;
        }
        t = Math.min(1, t);
        return new double[] {p[0] + dx * t, p[1] + dy * t};
    }
}
