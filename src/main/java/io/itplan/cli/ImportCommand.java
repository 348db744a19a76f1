package io.itplan.cli;

import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.importer.CitoDrlImporter;
import io.itplan.core.importer.CitoUfprImporter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itplan import FORMAT SOURCE -o GRAPH}: turns research data sets into itplan graph files. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import a graph from another format into an itplan graph file.",
        subcommands = {ImportCommand.Ufpr.class, ImportCommand.Drl.class})
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** What both import formats share: where to write, and the summary line. */
    abstract static class Base implements Callable<Integer> {
        @Option(
                names = {"-o", "--output"},
                required = true,
                paramLabel = "GRAPH",
                description = "The graph file to write (*.graph.json).")
        Path output;

        @Spec
        CommandSpec spec;

        abstract DependencyGraph read() throws InputException;

        @Override
        public Integer call() throws InputException {
            DependencyGraph g = read();
            GraphFiles.write(g, output);
            spec.commandLine()
                    .getOut()
                    .println("Imported '" + g.name() + "': " + g.modules().size() + " modules, "
                            + g.dependencies().size() + " dependencies -> " + output);
            return Itplan.OK;
        }
    }

    @Command(
            name = "cito-ufpr",
            mixinStandardHelpOptions = true,
            description = "A UFPR class-integration-test-order text file (OO_*.txt, OA_*.txt).")
    static final class Ufpr extends Base {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        DependencyGraph read() throws InputException {
            return CitoUfprImporter.read(file);
        }
    }

    @Command(
            name = "cito-drl",
            mixinStandardHelpOptions = true,
            description = "A DRL_CITO folder of CSV files (CId_Name.csv, deps_type.csv, Attr_Method_deps.csv).")
    static final class Drl extends Base {
        @Parameters(index = "0", paramLabel = "DIR")
        Path dir;

        @Override
        DependencyGraph read() throws InputException {
            return CitoDrlImporter.read(dir);
        }
    }
}
