package io.itplan.cli;

import io.itplan.app.PlanSettings;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.strategy.PlanOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The planning options of the command line. Each one left out falls back to the graph file's
 * {@code settings}, then to the default (bottom-up, level, bfs, break, stubs, exact).
 */
final class PlanningOptions {
    @Option(
            names = {"-s", "--strategy"},
            paramLabel = "NAME",
            description = "big-bang, top-down, bottom-up or sandwich (default: the graph's setting, else bottom-up).")
    String strategy;

    @Option(
            names = {"-g", "--granularity"},
            paramLabel = "G",
            description = "level, module or parallel, for top-down and bottom-up (default: level).")
    String granularity;

    @Option(
            names = "--order",
            paramLabel = "ORDER",
            description = "bfs or dfs: the order of a module-by-module chain (default: bfs).")
    String order;

    @Option(
            names = {"-t", "--target-depth"},
            paramLabel = "N",
            description = "Sandwich target depth (default: the one with the fewest stand-ins).")
    Integer targetDepth;

    @Option(
            names = "--cycles",
            paramLabel = "POLICY",
            description = "break (remove fewest-cost dependencies into stubs) or cluster (one step per cycle).")
    String cycles;

    @Option(
            names = "--objective",
            paramLabel = "OBJ",
            description = "What cycle breaking minimises: stubs, cost, ocplx, or am (least attribute coupling A "
                    + "with method coupling M at most --max-method-coupling) (default: stubs).")
    String objective;

    @Option(
            names = "--max-method-coupling",
            paramLabel = "N",
            description = "For --objective am: the most method coupling M the broken dependencies may have "
                    + "(default: no limit, the least A overall).")
    Long maxMethodCoupling;

    @Option(
            names = "--algorithm",
            paramLabel = "NAME",
            description = "How cycles are broken: exact (itplan's own, proven optimal where affordable), or a classic "
                    + "heuristic for comparison: tai-daniels, le-traon or briand (default: exact).")
    String algorithm;

    @Option(names = "--risk-first", description = "Integrate high-risk modules first among those that may go next.")
    Boolean riskFirst;

    @Mixin
    CycleBudgetOption cycleBudget = new CycleBudgetOption();

    /**
     * The options for {@code graph}: the command line's, else the graph file's settings, else the defaults.
     * Unknown settings and options that do not apply to the chosen strategy are reported on {@code warnings}.
     *
     * @throws IllegalArgumentException naming the option, or the file's setting, that is wrong
     */
    PlanOptions resolve(DependencyGraph graph, java.nio.file.Path file, java.io.PrintWriter warnings) {
        PlanSettings.Saved saved = PlanSettings.read(graph.settings(), file.toString());
        if (!saved.errors().isEmpty()) {
            throw new IllegalArgumentException(saved.errors().get(0));
        }
        saved.warnings().forEach(w -> warnings.println("itplan: warning: " + w));
        PlanSettings.Resolved resolved = PlanSettings.resolve(
                saved,
                new PlanSettings.Requested(
                        strategy,
                        granularity,
                        order,
                        targetDepth,
                        cycles,
                        objective,
                        algorithm,
                        maxMethodCoupling,
                        riskFirst,
                        cycleBudget.duration()));
        resolved.warnings().forEach(w -> warnings.println("itplan: warning: " + w));
        return resolved.options();
    }
}
