package io.itplan.app.layout;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.DependencyRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;

/**
 * Layered auto-layout of a dependency graph: clients above the modules they depend on, in the rows of the plan's
 * levels, so the drawing reads top to bottom the way an integration order does, with every dependency routed
 * around the boxes.
 *
 * <p>This is the layered drawing method of Sugiyama, Tagawa and Toda ("Methods for visual understanding of
 * hierarchical system structures", IEEE Transactions on Systems, Man, and Cybernetics 11(2), 1981): assign
 * modules to layers, order each layer to reduce crossings, place the nodes, route the edges. The layers are the
 * plan's levels ({@link LayoutRows}); the rest is done by the {@code org.eclipse.elk.layered} algorithm of
 * Eclipse ELK (Eclipse Layout Kernel, <a href="https://eclipse.dev/elk/">eclipse.dev/elk</a>), run in plain Java
 * ({@link ElkLayered}), with {@value #NODE_SPACING} between nodes of a layer and {@value #LAYER_SPACING} between
 * layers. ELK widens the space between two layers to route the edges that cross it (with many long dependencies
 * that can be a thousand units), so afterwards every gap between two rows wider than {@value #LAYER_SPACING} is
 * closed down to {@value #LAYER_SPACING}, routes squeezed with it ({@link AxisSqueeze}); likewise, empty vertical
 * strips wider than {@value #NODE_SPACING} are closed. Rows keep their order and nothing comes to overlap.
 *
 * <p><b>Determinism.</b> Modules and dependencies are fed to ELK in id order, several dependencies between the
 * same two modules become one edge, the rows depend only on the graph and the plan, and ELK's random seed is
 * fixed, so the same graph always gets the same drawing, whatever order it was built in.
 *
 * <p><b>Pinned modules.</b> A pinned module keeps its position exactly and takes no part in the layered run
 * (nor do its dependencies, which the editor routes). The others are laid out as one block, placed to the
 * right of the bounding box of the pinned modules, {@value #PINNED_GAP} away from it and top-aligned with it. So
 * nothing the user arranged by hand moves or is covered. With nothing pinned, the block starts at
 * ({@value #MARGIN}, {@value #MARGIN}).
 *
 * <p>Safe to call from any thread; it touches no UI toolkit.
 */
public final class LayeredLayout {
    /** Space between two nodes of the same layer. */
    public static final double NODE_SPACING = ElkLayered.NODE_SPACING;
    /** Space between two consecutive layers. */
    public static final double LAYER_SPACING = ElkLayered.LAYER_SPACING;
    /** Top-left corner of the layout when nothing is pinned. */
    public static final double MARGIN = 40;
    /** Horizontal gap between the pinned modules' bounding box and the laid-out block. */
    public static final double PINNED_GAP = 80;

    /** A new top-left corner of a module's box. */
    public record Position(double x, double y) {}

    /**
     * Which levels the rows follow.
     *
     * @param byHeight rows by height (longest path to a leaf, every leaf in the bottom row), as bottom-up
     *                 integration counts levels, instead of by depth
     * @param broken   the dependencies the plan broke to make the graph acyclic, or null when there is no plan
     *                 (the layout then breaks cycles itself)
     */
    public record Rows(boolean byHeight, Set<DependencyRef> broken) {
        public Rows {
            broken = broken == null ? null : Set.copyOf(broken);
        }

        /** Rows by depth or height with cycles broken by the layout itself. */
        public static Rows own(boolean byHeight) {
            return new Rows(byHeight, null);
        }
    }

    /**
     * What a layout gives.
     *
     * @param positions the top-left corner of every module, in module id order; pinned ones where they were
     * @param routes    the route of every dependency between two laid-out modules in different rows, by its ends
     * @param laidOut   how many modules were laid out (all but the pinned ones)
     */
    public record Layout(Map<String, Position> positions, Map<DependencyRef, EdgeRoute> routes, int laidOut) {
        public Layout {
            positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
            routes = Collections.unmodifiableMap(new LinkedHashMap<>(routes));
        }
    }

    private LayeredLayout() {}

    /** {@link #run} by depth, cycles broken by the layout; only the positions. */
    public static Map<String, Position> layout(
            DependencyGraph graph, ToDoubleFunction<Module> width, double height, BooleanSupplier cancelled) {
        return run(graph, width, height, Rows.own(false), cancelled).positions();
    }

