package io.itplan.app;

import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import java.nio.file.Path;

/** Saving a graph file atomically, keeping the previous version as a backup. */
public final class SaveGraph {
    private SaveGraph() {}

    /** @throws InputException naming the file when it cannot be written */
    public static void save(DependencyGraph graph, Path file) throws InputException {
        GraphFiles.write(graph, file);
    }
}
