package io.itplan.cli;

import io.itplan.core.format.GraphDigest;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The graph a plan file was made for, and the plan checked against it before it is run or exported. */
final class PlanGraphs {
    private PlanGraphs() {}

    /**
     * Reads a plan file, listing every schema violation on {@code err}.
     *
     * @return the plan, or null when it breaks the schema
     */
    static IntegrationPlan read(Path planFile, PrintWriter err, String verb) throws InputException {
        try {
            return io.itplan.core.format.PlanFiles.read(planFile);
        } catch (io.itplan.core.format.InvalidPlanException e) {
            e.violations().forEach(v -> err.println(v.getMessage()));
            err.println(
                    "itplan: " + planFile + ": " + verb + ": " + e.violations().size() + " schema violation(s)");
            return null;
        }
    }

    /**
     * Reads the plan's graph ({@code graphFile}, else the one found by digest) and checks the plan against it.
     *
     * @return the graph, or null after listing every disagreement on {@code err}
     * @throws InputException when no graph can be found or read
     */
    static DependencyGraph checked(Path planFile, IntegrationPlan plan, Path graphFile, PrintWriter err, String verb)
            throws InputException {
        Path graphPath;
        try {
            graphPath = graphFile != null
                    ? graphFile
                    : find(planFile, plan)
                            .orElseThrow(() -> new InputException(
                                    planFile.toString(),
                                    "cannot find the graph this plan was made for (digest "
                                            + plan.graph().digest()
                                            + ") beside it or in the current folder; pass --graph"));
        } catch (IOException e) {
            throw new InputException(planFile.toString(), "cannot look for its graph: " + e.getMessage());
        }
        DependencyGraph graph = GraphFiles.read(graphPath);
        List<String> problems = PlanChecker.check(graph, plan, GraphDigest.of(graph));
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println(planFile + ": " + Text.oneLine(p)));
            err.println(
                    "itplan: " + planFile + ": " + verb + ": " + problems.size() + " disagreement(s) with the rule");
            return null;
        }
        return graph;
    }

    /** The graph file beside the plan, or in the current folder, whose digest is the plan's. */
    static Optional<Path> find(Path planFile, IntegrationPlan plan) throws IOException {
        for (Path dir :
                List.of(planFile.toAbsolutePath().getParent(), Path.of("").toAbsolutePath())) {
            if (dir == null || !Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".graph.json"))
                        .sorted()
                        .toList()) {
                    try {
                        if (GraphDigest.of(GraphFiles.read(f))
                                .equals(plan.graph().digest())) {
                            return Optional.of(f);
                        }
                    } catch (InputException e) {
                        // Not this one.
                    }
                }
            }
        }
        return Optional.empty();
    }
}
