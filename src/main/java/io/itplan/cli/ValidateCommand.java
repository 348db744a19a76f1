package io.itplan.cli;

import io.itplan.app.LintGraph;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.graph.DependencyGraph;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itplan validate GRAPH}: lints a graph — cycles (each named), cycles no stub can break, self-loops,
 * merged duplicates and isolated modules. Exit 1 when a cycle cannot be broken, else 0.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Lint a graph: cycles, unbreakable cycles, self-loops, duplicates, isolated modules.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GRAPH", description = "The graph file (*.graph.json).")
    Path graphFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DependencyGraph graph = GraphFiles.read(graphFile);
        List<LintGraph.Finding> findings = LintGraph.lint(graph, graphFile.toString());
        for (LintGraph.Finding f : findings) {
            String text = f.message().startsWith(graphFile + ": ")
                    ? f.message().substring(graphFile.toString().length() + 2)
                    : f.message();
            out.println(graphFile + ": " + f.severity().name().toLowerCase(java.util.Locale.ROOT) + ": "
                    + Text.oneLine(text));
        }
        long errors = findings.stream()
                .filter(f -> f.severity() == LintGraph.Severity.ERROR)
                .count();
        out.println(graphFile + ": " + plural(graph.modules().size(), "module") + ", "
                + plural(graph.dependencies().size(), "dependency") + ", "
                + (errors == 0 ? "can be planned" : errors + " error(s), see above"));
        return errors == 0 ? Itplan.OK : Itplan.FAILED;
    }

    static String plural(int n, String noun) {
        return n + " "
                + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
