package io.itplan.app;

import io.itplan.app.text.Plural;
import io.itplan.core.format.ForeignFormat;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.importer.CitoDrlImporter;
import io.itplan.core.importer.CitoUfprImporter;
import io.itplan.core.importer.ImportProgress;
import io.itplan.core.importer.Imported;
import io.itplan.core.importer.bytecode.JavaBytecodeImporter;
import io.itplan.core.importer.bytecode.JavaLevel;
import io.itplan.core.importer.compose.ComposeImporter;
import io.itplan.core.importer.diagram.DotImporter;
import io.itplan.core.importer.diagram.DrawioImporter;
import io.itplan.core.importer.diagram.GraphmlImporter;
import io.itplan.core.importer.maven.MavenReactorImporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Bringing a real system in: reads jars, a Maven build, a compose file or a diagram into a dependency graph,
 * the same way for the command line ({@code itplan import}) and the app (File › Import…). The front ends only
 * parse, show and write.
 */
public final class ImportGraph {
    private ImportGraph() {}

    /**
     * What to import.
     *
     * @param format   the format, or null to tell it from the first source
     * @param sources  the files or folders (several only for {@code java})
     * @param level    for {@code java}: class, package or module (null: class)
     * @param includes for {@code java}: package prefixes to keep (empty: everything)
     */
    public record Request(ForeignFormat format, List<Path> sources, JavaLevel level, List<String> includes) {
        public Request {
            sources = List.copyOf(sources);
            includes = includes == null ? List.of() : List.copyOf(includes);
        }

        public static Request of(ForeignFormat format, Path... sources) {
            return new Request(format, List.of(sources), null, List.of());
        }
    }

    /**
     * What was imported.
     *
     * @param dependenciesByKind how many dependencies of each kind, by kind key
     */
    public record Result(
            ForeignFormat format,
            DependencyGraph graph,
            List<String> warnings,
            Map<String, Integer> dependenciesByKind) {
        public Result {
            warnings = List.copyOf(warnings);
            dependenciesByKind = Map.copyOf(dependenciesByKind);
        }

        /** {@code 466 modules, 4040 dependencies (3217 uses, 459 association, 364 inheritance)}. */
        public String summary() {
            String kinds = dependenciesByKind.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", "));
            return Plural.count(graph.modules().size(), "module") + ", "
                    + Plural.count(graph.dependencies().size(), "dependency")
                    + (kinds.isEmpty() ? "" : " (" + kinds + ")");
        }
    }

    /** The format of a file or folder, when it is one itplan imports. */
    public static Optional<ForeignFormat> detect(Path source) {
        return ForeignFormat.of(source);
    }

    /**
     * Imports.
     *
     * @throws InputException naming the file and line (or element) when a source is missing or malformed
     * @throws java.util.concurrent.CancellationException when {@code progress} says the user cancelled
     */
    public static Result run(Request request, ImportProgress progress) throws InputException {
        if (request.sources().isEmpty()) {
            throw new InputException("import", "no source given");
        }
        Path first = request.sources().get(0);
        ForeignFormat format = request.format() != null
                ? request.format()
                : detect(first)
                        .orElseThrow(() -> new InputException(
                                first.toString(),
                                "cannot tell its format; choose one of "
                                        + java.util.Arrays.stream(ForeignFormat.values())
                                                .map(ForeignFormat::key)
                                                .collect(Collectors.joining(", "))));
        if (format != ForeignFormat.JAVA && request.sources().size() > 1) {
            throw new InputException(
                    request.sources().get(1).toString(), "one source only for " + format.key() + " (several for java)");
        }
        progress.progress("Reading " + first.getFileName(), 0, 0);
        Imported imported = switch (format) {
            case JAVA ->
                JavaBytecodeImporter.read(
                        request.sources(),
                        new JavaBytecodeImporter.Options(request.level(), request.includes()),
                        progress);
            case MAVEN -> MavenReactorImporter.read(first, progress);
            case COMPOSE -> ComposeImporter.read(first);
            case DOT -> DotImporter.read(first);
            case GRAPHML -> GraphmlImporter.read(first);
            case DRAWIO -> DrawioImporter.read(first);
            case CITO_UFPR -> CitoUfprImporter.load(first);
            case CITO_DRL -> CitoDrlImporter.load(first);
        };
        progress.checkCancelled();
        Imported.checkLengths(imported.graph(), first.toString());
        Map<String, Integer> byKind = new TreeMap<>();
        for (Dependency d : imported.graph().dependencies()) {
            byKind.merge(d.kind().key(), 1, Integer::sum);
        }
        return new Result(format, imported.graph(), imported.warnings(), byKind);
    }
}
