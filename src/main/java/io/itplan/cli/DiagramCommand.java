package io.itplan.cli;

import io.itplan.app.report.Diagrams;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itplan diagram GRAPH_OR_PLAN --to dot|graphml|mermaid [-o FILE]}: the graph as a diagram for other tools;
 * given a plan, its steps as clusters or colours (the graph found beside the plan as {@code run} finds it).
 */
@Command(
        name = "diagram",
        mixinStandardHelpOptions = true,
        description = "Write a graph (or a plan's graph with its steps) as DOT, GraphML (yEd) or Mermaid.")
final class DiagramCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GRAPH_OR_PLAN", description = "A graph file, or a plan file.")
    Path input;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "dot, graphml or mermaid.")
    String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "The file to write (default: print).")
    Path output;

    @Option(
            names = "--graph",
            paramLabel = "GRAPH",
            description = "For a plan: its graph (default: found by digest beside the plan).")
    Path graphFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        if (!Diagrams.FORMATS.contains(format)) {
            throw new IllegalArgumentException(
                    "unknown diagram format '" + format + "', expected one of " + String.join(", ", Diagrams.FORMATS));
        }
        DependencyGraph graph;
        IntegrationPlan plan = null;
        if (isPlan(input)) {
            io.itplan.app.OpenPlan.Opened opened =
                    PlanGraphs.open(input, graphFile, spec.commandLine().getErr(), "no diagram written");
            if (opened == null) {
                return Itplan.INVALID;
            }
            plan = opened.plan();
            graph = opened.graph();
        } else {
            graph = GraphFiles.read(input);
        }
        String text = Diagrams.of(format, graph, plan);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            io.itplan.app.ExportPicture.text(text, output);
            spec.commandLine().getOut().println("Wrote " + output);
        }
        return Itplan.OK;
    }

    /** A plan file by its name, or by the format its first bytes name. */
    static boolean isPlan(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString();
        if (n.matches(".*\\.plan\\.(json|ya?ml)$")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8).contains("itplan.plan/");
        } catch (IOException e) {
            return false;
        }
    }
}
