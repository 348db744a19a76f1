package io.itplan.app;

import io.itplan.core.strategy.CycleAlgorithm;
import io.itplan.core.strategy.CyclePolicy;
import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.ModuleOrder;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.StrategyName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The planning options a graph file saves in its {@code settings}, read one way for the app and the command line:
 * each wrong value and each unknown key is one clear line naming the file and the setting (with the key it
 * probably meant); options asked for explicitly win over the saved ones, which win over the defaults.
 */
public final class PlanSettings {
    /** The settings a graph file may hold. */
    public static final List<String> KEYS = List.of(
            "strategy",
            "granularity",
            "order",
            "targetDepth",
            "cycles",
            "objective",
            "algorithm",
            "maxMethodCoupling",
            "riskFirst");

    private PlanSettings() {}

    /**
     * A graph's saved options: each null when absent or wrong.
     *
     * @param errors   one line per wrong value, naming the file and the setting
     * @param warnings one line per unknown key, with the key it probably meant
     */
    public record Saved(
            StrategyName strategy,
            Granularity granularity,
            ModuleOrder order,
            Integer targetDepth,
            CyclePolicy cycles,
            Objective objective,
            CycleAlgorithm algorithm,
            Long maxMethodCoupling,
            Boolean riskFirst,
            List<String> errors,
            List<String> warnings) {
        public Saved {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    /** Options asked for explicitly, as a command line gives them; each null when not given. */
    public record Requested(
            String strategy,
            String granularity,
            String order,
            Integer targetDepth,
            String cycles,
            String objective,
            String algorithm,
            Long maxMethodCoupling,
            Boolean riskFirst,
            Duration cycleBudget) {
        public static Requested none() {
            return new Requested(null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** The options to plan with, and what the requested options did not apply to. */
    public record Resolved(PlanOptions options, List<String> warnings) {
        public Resolved {
            warnings = List.copyOf(warnings);
        }
    }

    /** Reads a graph's settings; {@code source} names the file in messages. */
    public static Saved read(Map<String, String> settings, String source) {
        Reader r = new Reader(settings, source);
        List<String> warnings = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(settings.keySet())) {
            if (!KEYS.contains(key)) {
                String meant = nearest(key);
                warnings.add(source + ": unknown setting '" + key + "' is ignored"
                        + (meant == null
                                ? "; the settings are " + String.join(", ", KEYS)
                                : "; did you mean '" + meant + "'?"));
            }
        }
        return new Saved(
                r.parse("strategy", StrategyName::fromKey),
                r.parse("granularity", Granularity::fromKey),
                r.parse("order", ModuleOrder::fromKey),
                r.parse("targetDepth", v -> natural(v, Integer::valueOf)),
                r.parse("cycles", CyclePolicy::fromKey),
                r.parse("objective", Objective::fromKey),
                r.parse("algorithm", CycleAlgorithm::fromKey),
                r.parse("maxMethodCoupling", v -> natural(v, Long::valueOf)),
                r.parse("riskFirst", PlanSettings::bool),
                r.errors,
                warnings);
    }

    /**
     * The options: requested, else saved, else the defaults (bottom-up, level, bfs, break, stubs, exact).
     *
     * @throws IllegalArgumentException naming the requested option that is wrong
     */
    public static Resolved resolve(Saved saved, Requested requested) {
        List<String> warnings = new ArrayList<>();
        StrategyName st = pick(requested.strategy(), StrategyName::fromKey, saved.strategy(), StrategyName.BOTTOM_UP);
        Granularity gr = pick(requested.granularity(), Granularity::fromKey, saved.granularity(), Granularity.LEVEL);
        ModuleOrder ord = pick(requested.order(), ModuleOrder::fromKey, saved.order(), ModuleOrder.BFS);
        CyclePolicy cyc = pick(requested.cycles(), CyclePolicy::fromKey, saved.cycles(), CyclePolicy.BREAK);
        Objective obj = pick(requested.objective(), Objective::fromKey, saved.objective(), Objective.STUBS);
        CycleAlgorithm alg =
                pick(requested.algorithm(), CycleAlgorithm::fromKey, saved.algorithm(), CycleAlgorithm.EXACT);
        if (requested.targetDepth() != null && requested.targetDepth() < 0) {
            throw new IllegalArgumentException("--target-depth must not be negative, was " + requested.targetDepth());
        }
        if (requested.maxMethodCoupling() != null && requested.maxMethodCoupling() < 0) {
            throw new IllegalArgumentException(
                    "--max-method-coupling must not be negative, was " + requested.maxMethodCoupling());
        }
        Integer target = requested.targetDepth() != null ? requested.targetDepth() : saved.targetDepth();
        Long maxM = requested.maxMethodCoupling() != null ? requested.maxMethodCoupling() : saved.maxMethodCoupling();
        boolean risk =
                requested.riskFirst() != null ? requested.riskFirst() : saved.riskFirst() != null && saved.riskFirst();
        boolean layered = st == StrategyName.TOP_DOWN || st == StrategyName.BOTTOM_UP;
        if (!layered
                && (requested.granularity() != null || requested.order() != null || requested.riskFirst() != null)) {
            warnings.add("--granularity, --order and --risk-first apply to top-down and bottom-up only; " + st.key()
                    + " ignores them");
        } else if (layered && requested.order() != null && gr != Granularity.MODULE) {
            warnings.add("--order applies to --granularity module only");
        }
        if (st != StrategyName.SANDWICH && requested.targetDepth() != null) {
            warnings.add("--target-depth applies to sandwich only");
        }
        if (requested.maxMethodCoupling() != null && obj != Objective.AM) {
            warnings.add("--max-method-coupling applies to --objective am only; " + obj.key() + " ignores it");
        }
        if (requested.algorithm() != null && alg != CycleAlgorithm.EXACT && cyc != CyclePolicy.BREAK) {
            warnings.add("--algorithm applies to --cycles break only");
        }
        PlanOptions options = new PlanOptions(
                st, gr, ord, target, cyc, obj, risk, requested.cycleBudget(), alg, obj == Objective.AM ? maxM : null);
        return new Resolved(options, warnings);
    }

    private static <T> T pick(String requested, Function<String, T> parse, T saved, T fallback) {
        if (requested != null) {
            return parse.apply(requested);
        }
        return saved != null ? saved : fallback;
    }

    private static <T extends Number> T natural(String value, Function<String, T> parse) {
        T n;
        try {
            n = parse.apply(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not a whole number: '" + value + "'");
        }
        if (n.longValue() < 0) {
            throw new IllegalArgumentException("must not be negative, is " + n);
        }
        return n;
    }

    private static Boolean bool(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("must be true or false, is '" + value + "'");
        }
        return Boolean.valueOf(value);
    }

    /** The known key an unknown one most probably means: the same letters, or at most two edits away. */
    static String nearest(String key) {
        String k = squash(key);
        String best = null;
        int bestDistance = 3;
        for (String known : KEYS) {
            int d = distance(k, squash(known));
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return best;
    }

    private static String squash(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Parses settings, collecting one line per wrong value. */
    private static final class Reader {
        private final Map<String, String> settings;
        private final String source;
        private final List<String> errors = new ArrayList<>();

        Reader(Map<String, String> settings, String source) {
            this.settings = settings;
            this.source = source;
        }

        <T> T parse(String key, Function<String, T> parser) {
            String v = settings.get(key);
            if (v == null) {
                return null;
            }
            try {
                return parser.apply(v);
            } catch (IllegalArgumentException e) {
                errors.add(
                        source + ": setting '" + key + "' " + e.getMessage().replaceFirst("^unknown [^']*'", "is '"));
                return null;
            }
        }
    }
}
