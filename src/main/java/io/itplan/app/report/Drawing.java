package io.itplan.app.report;

import io.itplan.app.layout.LayeredLayout;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A graph ready to be drawn: one whose modules have no positions (an import, say, where every module sits at
 * the origin, {@link LayeredLayout#needsLayout}) is laid out with {@link LayeredLayout} first, so no picture shows all its modules as one box.
 */
public final class Drawing {
    private Drawing() {}

    /** The graph itself when it has a drawing, else the graph with laid-out positions. */
    public static DependencyGraph positioned(DependencyGraph g, ToDoubleFunction<Module> width, double height) {
        return positioned(g, width, height, () -> false);
    }

    /**
     * As {@link #positioned(DependencyGraph, ToDoubleFunction, double)}, stopping when {@code cancelled} says so.
     *
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static DependencyGraph positioned(
            DependencyGraph g,
            ToDoubleFunction<Module> width,
            double height,
            java.util.function.BooleanSupplier cancelled) {
        if (!LayeredLayout.needsLayout(g)) {
            return g;
        }
        Map<String, LayeredLayout.Position> at = LayeredLayout.layout(g, width, height, cancelled);
        DependencyGraph.Builder b = DependencyGraph.builder(g.name());
        for (Module m : g.modules()) {
            LayeredLayout.Position p = at.get(m.id());
            b.addModule(p == null ? m : m.withPosition(p.x(), p.y()));
        }
        g.dependencies().forEach(b::addDependency);
        g.commands().forEach(b::command);
        g.settings().forEach(b::setting);
        return b.build();
    }
}
