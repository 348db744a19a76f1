package io.itplan.cli;

import io.itplan.app.RunPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itplan run PLAN}: validates the plan (schema, then the rule against its graph) and runs it. Exit 0
 * when every step passed, 1 when a step failed, was skipped or ran no command, 2 for an invalid plan or usage.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run a plan: its steps' commands, in order, "
                + "ready steps in parallel, with their stand-ins; JUnit XML reports.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (*.plan.json or *.plan.yaml).")
    Path planFile;

    @Option(
            names = "--graph",
            paramLabel = "GRAPH",
            description = "The graph the plan is for (default: the *.graph.json beside the plan, or in the current "
                    + "folder, whose digest matches).")
    Path graphFile;

    @Option(names = "--max-parallel", paramLabel = "N", description = "Steps at once (default: the plan's).")
    Integer maxParallel;

    @Option(names = "--step", paramLabel = "ID", description = "Run only this step (what a CI job calls).")
    String step;

    @Option(names = "--from", paramLabel = "ID", description = "Resume: this step and every step not before it.")
    String from;

    @Option(names = "--dry-run", description = "Print what would run; run nothing.")
    boolean dryRun;

    @Option(
            names = "--report-dir",
            paramLabel = "DIR",
            defaultValue = "itplan-reports",
            description = "Where step logs and JUnit XML go (default: ${DEFAULT-VALUE}).")
    Path reportDir;

    @Option(
            names = "--ready-timeout",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "How long a stand-in may take to get ready (default: ${DEFAULT-VALUE}).")
    int readyTimeout;

    @Option(
            names = "--strict",
            description = "Refuse to start when a stand-in a step needs has no start command (default: name each "
                    + "and run without it).")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (step != null && from != null) {
            throw new IllegalArgumentException("--step and --from cannot be used together");
        }
        if (maxParallel != null && maxParallel < 1) {
            throw new IllegalArgumentException("--max-parallel must be at least 1");
        }
        io.itplan.app.OpenPlan.Opened opened = PlanGraphs.open(planFile, graphFile, err, "not run");
        if (opened == null) {
            return Itplan.INVALID;
        }
        Path base = planFile.toAbsolutePath().getParent();
        RunPlan.Request request = new RunPlan.Request(
                opened.plan(),
                base,
                reportDir,
                maxParallel,
                step,
                from,
                dryRun,
                Duration.ofSeconds(Math.max(1, readyTimeout)),
                strict);
        RunPlan.Result result = new RunPlan(request, out, new RunPlan.Progress() {}).run();
        if (dryRun) {
            return Itplan.OK;
        }
        out.println();
        Tables t = new Tables("step", "result", "time", "reason").numeric(2);
        for (RunPlan.StepResult o : result.steps()) {
            if (o.status() != RunPlan.Status.OUTSIDE) {
                t.add(
                        o.step(),
                        o.status().word(),
                        String.format(Locale.ROOT, "%.1f s", o.elapsed().toMillis() / 1000.0),
                        Text.cell(o.reason(), 80));
            }
        }
        t.print(out);
        out.println(Text.oneLine(result.summary()) + "  (reports in " + reportDir + ")");
        return result.allPassed() ? Itplan.OK : Itplan.FAILED;
    }
}
