package io.itplan.cli;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.strategy.CyclePolicy;
import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.ModuleOrder;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.StrategyName;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The planning options of the command line. Each one left out falls back to the graph file's
 * {@code settings}, then to the default (bottom-up, level, bfs, break, stubs).
 */
final class PlanningOptions {
    @Option(names = {"-s", "--strategy"}, paramLabel = "NAME",
            description = "big-bang, top-down, bottom-up or sandwich (default: the graph's setting, else bottom-up).")
    String strategy;

    @Option(names = {"-g", "--granularity"}, paramLabel = "G",
            description = "level, module or parallel, for top-down and bottom-up (default: level).")
    String granularity;

    @Option(names = "--order", paramLabel = "ORDER",
            description = "bfs or dfs: the order of a module-by-module chain (default: bfs).")
    String order;

    @Option(names = {"-t", "--target-depth"}, paramLabel = "N",
            description = "Sandwich target depth (default: the one with the fewest stand-ins).")
    Integer targetDepth;

    @Option(names = "--cycles", paramLabel = "POLICY",
            description = "break (remove fewest-cost dependencies into stubs) or cluster (one step per cycle).")
    String cycles;

    @Option(names = "--objective", paramLabel = "OBJ",
            description = "What cycle breaking minimises: stubs, cost or ocplx (default: stubs).")
    String objective;

    @Option(names = "--risk-first", description = "Integrate high-risk modules first among those that may go next.")
    Boolean riskFirst;

    @Option(names = "--cycle-budget", paramLabel = "SECONDS",
            description = "Wall-clock time cycle breaking may spend proving optimality, 0.1 to 3600 s. "
                    + "Default: a fixed amount of work (a few seconds at most), so that every machine makes the same plan.")
    Double cycleBudget;

    PlanOptions resolve(DependencyGraph graph) {
        var s = graph.settings();
        StrategyName st = StrategyName.fromKey(pick(strategy, s.get("strategy"), "bottom-up"));
        Integer target = targetDepth;
        if (target == null && s.containsKey("targetDepth")) {
            try {
                target = Integer.valueOf(s.get("targetDepth"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the graph's setting targetDepth is not a number: "
                        + s.get("targetDepth"));
            }
        }
        boolean risk = riskFirst != null ? riskFirst : Boolean.parseBoolean(s.getOrDefault("riskFirst", "false"));
        if (cycleBudget != null && !(cycleBudget >= 0.1 && cycleBudget <= 3600)) {
            throw new IllegalArgumentException("--cycle-budget must be between 0.1 and 3600 seconds, was " + cycleBudget);
        }
        Duration budget = cycleBudget == null ? null : Duration.ofMillis(Math.round(cycleBudget * 1000));
        return new PlanOptions(st, Granularity.fromKey(pick(granularity, s.get("granularity"), "level")),
                ModuleOrder.fromKey(pick(order, s.get("order"), "bfs")), target,
                CyclePolicy.fromKey(pick(cycles, s.get("cycles"), "break")),
                Objective.fromKey(pick(objective, s.get("objective"), "stubs")), risk, budget);
    }

    private static String pick(String option, String setting, String dflt) {
        return option != null ? option : setting != null ? setting : dflt;
    }
}
