package io.itplan.app.layout;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.DependencyRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.SplineRoutingMode;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * One run of the {@code org.eclipse.elk.layered} algorithm of Eclipse ELK on the modules to lay out, with the
 * rows given: ELK's interactive layering takes each module's row from its position, and its interactive cycle
 * breaking turns round the few dependencies that point up a row (those the plan broke), so ELK keeps the rows
 * and only orders each row, places the boxes and routes the dependencies.
 *
 * <p><b>Routing.</b> Dependencies are routed as splines (ELK's conservative mode, which keeps curves clear of
 * the boxes): in a drawing where many dependencies run down through several rows, separate smooth curves can be
 * followed one by one, as in Graphviz's dot, where orthogonal routing bundles them into shared channels whose
 * corners no longer say which client reaches which supplier. Spline routing makes room between the rows for
 * every curve, which on large graphs costs seconds and makes gaps of a thousand units (2,000 modules: 4 s and a
 * drawing 256,000 units tall), so above {@value #SPLINES_UP_TO} modules or {@value #SPLINE_BENDS_UP_TO} long-edge
 * bends the same routes are kept as ELK's polylines through its long-edge dummy nodes.
 */
final class ElkLayered {
    /** Space between two nodes of the same layer. */
    static final double NODE_SPACING = 40;
    /** Space between two consecutive layers. */
    static final double LAYER_SPACING = 70;
    /** Up to this many modules, nodes are placed by network simplex; above, by the faster simple placement. */
    static final int NETWORK_SIMPLEX_LIMIT = 200;
    /** Up to this many laid-out modules ELK's default thoroughness 7 is used. */
    static final int THOROUGH_UP_TO = 150;
    /** Up to this many laid-out modules thoroughness 3 is used, above it 1. */
    static final int MEDIUM_UP_TO = 300;
    /** Spline routing up to this many modules ... */
    static final int SPLINES_UP_TO = 400;
    /** ... and this many rows crossed by dependencies between their ends. */
    static final int SPLINE_BENDS_UP_TO = 6000;

    private static final int SEED = 1;
    private static final double EDGE_SPACING = 8;
    /** Distance between the rows' positions given to ELK's interactive layering; any gap keeps rows apart. */
    private static final double ROW_PITCH = 1000;
    /** Longest straight piece a flattened curve is cut into. */
    private static final double FLAT_STEP = 10;

    /** Top-left corners and routes, in ELK's coordinates. */
    record Result(Map<String, double[]> topLeft, Map<DependencyRef, double[]> routes) {}

    private ElkLayered() {}

    static Result run(
            List<Module> free,
            Map<String, Double> widths,
            double height,
            Map<String, Integer> rows,
            List<Dependency> dependencies,
            BooleanSupplier cancelled) {
        ensureLayeredRegistered();
        ElkNode root = ElkGraphUtil.createGraph();
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (Module m : free) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setIdentifier(m.id());
            n.setDimensions(widths.get(m.id()), height);
            n.setLocation(0, rows.get(m.id()) * ROW_PITCH);
            nodes.put(m.id(), n);
        }
        // One edge per ordered pair between rows: kinds do not matter for placement, and a dependency inside a
        // row is routed by the editor.
        Map<DependencyRef, ElkEdge> edges = new LinkedHashMap<>();
        long bends = 0;
        for (Dependency d : dependencies) {
            ElkNode from = nodes.get(d.from());
            ElkNode to = nodes.get(d.to());
            DependencyRef ref = new DependencyRef(d.from(), d.to());
            if (from == null || to == null || edges.containsKey(ref)) {
                continue;
            }
            int span = Math.abs(rows.get(d.from()) - rows.get(d.to()));
            if (span > 0) {
                edges.put(ref, ElkGraphUtil.createSimpleEdge(from, to));
                bends += span - 1;
            }
        }
        boolean splines = free.size() <= SPLINES_UP_TO && bends <= SPLINE_BENDS_UP_TO;
        configure(root, free.size(), splines);
        new RecursiveGraphLayoutEngine().layout(root, new CancellableMonitor(cancelled));
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("layout cancelled");
        }
        Map<String, double[]> topLeft = new HashMap<>();
        nodes.forEach((id, n) -> topLeft.put(id, new double[] {n.getX(), n.getY()}));
        Map<DependencyRef, double[]> routes = new LinkedHashMap<>();
        edges.forEach((ref, e) -> {
            if (e.getSections().size() == 1) {
                routes.put(ref, points(e.getSections().get(0), splines));
            }
        });
        return new Result(topLeft, routes);
    }

    private static void configure(ElkNode root, int size, boolean splines) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(LayeredOptions.DIRECTION, Direction.DOWN);
        root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.INTERACTIVE);
        root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.LAYER_SWEEP);
        root.setProperty(LayeredOptions.EDGE_ROUTING, splines ? EdgeRouting.SPLINES : EdgeRouting.POLYLINE);
        root.setProperty(LayeredOptions.EDGE_ROUTING_SPLINES_MODE, SplineRoutingMode.CONSERVATIVE);
        // Network-simplex placement keeps edges straight and drawings compact; on large graphs the simple
        // placement is faster and far narrower than the default (Brandes-Koepf), which spreads long edges.
        root.setProperty(
                LayeredOptions.NODE_PLACEMENT_STRATEGY,
                size <= NETWORK_SIMPLEX_LIMIT ? NodePlacementStrategy.NETWORK_SIMPLEX : NodePlacementStrategy.SIMPLE);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, EDGE_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, EDGE_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, EDGE_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, EDGE_SPACING);
        // Crossing minimization dominates the run time on big graphs (a dependency spanning k rows becomes
        // k - 1 dummy nodes): fewer randomized runs there. It only depends on the graph: reproducible.
        root.setProperty(LayeredOptions.THOROUGHNESS, size <= THOROUGH_UP_TO ? 7 : size <= MEDIUM_UP_TO ? 3 : 1);
        root.setProperty(LayeredOptions.RANDOM_SEED, SEED);
        root.setProperty(LayeredOptions.PADDING, new ElkPadding(0));
    }

    /** Start, bend points and end as a polyline; spline control points are flattened. */
    private static double[] points(ElkEdgeSection s, boolean splines) {
        List<double[]> control = new ArrayList<>();
        control.add(new double[] {s.getStartX(), s.getStartY()});
        for (ElkBendPoint b : s.getBendPoints()) {
            control.add(new double[] {b.getX(), b.getY()});
        }
        control.add(new double[] {s.getEndX(), s.getEndY()});
        List<double[]> out = splines ? flatten(control) : control;
        double[] p = new double[out.size() * 2];
        for (int i = 0; i < out.size(); i++) {
            p[2 * i] = out.get(i)[0];
            p[2 * i + 1] = out.get(i)[1];
        }
        return p;
    }

    /**
     * ELK gives a spline as piecewise cubic Bézier control points: start, then three points per piece (two
     * controls and the piece's end); a shorter tail is a quadratic piece or a straight line.
     */
    static List<double[]> flatten(List<double[]> c) {
        List<double[]> out = new ArrayList<>();
        out.add(c.get(0));
        int i = 0;
        while (i < c.size() - 1) {
            int left = c.size() - 1 - i;
            int degree = Math.min(3, left);
            double[][] piece = new double[degree + 1][];
            for (int k = 0; k <= degree; k++) {
                piece[k] = c.get(i + k);
            }
            double length = 0;
            for (int k = 1; k <= degree; k++) {
                length += Math.hypot(piece[k][0] - piece[k - 1][0], piece[k][1] - piece[k - 1][1]);
            }
            int steps = degree == 1 ? 1 : Math.max(2, Math.min(24, (int) Math.ceil(length / FLAT_STEP)));
            for (int k = 1; k <= steps; k++) {
                out.add(bezier(piece, (double) k / steps));
            }
            i += degree;
        }
        return out;
    }

    private static double[] bezier(double[][] p, double t) {
        double[][] q = new double[p.length][];
        for (int k = 0; k < p.length; k++) {
            q[k] = p[k].clone();
        }
        for (int r = p.length - 1; r > 0; r--) {
            for (int k = 0; k < r; k++) {
                q[k][0] += t * (q[k + 1][0] - q[k][0]);
                q[k][1] += t * (q[k + 1][1] - q[k][1]);
            }
        }
        return q[0];
    }

    /**
     * ELK finds its algorithms through {@link java.util.ServiceLoader}; a repackaged jar that lost the
     * {@code META-INF/services} entry would leave it without the layered algorithm, so register it by hand
     * in that case.
     */
    private static void ensureLayeredRegistered() {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        synchronized (ElkLayered.class) {
            if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
        }
    }

    /**
     * A progress monitor whose {@code isCanceled()} asks the caller. ELK hands sub-monitors to the
     * algorithm (a plain {@link BasicProgressMonitor} never reports cancellation), so sub-monitors are
     * made of this class too; ELK Layered checks between its processing steps and stops early.
     */
    private static final class CancellableMonitor extends BasicProgressMonitor {
        private final BooleanSupplier cancelled;

        CancellableMonitor(BooleanSupplier cancelled) {
            this.cancelled = cancelled;
        }

        @Override
        public boolean isCanceled() {
            return cancelled.getAsBoolean();
        }

        @Override
        protected BasicProgressMonitor doSubTask(float work, int maxHierarchyLevels) {
            int levels = maxHierarchyLevels > 0 ? maxHierarchyLevels - 1 : maxHierarchyLevels;
            return new CancellableMonitor(cancelled).withMaxHierarchyLevels(levels);
        }
    }
}
