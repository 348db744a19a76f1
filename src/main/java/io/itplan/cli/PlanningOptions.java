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

    /**
     * The options for {@code graph}: the command line's, else the graph file's settings, else the defaults.
     * Options that do not apply to the chosen strategy are reported on {@code warnings}.
     *
     * @throws IllegalArgumentException naming the option, or the file's setting, that is wrong
     */
    PlanOptions resolve(DependencyGraph graph, java.nio.file.Path file, java.io.PrintWriter warnings) {
        var s = graph.settings();
        StrategyName st = parse(strategy, s.get("strategy"), "bottom-up", "strategy", file, StrategyName::fromKey);
        Integer target = targetDepth;
        if (target == null && s.containsKey("targetDepth")) {
            try {
                target = Integer.valueOf(s.get("targetDepth"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": setting 'targetDepth' is not a whole number: "
                        + s.get("targetDepth"));
            }
        }
        boolean risk;
        if (riskFirst != null) {
            risk = riskFirst;
        } else {
            String r = s.getOrDefault("riskFirst", "false");
            if (!r.equals("true") && !r.equals("false")) {
                throw new IllegalArgumentException(file + ": setting 'riskFirst' must be true or false, is '" + r + "'");
            }
            risk = Boolean.parseBoolean(r);
        }
        if (cycleBudget != null && !(cycleBudget >= 0.1 && cycleBudget <= 3600)) {
            throw new IllegalArgumentException("--cycle-budget must be between 0.1 and 3600 seconds, was " + cycleBudget);
        }
        Duration budget = cycleBudget == null ? null : Duration.ofMillis(Math.round(cycleBudget * 1000));
        Granularity gr = parse(granularity, s.get("granularity"), "level", "granularity", file, Granularity::fromKey);
        ModuleOrder ord = parse(order, s.get("order"), "bfs", "order", file, ModuleOrder::fromKey);
        boolean layered = st == StrategyName.TOP_DOWN || st == StrategyName.BOTTOM_UP;
        if (!layered && (granularity != null || order != null || riskFirst != null)) {
            warnings.println("itplan: warning: --granularity, --order and --risk-first apply to top-down and "
                    + "bottom-up only; " + st.key() + " ignores them");
        } else if (layered && order != null && gr != Granularity.MODULE) {
            warnings.println("itplan: warning: --order applies to --granularity module only");
        }
        if (st != StrategyName.SANDWICH && targetDepth != null) {
            warnings.println("itplan: warning: --target-depth applies to sandwich only");
        }
        return new PlanOptions(st, gr, ord, target,
                parse(cycles, s.get("cycles"), "break", "cycles", file, CyclePolicy::fromKey),
                parse(objective, s.get("objective"), "stubs", "objective", file, Objective::fromKey), risk, budget);
    }

    /** The option's value, else the setting's (an error in it names the file), else the default. */
    private static <T> T parse(String option, String setting, String dflt, String key, java.nio.file.Path file,
                               java.util.function.Function<String, T> parser) {
        if (option != null) {
            return parser.apply(option);
        }
        if (setting != null) {
            try {
                return parser.apply(setting);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": setting '" + key + "': " + e.getMessage());
            }
        }
        return parser.apply(dflt);
    }
}
