package io.itplan.cli;

import io.itplan.app.OpenGraph;
import io.itplan.app.PlanGraph;
import io.itplan.app.SavePlan;
import io.itplan.core.cycles.CouplingFront;
import io.itplan.core.format.PlanFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Metrics;
import io.itplan.core.plan.Step;
import io.itplan.core.strategy.CycleAlgorithm;
import io.itplan.core.strategy.CyclePolicy;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itplan plan GRAPH}: makes a plan, prints its steps and metrics, and writes it with {@code -o}. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "Make an integration plan for a graph.")
final class PlanCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GRAPH", description = "The graph file (*.graph.json).")
    Path graphFile;

    @Mixin
    PlanningOptions planning;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "PLAN",
            description = "Write the plan here: JSON, or YAML when the name ends in .yaml; '-' for JSON on stdout.")
    String output;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print nothing but errors.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OpenGraph.Opened opened = OpenGraph.open(graphFile);
        opened.warnings().forEach(w -> err.println("itplan: warning: " + w));
        DependencyGraph graph = opened.graph();
        var options = planning.resolve(graph, graphFile, err);
        IntegrationPlan plan;
        Planner planner = Planner.standard();
        try {
            plan = new PlanGraph(planner).plan(graph, options);
        } catch (io.itplan.core.cycles.UnbreakableCycleException e) {
            err.println("itplan: " + graphFile + ": " + e.getMessage());
            return Itplan.FAILED;
        } catch (IllegalArgumentException e) {
            throw new io.itplan.core.format.InputException(graphFile.toString(), e.getMessage());
        }
        boolean toStdout = "-".equals(output);
        PrintWriter report = toStdout ? err : out;
        if (!quiet) {
            printSteps(report, plan);
            report.println();
            printMetrics(report, plan);
            if (!plan.cycleBreaking().brokenDependencies().isEmpty()) {
                printCycles(report, graph, plan, options, planner);
            }
        }
        if (toStdout) {
            // Streamed, not built as one string: a parallel plan of a large graph is hundreds of megabytes.
            PlanFiles.writeJson(plan, out);
            out.flush();
        } else if (output != null) {
            Path path = Path.of(output);
            SavePlan.save(plan, path, graphFile);
            if (!quiet) {
                report.println();
                report.println("Wrote " + path);
            }
            warnIfLarge(err, path, plan);
        }
        return Itplan.OK;
    }

    /** Above this many bytes a plan file is worth a word: most tools, and people, will choke on it. */
    static final long LARGE_PLAN_BYTES = 100L << 20;

    /**
     * A plan file that big comes from listing, per step, every stand-in its subsystem needs — one step per module in
     * a parallel plan — so the same plan by level is the remedy.
     */
    private static void warnIfLarge(PrintWriter err, Path path, IntegrationPlan plan) {
        long bytes;
        try {
            bytes = java.nio.file.Files.size(path);
        } catch (java.io.IOException e) {
            return;
        }
        if (bytes > LARGE_PLAN_BYTES) {
            long mentions = 0;
            for (Step s : plan.steps()) {
                mentions += s.stubs().size() + s.drivers().size();
            }
            err.printf(
                    java.util.Locale.ROOT,
                    "itplan: warning: %s is %,d MB: its %,d steps name stand-ins %,d times, each step listing every"
                            + " one its subsystem needs; --granularity level gives a far smaller plan%n",
                    path,
                    bytes >> 20,
                    plan.steps().size(),
                    mentions);
        }
    }

    static void printSteps(PrintWriter out, IntegrationPlan plan) {
        out.println("Plan: " + plan.strategy().name() + " " + plan.strategy().options() + " for '"
                + Text.oneLine(plan.graph().name()) + "'");
        Tables t = new Tables("step", "after", "integrate", "stubs", "drivers", "tests").numeric(3, 4, 5);
        for (Step s : plan.steps()) {
            t.add(
                    s.id(),
                    s.after().isEmpty() ? "-" : Text.cell(String.join(",", s.after()), 40),
                    abbreviate(s.integrate()),
                    String.valueOf(s.stubs().size()),
                    String.valueOf(s.drivers().size()),
                    String.valueOf(s.tests().size()));
        }
        t.print(out);
        out.println("(stubs, drivers: stand-ins in use at the step; tests: dependencies first tested there)");
    }

    private static String abbreviate(java.util.List<String> ids) {
        String joined = String.join(
                ", ",
                ids.subList(0, Math.min(4, ids.size())).stream()
                        .map(id -> Text.cell(id, 30))
                        .toList());
        return ids.size() > 4 ? joined + " +" + (ids.size() - 4) : joined;
    }

    /** The cycle-breaking line, and for the {@code am} objective the (A, M) front the plan's point is from. */
    private static void printCycles(
            PrintWriter out, DependencyGraph graph, IntegrationPlan plan, PlanOptions options, Planner planner) {
        out.println(CycleSummary.line(graph.index(), plan.cycleBreaking(), options.cycleBudget() != null));
        if (options.objective() == Objective.AM
                && options.algorithm() == CycleAlgorithm.EXACT
                && options.cycles() == CyclePolicy.BREAK
                && options.strategy() != StrategyName.BIG_BANG) {
            // the planner remembers the front it chose from, so this costs nothing
            CouplingFront.Front front = planner.front(graph, options.cycleBudget());
            CycleSummary.printFront(out, front, front.within(options.maxMethodCoupling()));
        }
    }

    static void printMetrics(PrintWriter out, IntegrationPlan plan) {
        Tables t = new Tables("metric", "value").numeric(1);
        for (String k : Metrics.KEYS) {
            t.add(k, Tables.number(plan.metrics().value(k)));
        }
        t.print(out);
    }
}
