package io.itplan.app.layout;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Layered auto-layout of a dependency graph: every dependency points down, so clients sit above the
 * modules they depend on and the drawing reads top to bottom by depth, the way an integration order does.
 *
 * <p>This is the layered drawing method of Sugiyama, Tagawa and Toda ("Methods for visual understanding of
 * hierarchical system structures", IEEE Transactions on Systems, Man, and Cybernetics 11(2), 1981):
 * break cycles by reversing a few edges, assign modules to layers, order each layer to reduce crossings,
 * then place the nodes. The work is done by the {@code org.eclipse.elk.layered} algorithm of Eclipse ELK
 * (Eclipse Layout Kernel, <a href="https://eclipse.dev/elk/">eclipse.dev/elk</a>), run in plain Java
 * with direction {@code DOWN}, 40 between nodes of a layer and 70 between layers. Only node positions are
 * used; edge routes are left to the editor. ELK widens the space between two layers to route the edges that
 * cross it (with many long dependencies that can be a thousand pixels), so afterwards every gap between
 * two rows of nodes wider than {@value #LAYER_SPACING} is closed down to {@value #LAYER_SPACING}; rows keep
 * their order and nothing comes to overlap. Likewise, empty vertical strips wider than {@value #NODE_SPACING}
 * (kept by ELK for long dependencies) are closed down to {@value #NODE_SPACING}.
 *
 * <p><b>Speed.</b> Crossing minimization dominates the run time on big graphs (a dependency spanning k layers
 * becomes k - 1 dummy nodes). ELK's thoroughness (how many randomized crossing-minimization runs it tries)
 * is therefore its default 7 up to {@value #THOROUGH_UP_TO} laid-out modules, 3 up to
 * {@value #MEDIUM_UP_TO}, and 1 above; it only depends on the graph, so layouts stay reproducible.
 *
 * <p><b>Determinism.</b> Modules and dependencies are fed to ELK in id order, several dependencies between
 * the same two modules (of different kinds) become one edge, and ELK's random seed is fixed, so the same
 * graph always gets the same positions, whatever order it was built in. Cycles are allowed: ELK reverses
 * edges to break them.
 *
 * <p><b>Pinned modules.</b> A pinned module keeps its position exactly and takes no part in the layered
 * run (nor do its dependencies: ELK's layered algorithm cannot hold a node at a given point). The others
 * are laid out as one block, which is then placed to the right of the bounding box of the pinned modules,
 * {@value #PINNED_GAP} away from it and top-aligned with it. So nothing the user arranged by hand moves or is
 * covered, and the new block sits next to it rather than far below a possibly tall hand-made area. With
 * nothing pinned, the block starts at ({@value #MARGIN}, {@value #MARGIN}).
 *
 * <p>Safe to call from any thread; it touches no UI toolkit.
 */
public final class LayeredLayout {
    /** Space between two nodes of the same layer. */
    public static final double NODE_SPACING = 40;
    /** Space between two consecutive layers. */
    public static final double LAYER_SPACING = 70;
    /** Top-left corner of the layout when nothing is pinned. */
    public static final double MARGIN = 40;
    /** Horizontal gap between the pinned modules' bounding box and the laid-out block. */
    public static final double PINNED_GAP = 80;
    /** Up to this many modules, nodes are placed by network simplex; above, by the faster simple placement. */
    static final int NETWORK_SIMPLEX_LIMIT = 200;

    /** Up to this many laid-out modules ELK's default thoroughness 7 is used. */
    static final int THOROUGH_UP_TO = 150;
    /** Up to this many laid-out modules thoroughness 3 is used, above it 1. */
    static final int MEDIUM_UP_TO = 300;

    private static final int SEED = 1;
    /** Space between parallel dummy edge segments; only reserves room, as routes are not drawn. */
    private static final double EDGE_SPACING = 5;

    /** A new top-left corner of a module's box. */
    public record Position(double x, double y) {}

    private LayeredLayout() {}

    /**
     * Node boxes are width x height; returns the new top-left position of every module, by id. Pinned
     * modules keep theirs.
     *
     * @param graph     the graph to lay out
     * @param width     the width of a module's box (for example from its label); values below 1 count as 1
     * @param height    the height of every box, positive
     * @param cancelled polled before, during (between ELK's processing steps) and after the run
     * @return the position of every module of the graph, in module id order
     * @throws CancellationException    when {@code cancelled} says so
     * @throws IllegalArgumentException when the height or a width is not a finite number or the height is not
     *                                  positive
     */
    public static Map<String, Position> layout(
            DependencyGraph graph, ToDoubleFunction<Module> width, double height, BooleanSupplier cancelled) {
        return layout(graph, width, height, false, cancelled);
    }

    /**
     * As {@link #layout(DependencyGraph, ToDoubleFunction, double, BooleanSupplier)}, with rows by height
     * (longest path to a leaf, every leaf in the bottom row) when {@code byHeight}, as bottom-up integration
     * counts levels, instead of by depth.
     */
    public static Map<String, Position> layout(
            DependencyGraph graph,
            ToDoubleFunction<Module> width,
            double height,
            boolean byHeight,
            BooleanSupplier cancelled) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(width, "width");
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
            return Collections.unmodifiableMap(result);
        }

        Map<String, Position> block = layoutBlock(graph, free, widths, height, cancelled, byHeight);
        checkCancelled(cancelled);

        double originX = pinnedMaxX == Double.NEGATIVE_INFINITY ? MARGIN : pinnedMaxX + PINNED_GAP;
        double originY = pinnedMinY == Double.POSITIVE_INFINITY ? MARGIN : pinnedMinY;
        block.forEach((id, p) -> result.put(id, new Position(originX + p.x(), originY + p.y())));
        return Collections.unmodifiableMap(result);
    }

    /** Lays out the free modules with ELK; positions relative to the block's top-left corner (0, 0). */
    private static Map<String, Position> layoutBlock(
            DependencyGraph graph,
            List<Module> free,
            Map<String, Double> widths,
            double height,
            BooleanSupplier cancelled,
            boolean byHeight) {
        ensureLayeredRegistered();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(LayeredOptions.DIRECTION, Direction.DOWN);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        // Network-simplex placement keeps edges straight and drawings compact; on large graphs the simple
        // placement is faster and far narrower than the default (Brandes-Koepf), which spreads long edges.
        root.setProperty(
                LayeredOptions.NODE_PLACEMENT_STRATEGY,
                free.size() <= NETWORK_SIMPLEX_LIMIT
                        ? org.eclipse.elk.alg.layered.options.NodePlacementStrategy.NETWORK_SIMPLEX
                        : org.eclipse.elk.alg.layered.options.NodePlacementStrategy.SIMPLE);
        // Layers are depths: each module sits at its longest path from a root, as the planner counts levels.
        root.setProperty(
                LayeredOptions.LAYERING_STRATEGY,
                byHeight
                        ? org.eclipse.elk.alg.layered.options.LayeringStrategy.LONGEST_PATH
                        : org.eclipse.elk.alg.layered.options.LayeringStrategy.LONGEST_PATH_SOURCE);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, EDGE_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, EDGE_SPACING);
        root.setProperty(
                LayeredOptions.THOROUGHNESS, free.size() <= THOROUGH_UP_TO ? 7 : free.size() <= MEDIUM_UP_TO ? 3 : 1);
        root.setProperty(LayeredOptions.RANDOM_SEED, SEED);
        root.setProperty(LayeredOptions.PADDING, new ElkPadding(0));

        Map<String, ElkNode> nodes = new HashMap<>();
        for (Module m : free) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setIdentifier(m.id());
            n.setDimensions(widths.get(m.id()), height);
            nodes.put(m.id(), n);
        }
        // One edge per ordered pair: kinds do not matter for placement. Dependencies come sorted by
        // (from, to, kind), but sort again so the edge order never depends on the caller.
        List<Dependency> deps = new ArrayList<>(graph.dependencies());
        deps.sort(DependencyGraph.DEPENDENCY_ORDER);
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (Dependency d : deps) {
            ElkNode from = nodes.get(d.from());
            ElkNode to = nodes.get(d.to());
            if (from != null && to != null && !d.from().equals(d.to()) && pairs.add(List.of(d.from(), d.to()))) {
                ElkGraphUtil.createSimpleEdge(from, to);
            }
        }

        new RecursiveGraphLayoutEngine().layout(root, new CancellableMonitor(cancelled));
        checkCancelled(cancelled);

        Map<Double, Double> rowY = compactRows(nodes.values(), height);
        Map<String, Position> block = new HashMap<>();
        for (Module m : free) {
            ElkNode n = nodes.get(m.id());
            block.put(m.id(), new Position(n.getX(), rowY.get(n.getY())));
        }
        return compactColumns(block, widths);
    }

    /**
     * Closes empty vertical strips: where no box covers a stretch of x wider than {@value #NODE_SPACING}
     * (ELK keeps room there for long dependencies, whose routes are not drawn), everything to its right
     * moves left so the stretch is {@value #NODE_SPACING} wide. No box spans such a strip, so boxes keep their
     * order and do not come to overlap. The leftmost box ends up at x = 0.
     */
    private static Map<String, Position> compactColumns(Map<String, Position> block, Map<String, Double> widths) {
        List<double[]> spans = new ArrayList<>();
        block.forEach((id, p) -> spans.add(new double[] {p.x(), p.x() + widths.get(id)}));
        spans.sort((a, b) -> Double.compare(a[0], b[0]));
        // Each strip as (x where it ends, total shift for boxes starting at or after it).
        List<double[]> shifts = new ArrayList<>();
        double shift = spans.get(0)[0];
        shifts.add(new double[] {spans.get(0)[0], shift});
        double reach = spans.get(0)[1];
        for (double[] s : spans) {
            if (s[0] > reach + NODE_SPACING) {
                shift += s[0] - reach - NODE_SPACING;
                shifts.add(new double[] {s[0], shift});
            }
            reach = Math.max(reach, s[1]);
        }
        double[] ends = shifts.stream().mapToDouble(s -> s[0]).toArray();
        Map<String, Position> compacted = new HashMap<>();
        block.forEach((id, p) -> {
            int i = Arrays.binarySearch(ends, p.x());
            int k = i >= 0 ? i : -i - 2;
            compacted.put(id, new Position(p.x() - shifts.get(k)[1], p.y()));
        });
        return compacted;
    }

    /**
     * New y of every distinct ELK y, the first at 0: each gap between consecutive rows keeps its size up to
     * {@code height + LAYER_SPACING} and is shrunk to that above. All boxes have the same height, so two boxes
     * that did not overlap vertically before are still at least {@code height} apart, and those that did
     * keep their vertical offset; no overlap is created.
     */
    private static Map<Double, Double> compactRows(Iterable<ElkNode> nodes, double height) {
        TreeSet<Double> ys = new TreeSet<>();
        nodes.forEach(n -> ys.add(n.getY()));
        Map<Double, Double> rowY = new HashMap<>();
        double previous = Double.NaN;
        double y = 0;
        for (double elkY : ys) {
            if (!Double.isNaN(previous)) {
                y += Math.min(elkY - previous, height + LAYER_SPACING);
            }
            rowY.put(elkY, y);
            previous = elkY;
        }
        return rowY;
    }

    /**
     * ELK finds its algorithms through {@link java.util.ServiceLoader}; a repackaged jar that lost the
     * {@code META-INF/services} entry would leave it without the layered algorithm, so register it by hand
     * in that case.
     */
    private static void ensureLayeredRegistered() {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        synchronized (LayeredLayout.class) {
            if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("layout cancelled");
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

    /** Whether a graph has no drawing yet: more than one module, all of them at the origin. */
    public static boolean needsLayout(io.itplan.core.graph.DependencyGraph g) {
        return g.modules().size() > 1 && g.modules().stream().allMatch(m -> m.x() == 0 && m.y() == 0);
    }
}
