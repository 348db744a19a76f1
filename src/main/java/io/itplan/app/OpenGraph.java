package io.itplan.app;

import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphWarning;
import java.nio.file.Path;
import java.util.List;

/**
 * Opening a graph file, as both front ends do: the graph, what the reader changed in it (self-loops dropped,
 * duplicates merged), and whether it has no drawing yet and must be laid out before it is drawn anywhere.
 */
public final class OpenGraph {
    private OpenGraph() {}

    /**
     * @param warnings one line per change the reader made, naming the file
     */
    public record Opened(Path file, DependencyGraph graph, List<String> warnings, boolean needsLayout) {
        public Opened {
            warnings = List.copyOf(warnings);
        }
    }

    /** @throws InputException naming the file, line and column of what is wrong with it */
    public static Opened open(Path file) throws InputException {
        DependencyGraph graph = GraphFiles.read(file);
        List<String> warnings = graph.warnings().stream()
                .map(GraphWarning::toString)
                .map(w -> file + ": " + w)
                .toList();
        return new Opened(file, graph, warnings, needsLayout(graph));
    }

    /** Whether a graph has no drawing yet: more than one module, all of them at the origin. */
    public static boolean needsLayout(DependencyGraph g) {
        return io.itplan.app.layout.LayeredLayout.needsLayout(g);
    }
}
