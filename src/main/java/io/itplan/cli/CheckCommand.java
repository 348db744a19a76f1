package io.itplan.cli;

import io.itplan.app.OpenPlan;
import io.itplan.app.text.Plural;
import io.itplan.core.format.InputException;
import io.itplan.core.plan.IntegrationPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itplan check PLAN --graph GRAPH}: validates a plan file against the schema and the plan checker.
 * Exit 0 when valid, 1 with every disagreement listed, 2 when a file cannot be read.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Check a plan file against its graph: schema, then the stub and driver rule.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (*.plan.json or *.plan.yaml).")
    Path planFile;

    @Option(
            names = "--graph",
            paramLabel = "GRAPH",
            description = "The graph the plan is for (default: the one it was made for, found beside the plan or in "
                    + "the current folder).")
    Path graphFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OpenPlan.Opened opened = OpenPlan.open(planFile, graphFile);
        if (!opened.schemaViolations().isEmpty()) {
            opened.schemaViolations().forEach(err::println);
            err.println("itplan: " + planFile + ": " + opened.schemaViolations().size() + " schema violation(s)");
            return Itplan.FAILED;
        }
        IntegrationPlan plan = opened.plan();
        List<String> problems = opened.disagreements();
        if (problems.isEmpty()) {
            out.println(planFile + ": valid plan for " + opened.graphFile() + " ("
                    + Plural.count(plan.steps().size(), "step") + ", "
                    + Plural.count(plan.metrics().specificStubs(), "stub") + ", "
                    + Plural.count(plan.metrics().specificDrivers(), "driver") + ")");
            return Itplan.OK;
        }
        problems.forEach(p -> err.println(planFile + ": " + p));
        err.println("itplan: " + planFile + ": " + problems.size() + " disagreement(s) with the rule");
        return Itplan.FAILED;
    }
}
