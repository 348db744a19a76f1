package io.itplan.app;

import io.itplan.core.format.GraphDigest;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.format.InvalidPlanException;
import io.itplan.core.format.PlanFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Opening a plan file to check, run, export or show it: the plan read against its schema, the graph it was made for
 * found and read, and the plan checked against that graph by the plan checker.
 *
 * <p>The graph is the one given; else the file the plan names ({@code graph.file}, relative to the plan); else any
 * itplan graph file beside the plan or in the current folder whose digest is the plan's, whatever it is called.
 */
public final class OpenPlan {
    private OpenPlan() {}

    /** The plan is readable, but the graph it was made for is neither named by it nor beside it. */
    public static final class GraphNotFoundException extends InputException {
        private static final long serialVersionUID = 1L;

        GraphNotFoundException(String source, String detail) {
            super(source, detail);
        }
    }

    /**
     * A plan file opened: the plan with its graph, or what keeps it from being used.
     *
     * @param plan             the plan, or null when it breaks the schema
     * @param schemaViolations each schema violation, one line with file, line and column
     * @param graphFile        the graph file used, or null when the plan broke the schema
     * @param disagreements    what the plan checker found against the rule; empty when the plan is valid
     */
    public record Opened(
            Path planFile,
            IntegrationPlan plan,
            List<String> schemaViolations,
            Path graphFile,
            DependencyGraph graph,
            List<String> disagreements) {
        public Opened {
            schemaViolations = List.copyOf(schemaViolations);
            disagreements = List.copyOf(disagreements);
        }

        /** Whether the plan can be used: it keeps to the schema and the rule. */
        public boolean valid() {
            return plan != null && schemaViolations.isEmpty() && disagreements.isEmpty();
        }
    }

    /**
     * @param graphFile the graph to check against, or null to find the plan's own
     * @throws GraphNotFoundException when no graph of the plan can be found (the caller may ask for one)
     * @throws InputException when the plan or the graph cannot be read
     */
    public static Opened open(Path planFile, Path graphFile) throws InputException {
        IntegrationPlan plan;
        try {
            plan = PlanFiles.read(planFile);
        } catch (InvalidPlanException e) {
            List<String> violations =
                    e.violations().stream().map(InputException::getMessage).toList();
            return new Opened(planFile, null, violations, null, null, List.of());
        }
        Found found = graphFile != null
                ? new Found(graphFile, GraphFiles.read(graphFile))
                : findGraph(planFile, plan)
                        .orElseThrow(() -> new GraphNotFoundException(
                                planFile.toString(),
                                "cannot find the graph this plan was made for (digest "
                                        + plan.graph().digest()
                                        + (plan.graph().file() == null
                                                ? ""
                                                : ", file " + plan.graph().file())
                                        + ") beside it or in the current folder; give it with --graph"));
        Path graphPath = found.file();
        DependencyGraph graph = found.graph();
        List<String> problems = PlanChecker.check(graph, plan, GraphDigest.of(graph));
        return new Opened(planFile, plan, List.of(), graphPath, graph, problems);
    }

    /** A plan's graph: the file, and the graph read from it. */
    public record Found(Path file, DependencyGraph graph) {}

    /**
     * The graph file of the plan: the one it names, if its digest matches; else the first itplan graph file beside
     * the plan, then in the current folder, whose digest is the plan's ({@code *.graph.json} before other
     * {@code *.json}, each group by name).
     */
    public static Optional<Found> findGraph(Path planFile, IntegrationPlan plan) throws InputException {
        Path folder = planFile.toAbsolutePath().normalize().getParent();
        Set<Path> candidates = new LinkedHashSet<>();
        if (plan.graph().file() != null && folder != null) {
            candidates.add(folder.resolve(plan.graph().file()).normalize());
        }
        for (Path dir : List.of(folder == null ? Path.of("") : folder, Path.of(""))) {
            candidates.addAll(graphFilesIn(dir.toAbsolutePath().normalize(), planFile));
        }
        for (Path f : candidates) {
            if (Files.isRegularFile(f) && looksLikeAGraph(f)) {
                try {
                    DependencyGraph graph = GraphFiles.read(f);
                    if (GraphDigest.of(graph).equals(plan.graph().digest())) {
                        return Optional.of(new Found(f, graph));
                    }
                } catch (InputException e) {
                    // Not a graph this itplan reads: look further.
                }
            }
        }
        return Optional.empty();
    }

    private static List<Path> graphFilesIn(Path dir, Path planFile) throws InputException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Path plan = planFile.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> out = new ArrayList<>(files.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".json") && !n.endsWith(".plan.json") && !p.equals(plan);
                    })
                    .sorted(Comparator.comparing(
                                    (Path p) -> !p.getFileName().toString().endsWith(".graph.json"))
                            .thenComparing(p -> p.getFileName().toString()))
                    .toList());
            return out;
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot look for the plan's graph here: " + e.getMessage());
        }
    }

    /** Whether a file starts like an itplan graph file, so that other JSON files beside a plan are not parsed. */
    private static boolean looksLikeAGraph(Path f) {
        return head(f).contains(GraphFiles.FORMAT);
    }

    /**
     * Whether a file is an itplan plan rather than a graph: named {@code *.plan.json}, {@code *.plan.yaml} or
     * {@code *.plan.yml}, or starting like one whatever its name.
     */
    public static boolean isPlanFile(Path f) {
        String name = f.getFileName() == null ? "" : f.getFileName().toString();
        return name.endsWith(".plan.json")
                || name.endsWith(".plan.yaml")
                || name.endsWith(".plan.yml")
                || (Files.isRegularFile(f) && startsLikeAPlan(head(f)));
    }

    private static boolean startsLikeAPlan(String head) {
        return !head.contains(GraphFiles.FORMAT)
                && (head.contains(IntegrationPlan.FORMAT) || head.contains(IntegrationPlan.FORMAT_V1));
    }

    private static String head(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