    /** {@link #run} by depth or height, cycles broken by the layout; only the positions. */
    public static Map<String, Position> layout(
            DependencyGraph graph,
            ToDoubleFunction<Module> width,
            double height,
            boolean byHeight,
            BooleanSupplier cancelled) {
        return run(graph, width, height, Rows.own(byHeight), cancelled).positions();
    }

    /**
     * Lays out the graph. Boxes are width x height.
     *
     * @param width     the width of a module's box (for example from its label); values below 1 count as 1
     * @param height    the height of every box, positive
     * @param rows      which levels the rows follow
     * @param cancelled polled before, during (between ELK's processing steps) and after the run
     * @throws CancellationException    when {@code cancelled} says so
     * @throws IllegalArgumentException when the height or a width is not a finite number or the height is not
     *                                  positive
     */
    public static Layout run(
            DependencyGraph graph,
            ToDoubleFunction<Module> width,
            double height,
            Rows rows,
            BooleanSupplier cancelled) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(cancelled, "cancelled");
        if (!(height > 0) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("height must be a positive number, was " + height);
        }
        checkCancelled(cancelled);
        List<Module> modules = new ArrayList<>(graph.modules());
        modules.sort((a, b) -> a.id().compareTo(b.id()));
        Map<String, Double> widths = new HashMap<>();
        for (Module m : modules) {
            double w = width.applyAsDouble(m);
            if (Double.isNaN(w) || Double.isInfinite(w)) {
                throw new IllegalArgumentException(
                        "width of module '" + m.id() + "' must be a finite number, was " + w);
            }
            widths.put(m.id(), Math.max(1, w));
        }
        Map<String, Position> result = new TreeMap<>();
        double pinnedMinY = Double.POSITIVE_INFINITY;
        double pinnedMaxX = Double.NEGATIVE_INFINITY;
        List<Module> free = new ArrayList<>();
        for (Module m : modules) {
            if (m.pinned()) {
                result.put(m.id(), new Position(m.x(), m.y()));
                pinnedMinY = Math.min(pinnedMinY, m.y());
                pinnedMaxX = Math.max(pinnedMaxX, m.x() + widths.get(m.id()));
            } else {
                free.add(m);
            }
        }
        if (free.isEmpty()) {
            return new Layout(result, Map.of(), 0);
        }
        Map<String, Integer> row = LayoutRows.of(graph, rows.broken(), rows.byHeight());
        checkCancelled(cancelled);
        List<Dependency> deps = new ArrayList<>(graph.dependencies());
        deps.sort(DependencyGraph.DEPENDENCY_ORDER);
        ElkLayered.Result elk = ElkLayered.run(free, widths, height, row, deps, cancelled);
        checkCancelled(cancelled);
        Block block = compact(elk, widths, height);
        double originX = pinnedMaxX == Double.NEGATIVE_INFINITY ? MARGIN : pinnedMaxX + PINNED_GAP;
        double originY = pinnedMinY == Double.POSITIVE_INFINITY ? MARGIN : pinnedMinY;
        block.topLeft.forEach((id, p) -> result.put(id, new Position(originX + p[0], originY + p[1])));
        Map<DependencyRef, EdgeRoute> routes = new LinkedHashMap<>();
        block.routes.forEach(
                (ref, pts) -> routes.put(ref, new EdgeRoute(ref.from(), ref.to(), pts).movedBy(originX, originY)));
        return new Layout(result, routes, free.size());
    }

    private record Block(Map<String, double[]> topLeft, Map<DependencyRef, double[]> routes) {}

    /**
     * Closes wide gaps between rows (routes squeezed along) and empty vertical strips (no box and no route in
     * them); the top-left box ends up at (0, 0).
     */
    private static Block compact(ElkLayered.Result elk, Map<String, Double> widths, double height) {
        TreeSet<Double> ys = new TreeSet<>();
        elk.topLeft().values().forEach(p -> ys.add(p[1]));
        List<Double> rowTops = new ArrayList<>(ys);
        double[] from = new double[rowTops.size() * 2];
        double[] to = new double[rowTops.size() * 2];
        double y = 0;
        for (int i = 0; i < rowTops.size(); i++) {
            double top = rowTops.get(i);
            if (i > 0) {
                double previousBottom = rowTops.get(i - 1) + height;
                y += height + Math.min(Math.max(0, top - previousBottom), LAYER_SPACING);
                // Rows that overlap (boxes of one layer at different heights) keep their offset.
                y = Math.min(y, to[2 * i - 2] + (top - rowTops.get(i - 1)));
            }
            from[2 * i] = top;
            to[2 * i] = y;
            from[2 * i + 1] = top + height;
            to[2 * i + 1] = y + height;
        }
        AxisSqueeze rowsSqueeze = new AxisSqueeze(dedupe(from, to)[0], dedupe(from, to)[1]);
        Map<DependencyRef, double[]> routes = new LinkedHashMap<>();
        elk.routes().forEach((ref, pts) -> routes.put(ref, rowsSqueeze.mapRoute(pts, true)));
        Map<String, double[]> boxes = new HashMap<>();
        elk.topLeft().forEach((id, p) -> boxes.put(id, new double[] {p[0], rowsSqueeze.map(p[1])}));
        return closeStrips(boxes, routes, widths);
    }

    /** Breakpoints with a strictly increasing {@code from} (touching rows share one). */
    private static double[][] dedupe(double[] from, double[] to) {
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < from.length; i++) {
            if (kept.isEmpty() || from[i] > kept.get(kept.size() - 1)[0]) {
                kept.add(new double[] {from[i], to[i]});
            }
        }
        double[][] out = new double[2][kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            out[0][i] = kept.get(i)[0];
            out[1][i] = kept.get(i)[1];
        }
        return out;
    }

    /**
     * Where no box and no route covers a stretch of x wider than {@value #NODE_SPACING}, everything to its right
     * moves left so the stretch is {@value #NODE_SPACING} wide. Nothing spans such a strip, so boxes and routes
     * move as wholes and keep their order.
     */
    private static Block closeStrips(
            Map<String, double[]> boxes, Map<DependencyRef, double[]> routes, Map<String, Double> widths) {
        List<double[]> spans = new ArrayList<>();
        boxes.forEach((id, p) -> spans.add(new double[] {p[0], p[0] + widths.get(id)}));
        routes.values().forEach(pts -> {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < pts.length; i += 2) {
                lo = Math.min(lo, pts[i]);
                hi = Math.max(hi, pts[i]);
            }
            spans.add(new double[] {lo, hi});
        });
        spans.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> shifts = new ArrayList<>();
        double shift = spans.get(0)[0];
        shifts.add(new double[] {Double.NEGATIVE_INFINITY, shift});
        double reach = spans.get(0)[1];
        for (double[] s : spans) {
            if (s[0] > reach + NODE_SPACING) {
                shift += s[0] - reach - NODE_SPACING;
                shifts.add(new double[] {s[0], shift});
            }
            reach = Math.max(reach, s[1]);
        }
        double minY = boxes.values().stream().mapToDouble(p -> p[1]).min().orElse(0);
        Map<String, double[]> movedBoxes = new HashMap<>();
        boxes.forEach((id, p) -> movedBoxes.put(id, new double[] {p[0] - shiftAt(shifts, p[0]), p[1] - minY}));
        Map<DependencyRef, double[]> movedRoutes = new LinkedHashMap<>();
        routes.forEach((ref, pts) -> {
            double dx = shiftAt(shifts, pts[0]);
            double[] q = pts.clone();
            for (int i = 0; i < q.length; i += 2) {
                q[i] -= dx;
                q[i + 1] -= minY;
            }
            movedRoutes.put(ref, q);
        });
        return new Block(movedBoxes, movedRoutes);
    }

    private static double shiftAt(List<double[]> shifts, double x) {
        double s = shifts.get(0)[1];
        for (double[] k : shifts) {
            if (k[0] <= x) {
                s = k[1];
            } else {
                break;
            }
        }
        return s;
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("layout cancelled");
        }
    }

    /** Whether a graph has no drawing yet: more than one module, all of them at the origin. */
    public static boolean needsLayout(DependencyGraph g) {
        return g.modules().size() > 1 && g.modules().stream().allMatch(m -> m.x() == 0 && m.y() == 0);
    }
}
