package io.itplan.cli;

import io.itplan.app.ImportGraph;
import io.itplan.core.format.ForeignFormat;
import io.itplan.core.format.InputException;
import io.itplan.core.importer.ImportProgress;
import io.itplan.core.importer.bytecode.JavaLevel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itplan import FORMAT SOURCE... -o GRAPH}: brings a real system (jars, a Maven build, a compose file, a
 * diagram) or a research data set in as an itplan graph file. Writes nothing when the input is bad.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import a graph from jars, a Maven build, a compose file, a diagram or CITO research data.")
final class ImportCommand implements Runnable {
    /** Warnings printed before the rest are counted. */
    static final int SHOWN_WARNINGS = 20;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** What every import format shares: where to write, and the summary. */
    abstract static class Base implements Callable<Integer> {
        @Option(
                names = {"-o", "--output"},
                required = true,
                paramLabel = "GRAPH",
                description = "The graph file to write (*.graph.json).")
        Path output;

        @Spec
        CommandSpec spec;

        abstract ForeignFormat format();

        abstract List<Path> sources();

        JavaLevel level() {
            return null;
        }

        List<String> includes() {
            return List.of();
        }

        @Override
        public Integer call() throws InputException {
            for (Path s : sources()) {
                if (s.toAbsolutePath()
                        .normalize()
                        .equals(output.toAbsolutePath().normalize())) {
                    throw new InputException(output.toString(), "is also an input; choose another output file");
                }
            }
            ImportGraph.Result r = ImportGraph.run(
                    new ImportGraph.Request(format(), sources(), level(), includes()), ImportProgress.NONE);
            io.itplan.app.SaveGraph.save(r.graph(), output);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<String> w = r.warnings();
            for (int i = 0; i < Math.min(SHOWN_WARNINGS, w.size()); i++) {
                err.println("warning: " + Text.oneLine(w.get(i)));
            }
            if (w.size() > SHOWN_WARNINGS) {
                err.println("warning: ... and " + (w.size() - SHOWN_WARNINGS) + " more");
            }
            out.println("Imported '" + r.graph().name() + "': " + r.summary() + " -> " + output);
            return Itplan.OK;
        }
    }

    /** Compiled Java, the one format read from several sources, with a level and package filters. */
    @Command(mixinStandardHelpOptions = true)
    static final class Java extends Base {
        @Parameters(arity = "1..*", paramLabel = "JAR_OR_FOLDER")
        List<Path> inputs = new ArrayList<>();

        @Option(
                names = "--level",
                paramLabel = "LEVEL",
                defaultValue = "class",
                description = "class (nested classes folded into their top-level class), package, or module "
                        + "(JPMS module name, else the jar's name). Default: ${DEFAULT-VALUE}.")
        String levelText;

        @Option(
                names = "--include",
                paramLabel = "PACKAGE_PREFIX",
                description = "Keep only classes whose name starts with this (repeatable).")
        List<String> include = new ArrayList<>();

        @Override
        ForeignFormat format() {
            return ForeignFormat.JAVA;
        }

        @Override
        List<Path> sources() {
            return inputs;
        }

        @Override
        JavaLevel level() {
            return JavaLevel.fromKey(levelText);
        }

        @Override
        List<String> includes() {
            return include;
        }
    }

    /** A format read from one file or folder: every format but {@code java}. */
    @Command(mixinStandardHelpOptions = true)
    static final class OneSource extends Base {
        private final ForeignFormat format;

        @Parameters(index = "0", paramLabel = "SOURCE")
        Path source;

        OneSource(ForeignFormat format) {
            this.format = format;
        }

        @Override
        ForeignFormat format() {
            return format;
        }

        @Override
        List<Path> sources() {
            return List.of(source);
        }
    }

    /**
     * Adds a subcommand for each format, named by its key, in the order of {@link ForeignFormat}. Call it before
     * settings meant for every subcommand are made: picocli hands them only to the subcommands it already has.
     */
    static void addFormats(CommandLine importCommand) {
        for (ForeignFormat f : ForeignFormat.values()) {
            CommandLine sub = new CommandLine(f == ForeignFormat.JAVA ? new Java() : new OneSource(f));
            sub.getCommandSpec().usageMessage().description(help(f));
            importCommand.addSubcommand(f.key(), sub);
        }
    }

    /** The line {@code itplan import --help} shows for a format. */
    static String help(ForeignFormat format) {
        return switch (format) {
            case JAVA -> "Compiled Java: a jar, a folder of classes, or several (read with ASM).";
            case MAVEN -> "A Maven multi-module build: the reactor's pom.xml (or its folder).";
            case COMPOSE -> "A Docker Compose file (compose.yaml, docker-compose.yml).";
            case DOT -> "A Graphviz DOT file (jdeps -dotoutput, mvn dependency:tree -DoutputType=dot, any digraph).";
            case GRAPHML -> "A GraphML file (yEd or plain).";
            case DRAWIO -> "A draw.io (diagrams.net) file, plain or compressed.";
            case CITO_UFPR -> "A UFPR class-integration-test-order text file (OO_*.txt, OA_*.txt).";
            case CITO_DRL -> "A DRL_CITO folder of CSV files (CId_Name.csv, deps_type.csv, Attr_Method_deps.csv).";
        };
    }
}
