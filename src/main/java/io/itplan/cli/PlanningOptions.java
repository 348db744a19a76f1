package io.itplan.cli;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.strategy.CycleAlgorithm;
import io.itplan.core.strategy.CyclePolicy;
import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.ModuleOrder;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.StrategyName;
import java.time.Duration;
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
     * Options that do not apply to the chosen strategy are reported on {@code warnings}.
     *
     * @throws IllegalArgumentException naming the option, or the file's setting, that is wrong
     */
    PlanOptions resolve(DependencyGraph graph, java.nio.file.Path file, java.io.PrintWriter warnings) {
        var s = graph.settings();
        StrategyName st = parse(strategy, s.get("strategy"), "bottom-up", "strategy", file, StrategyName::fromKey);
        Integer target =
                targetDepth != null ? targetDepth : whole(s.get("targetDepth"), "targetDepth", file, Integer::valueOf);
        boolean risk;
        if (riskFirst != null) {
            risk = riskFirst;
        } else {
            String r = s.getOrDefault("riskFirst", "false");
            if (!r.equals("true") && !r.equals("false")) {
                throw new IllegalArgumentException(
                        file + ": setting 'riskFirst' must be true or false, is '" + r + "'");
            }
            risk = Boolean.parseBoolean(r);
        }
        Duration budget = cycleBudget.duration();
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
        CyclePolicy cyc = parse(cycles, s.get("cycles"), "break", "cycles", file, CyclePolicy::fromKey);
        Objective obj = parse(objective, s.get("objective"), "stubs", "objective", file, Objective::fromKey);
        CycleAlgorithm alg = parse(algorithm, s.get("algorithm"), "exact", "algorithm", file, CycleAlgorithm::fromKey);
        if (maxMethodCoupling != null && maxMethodCoupling < 0) {
            throw new IllegalArgumentException("--max-method-coupling must not be negative, was " + maxMethodCoupling);
        }
        Long maxM = maxMethodCoupling != null
                ? maxMethodCoupling
                : whole(s.get("maxMethodCoupling"), "maxMethodCoupling", file, Long::valueOf);
        if (maxM != null && maxM < 0) {
            throw new IllegalArgumentException(
                    file + ": setting 'maxMethodCoupling' must not be negative, was " + maxM);
        }
        if (maxMethodCoupling != null && obj != Objective.AM) {
            warnings.println("itplan: warning: --max-method-coupling applies to --objective am only; " + obj.key()
                    + " ignores it");
        }
        if (algorithm != null && alg != CycleAlgorithm.EXACT && cyc != CyclePolicy.BREAK) {
            warnings.println("itplan: warning: --algorithm applies to --cycles break only");
        }
        return new PlanOptions(st, gr, ord, target, cyc, obj, risk, budget, alg, obj == Objective.AM ? maxM : null);
    }

    /** A whole-number setting, or {@code null} when the file has none (an error in it names the file). */
    private static <T extends Number> T whole(
            String setting, String key, java.nio.file.Path file, java.util.function.Function<String, T> parser) {
        if (setting == null) {
            return null;
        }
        try {
            return parser.apply(setting);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": setting '" + key + "' is not a whole number: " + setting);
        }
    }

    /** The option's value, else the setting's (an error in it names the file), else the default. */
    private static <T> T parse(
            String option,
            String setting,
            String dflt,
            String key,
            java.nio.file.Path file,
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
