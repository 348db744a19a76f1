package io.itplan.ui.canvas;

import io.itplan.app.layout.DetourRouter;
import io.itplan.app.layout.EdgeRoute;
import io.itplan.app.layout.RouteGeometry;
import io.itplan.app.layout.SpatialGrid;
import io.itplan.core.graph.Dependency;
import io.itplan.core.plan.DependencyRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.application.Platform;

/**
 * Where each dependency's line runs. After Auto Layout, ELK's routes, as long as both ends stay where the layout
 * put them and no module has been moved onto the route; otherwise the straight line between the two boxes when
 * it meets no other box, or else a detour round the boxes in between ({@link DetourRouter}), kept until its ends
 * move or a box comes in its way. Routes live in memory only: a graph opened from a file gets detours, and
 * Auto Layout brings ELK's back.
 *
 * <p>While modules are dragged, the lines of the others stay as they were and those of the dragged ones are
 * rerouted within a few milliseconds per frame (straight where that runs out); when the drag ends everything is
 * checked again. Detours that do not fit in a frame's budget are worked out on a background thread and shown
 * when ready.
 */
final class EdgeRoutes {
    /** Time a full rebuild may spend on detours before the rest goes to the background, in nanoseconds. */
    private static final long BUILD_BUDGET = 40_000_000;
    /** Time a frame of a drag may spend on detours for the dragged modules' lines. */
    private static final long DRAG_BUDGET = 8_000_000;

    private final Runnable onReady;
    private Map<DependencyRef, EdgeRoute> layoutRoutes = Map.of();
    private Map<String, Box> layoutBoxes = Map.of();
    private final Map<DetourKey, double[]> detours = new HashMap<>();
    private Map<Line, double[]> previous = Map.of();
    private ExecutorService background;
    private Runnable beforeBackgroundWork = () -> {};
    private Future<?> job;
    private long generation;

    /** @param onReady called on the JavaFX thread when background detours are ready to be drawn */
    EdgeRoutes(Runnable onReady) {
        this.onReady = onReady;
    }

    /** Run on the background thread before its first detour: it may hold that thread until the window is drawn. */
    void holdBackgroundWork(Runnable wait) {
        beforeBackgroundWork = wait;
    }

    /** ELK's routes, for the boxes as the layout placed them. */
    void setLayout(Map<DependencyRef, EdgeRoute> routes, Map<String, Box> boxes) {
        layoutRoutes = Map.copyOf(routes);
        layoutBoxes = Map.copyOf(boxes);
    }

    /** One dependency's line: several dependencies between the same two modules differ in offset. */
    private record Line(DependencyRef ref, double offset) {}

    private record DetourKey(DependencyRef ref, double offset, Box from, Box to) {}

    /**
     * The polyline of every dependency, in order, for the boxes given.
     *
     * @param offsets sideways shift of each dependency's line (several between the same two modules)
     * @param moving  the modules being dragged (their boxes already offset); empty when nothing is
     */
    double[][] routeAll(List<Dependency> deps, double[] offsets, Map<String, Box> boxes, Set<String> moving) {
        List<String> ids = new ArrayList<>(boxes.keySet());
        Map<String, Integer> index = new HashMap<>();
        double[] rects = new double[ids.size() * 4];
        for (int i = 0; i < ids.size(); i++) {
            Box b = boxes.get(ids.get(i));
            index.put(b.id(), i);
            rects[4 * i] = b.x();
            rects[4 * i + 1] = b.y();
            rects[4 * i + 2] = b.w();
            rects[4 * i + 3] = b.h();
        }
        DetourRouter router = new DetourRouter(rects);
        Set<DependencyRef> crossed = moving.isEmpty() ? crossedLayoutRoutes(boxes) : Set.of();
        long deadline = System.nanoTime() + (moving.isEmpty() ? BUILD_BUDGET : DRAG_BUDGET);
        double[][] out = new double[deps.size()][];
        List<Integer> pending = new ArrayList<>();
        Map<Line, double[]> now = new HashMap<>();
        Map<DetourKey, double[]> used = new HashMap<>();
        for (int i = 0; i < deps.size(); i++) {
            Dependency d = deps.get(i);
            DependencyRef ref = new DependencyRef(d.from(), d.to());
            Line line = new Line(ref, offsets[i]);
            boolean touched = moving.contains(d.from()) || moving.contains(d.to());
            double[] last = previous.get(line);
            EdgeRoute elk = layoutRoutes.get(ref);
            if (!moving.isEmpty() && !touched && last != null) {
                out[i] = last;
            } else if (moving.isEmpty() && elk != null && !crossed.contains(ref) && atLayoutPlace(boxes, d)) {
                out[i] = shifted(elk, offsets[i]);
            } else {
                int from = index.get(d.from());
                int to = index.get(d.to());
                DetourKey key = new DetourKey(ref, offsets[i], boxes.get(d.from()), boxes.get(d.to()));
                double[] straight = straight(boxes.get(d.from()), boxes.get(d.to()), offsets[i]);
                double[] cached = detours.get(key);
                if (router.clear(straight, from, to)) {
                    out[i] = straight;
                } else if (cached != null && router.clear(cached, from, to)) {
                    out[i] = cached;
                    used.put(key, cached);
                } else if (System.nanoTime() < deadline) {
                    out[i] = router.route(from, to, offsets[i]);
                    used.put(key, out[i]);
                } else {
                    out[i] = straight;
                    pending.add(i);
                }
            }
            now.put(line, out[i]);
        }
        if (moving.isEmpty()) {
            previous = now;
            detours.clear();
            detours.putAll(used);
            scheduleDetours(deps, offsets, boxes, rects, index, pending);
        }
        return out;
    }

