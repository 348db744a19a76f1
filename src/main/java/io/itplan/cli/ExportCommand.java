package io.itplan.cli;

import io.itplan.app.report.PlanReport;
import io.itplan.app.report.SvgPicture;
import io.itplan.core.export.PlanExport;
import io.itplan.core.export.PlanExports;
import io.itplan.core.format.AtomicFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itplan export PLAN --to FORMAT -o PATH}: the plan as CI pipelines, test-runner files, a Makefile or a report. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export a plan to github, gitlab, jenkins, testng, junit, make, markdown or html.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (*.plan.json or *.plan.yaml).")
    Path planFile;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "FORMAT",
            description = "github, gitlab, jenkins, testng, junit, make, markdown or html.")
    String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "PATH",
            description = "The file to write, or a folder (an existing one, or a path ending in /) for the export's "
                    + "usual file names (default: the current folder).")
    String outputText;

    private Path output;
    private boolean outputIsFolder;

    @Option(
            names = "--graph",
            paramLabel = "GRAPH",
            description = "The graph the plan is for (default: found by "
                    + "digest beside the plan or in the current folder).")
    Path graphFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        output = outputText == null ? null : Path.of(outputText);
        outputIsFolder = outputText != null
                && (outputText.endsWith("/")
                        || outputText.endsWith(java.io.File.separator)
                        || Files.isDirectory(output));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        io.itplan.app.OpenPlan.Opened opened = PlanGraphs.open(planFile, graphFile, err, "not exported");
        if (opened == null) {
            return Itplan.INVALID;
        }
        IntegrationPlan plan = opened.plan();
        DependencyGraph graph = opened.graph();
        SortedMap<String, String> files = new TreeMap<>();
        if (format.equals("markdown") || format.equals("html")) {
            String svg = SvgPicture.of(graph, SvgPicture::estimatedWidth, null);
            String base = planFile.getFileName().toString().replaceFirst("(\\.plan)?\\.(json|ya?ml)$", "");
            if (format.equals("html")) {
                files.put(base + "-plan.html", PlanReport.html(graph, plan, svg));
            } else {
                String picture = singleFileName(base + "-plan.md").replaceFirst("\\.md$", "") + ".svg";
                files.put(base + "-plan.md", PlanReport.markdown(graph, plan, picture));
                files.put(picture, svg);
            }
        } else {
            PlanExport export = PlanExports.named(format)
                    .orElseThrow(() -> new IllegalArgumentException("unknown export '" + format + "', expected one of "
                            + String.join(", ", PlanExports.names()) + ", markdown, html"));
            files.putAll(export.files(plan));
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = target(f.getKey(), files.size());
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                try {
                    Files.createDirectories(parent);
                } catch (IOException e) {
                    throw new InputException(parent.toString(), "cannot be created: " + e.getMessage());
                }
            }
            AtomicFiles.write(target, f.getValue().getBytes(StandardCharsets.UTF_8));
            out.println("Wrote " + target);
        }
        return Itplan.OK;
    }

    /** Where one file of the export goes: {@code -o} itself for a single file that is not a folder. */
    private Path target(String name, int count) {
        if (output == null) {
            return Path.of(name);
        }
        if (outputIsFolder) {
            return output.resolve(name);
        }
        if (format.equals("markdown")) {
            return name.endsWith(".md") ? output : output.resolveSibling(name);
        }
        return count > 1 ? output.resolve(name) : output;
    }

    private String singleFileName(String dflt) {
        return output != null && !outputIsFolder ? output.getFileName().toString() : dflt;
    }
}
