package io.itplan.cli;

import io.itplan.app.ExportPlan;
import io.itplan.app.OpenPlan;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itplan export PLAN --to FORMAT -o PATH}: the plan as CI pipelines, test-runner sources, a Makefile or a
 * report. What the target cannot express is said on stderr (and at the top of the files).
 */
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
                    + "usual file names (default: the current folder). The testng and junit exports write the folder "
                    + "itplan there and replace it whole.")
    String outputText;

    @Option(
            names = "--mode",
            paramLabel = "MODE",
            description = "For github, gitlab and jenkins: inline (default: each job runs the step's own commands and "
                    + "stand-ins) or runner (each job calls itplan run PLAN --step ID).")
    String mode;

    @Option(
            names = "--root",
            paramLabel = "DIR",
            description = "The folder the exported files run from, e.g. the repository's root; working directories "
                    + "and the plan file are written relative to it (default: the current folder).")
    Path root;

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
        Path output = outputText == null ? null : Path.of(outputText);
        boolean outputIsFolder = outputText == null
                || outputText.endsWith("/")
                || outputText.endsWith(java.io.File.separator)
                || Files.isDirectory(output);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!ExportPlan.names().contains(format)) {
            throw new IllegalArgumentException(
                    "unknown export '" + format + "', expected one of " + String.join(", ", ExportPlan.names()));
        }
        OpenPlan.Opened opened = PlanGraphs.open(planFile, graphFile, err, "not exported");
        if (opened == null) {
            return Itplan.INVALID;
        }
        String stem = planFile.getFileName().toString().replaceFirst("(\\.plan)?\\.(json|ya?ml)$", "") + "-plan";
        if (!outputIsFolder && format.equals("markdown")) {
            stem = output.getFileName().toString().replaceFirst("\\.md$", "");
        }
        ExportPlan.Result result = ExportPlan.build(new ExportPlan.Request(
                opened.plan(), opened.graph(), planFile, root == null ? Path.of("") : root, format, mode, stem));
        for (String note : result.notes()) {
            err.println("itplan: " + format + " cannot express: " + Text.oneLine(note));
        }
        List<Path> written;
        if (outputIsFolder) {
            written = ExportPlan.writeInto(result, output == null ? Path.of("") : output);
        } else if (result.ownsFolder()) {
            written = ExportPlan.writeInto(result, output);
        } else if (result.files().size() == 1) {
            ExportPlan.writeFile(output, result.files().values().iterator().next());
            written = List.of(output);
        } else {
            Path folder = output.toAbsolutePath().getParent();
            written = ExportPlan.writeInto(result, folder);
        }
        written.forEach(p -> out.println("Wrote " + p));
        return Itplan.OK;
    }
}