    private boolean atLayoutPlace(Map<String, Box> boxes, Dependency d) {
        return boxes.get(d.from()).equals(layoutBoxes.get(d.from()))
                && boxes.get(d.to()).equals(layoutBoxes.get(d.to()));
    }

    /** Layout routes, both ends in place, that a module moved (or added) since the layout now sits on. */
    private Set<DependencyRef> crossedLayoutRoutes(Map<String, Box> boxes) {
        Set<DependencyRef> crossed = new HashSet<>();
        if (layoutRoutes.isEmpty()) {
            return crossed;
        }
        List<Box> moved = new ArrayList<>();
        for (Box b : boxes.values()) {
            if (!b.equals(layoutBoxes.get(b.id()))) {
                moved.add(b);
            }
        }
        if (moved.isEmpty()) {
            return crossed;
        }
        double[] extent = Box.extent(moved);
        SpatialGrid grid =
                new SpatialGrid(extent[0], extent[1], extent[0] + extent[2], extent[1] + extent[3], 200, 256);
        for (int i = 0; i < moved.size(); i++) {
            Box b = moved.get(i);
            grid.addRect(i, b.x(), b.y(), b.w(), b.h());
        }
        for (var e : layoutRoutes.entrySet()) {
            EdgeRoute r = e.getValue();
            Box from = boxes.get(r.from());
            Box to = boxes.get(r.to());
            if (from == null
                    || to == null
                    || !from.equals(layoutBoxes.get(r.from()))
                    || !to.equals(layoutBoxes.get(r.to()))) {
                continue;
            }
            boolean[] hit = {false};
            for (int k = 1; k < r.size() && !hit[0]; k++) {
                double ax = r.x(k - 1);
                double ay = r.y(k - 1);
                double bx = r.x(k);
                double by = r.y(k);
                grid.querySegment(ax, ay, bx, by, i -> {
                    Box b = moved.get(i);
                    if (!hit[0]
                            && !b.id().equals(r.from())
                            && !b.id().equals(r.to())
                            && RouteGeometry.segmentCrosses(ax, ay, bx, by, b.x(), b.y(), b.w(), b.h())) {
                        hit[0] = true;
                    }
                });
            }
            if (hit[0]) {
                crossed.add(e.getKey());
            }
        }
        return crossed;
    }

    /** Layered routes run top to bottom: parallel dependencies are drawn side by side. */
    private static double[] shifted(EdgeRoute r, double offset) {
        double[] p = r.points();
        if (offset != 0) {
            for (int i = 0; i < p.length; i += 2) {
                p[i] += offset;
            }
        }
        return p;
    }

    /** The line between the two boxes' centres, moved sideways by {@code offset}, from border to border. */
    static double[] straight(Box a, Box b, double offset) {
        double dx = b.cx() - a.cx();
        double dy = b.cy() - a.cy();
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double ox = -dy / len * offset;
        double oy = dx / len * offset;
        double[] p1 = a.border(b.cx() + ox, b.cy() + oy);
        double[] p2 = b.border(a.cx() + ox, a.cy() + oy);
        return new double[] {p1[0] + ox, p1[1] + oy, p2[0] + ox, p2[1] + oy};
    }

    private void scheduleDetours(
            List<Dependency> deps,
            double[] offsets,
            Map<String, Box> boxes,
            double[] rects,
            Map<String, Integer> index,
            List<Integer> pending) {
        long gen = ++generation;
        if (job != null) {
            job.cancel(true);
            job = null;
        }
        if (pending.isEmpty()) {
            return;
        }
        List<DetourKey> keys = new ArrayList<>();
        int[][] ends = new int[pending.size()][];
        double[] offs = new double[pending.size()];
        for (int k = 0; k < pending.size(); k++) {
            Dependency d = deps.get(pending.get(k));
            keys.add(new DetourKey(
                    new DependencyRef(d.from(), d.to()),
                    offsets[pending.get(k)],
                    boxes.get(d.from()),
                    boxes.get(d.to())));
            ends[k] = new int[] {index.get(d.from()), index.get(d.to())};
            offs[k] = offsets[pending.get(k)];
        }
        if (background == null) {
            background = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "itplan-routing");
                t.setDaemon(true);
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });
            background.execute(beforeBackgroundWork);
        }
        job = background.submit(() -> {
            DetourRouter router = new DetourRouter(rects);
            Map<DetourKey, double[]> done = new HashMap<>();
            for (int k = 0; k < keys.size(); k++) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                done.put(keys.get(k), router.route(ends[k][0], ends[k][1], offs[k]));
            }
            Platform.runLater(() -> {
                if (gen == generation) {
                    detours.putAll(done);
                    onReady.run();
                }
            });
        });
    }
}
