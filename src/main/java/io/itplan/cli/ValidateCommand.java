package io.itplan.cli;

import io.itplan.core.cycles.Cycles;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.GraphWarning;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
        GraphIndex g = graph.index();
        List<String> notes = new ArrayList<>();
        for (GraphWarning w : graph.warnings()) {
            notes.add("warning: " + w);
        }
        for (int[] comp : Cycles.components(g, li -> true)) {
            if (comp.length > 1) {
                List<Integer> cycle = Cycles.shortestCycleThrough(g, comp[0], li -> true);
                notes.add("cycle: " + comp.length + " modules depend on each other, e.g. " + name(g, cycle)
                        + (comp.length > cycle.size() ? " (component: " + members(g, comp) + ")" : ""));
            }
        }
        int errors = 0;
        for (int[] comp : Cycles.components(g, li -> !g.link(li).stubbable())) {
            if (comp.length > 1) {
                errors++;
                List<Integer> cycle = Cycles.shortestCycleThrough(
                        g, comp[0], li -> !g.link(li).stubbable());
                notes.add("error: cycle of unstubbable dependencies cannot be broken: " + name(g, cycle));
            }
        }
        for (int v = 0; v < g.size(); v++) {
            if (g.outLinks(v).length == 0 && g.inLinks(v).length == 0 && g.size() > 1) {
                notes.add(
                        "note: module '" + g.id(v) + "' is isolated: nothing depends on it and it depends on nothing");
            }
        }
        try {
            new PlanningOptions().resolve(graph, graphFile, new java.io.PrintWriter(java.io.Writer.nullWriter()));
        } catch (IllegalArgumentException e) {
            notes.add("error: " + e.getMessage().replace(graphFile + ": ", ""));
            errors++;
        }
        notes.forEach(n -> out.println(graphFile + ": " + Text.oneLine(n)));
        out.println(graphFile + ": " + plural(g.size(), "module") + ", "
                + plural(graph.dependencies().size(), "dependency").replace("dependencys", "dependencies") + ", "
                + (errors == 0 ? "can be planned" : errors + " error(s), see above"));
        return errors == 0 ? Itplan.OK : Itplan.FAILED;
    }

    static String plural(int n, String noun) {
        return n + " "
                + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    private static String name(GraphIndex g, List<Integer> cycle) {
        return cycle.stream().map(g::id).collect(Collectors.joining(" -> ")) + " -> " + g.id(cycle.get(0));
    }

    private static String members(GraphIndex g, int[] comp) {
        String shown = java.util.Arrays.stream(comp).limit(8).mapToObj(g::id).collect(Collectors.joining(", "));
        return comp.length > 8 ? shown + " and " + (comp.length - 8) + " more" : shown;
    }
}
