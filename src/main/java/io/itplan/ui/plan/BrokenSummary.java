package io.itplan.ui.plan;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.BrokenCost;
import io.itplan.core.plan.CycleBreaking;
import io.itplan.core.plan.Metrics;
import io.itplan.core.strategy.CycleAlgorithm;
import io.itplan.core.strategy.Objective;
import java.util.Locale;

/** The summary line of a plan's cycle breaking, for the Plan tab. */
final class BrokenSummary {
    private BrokenSummary() {}

    /**
     * The broken dependencies of a plan of {@code graph} with what they cost under the objective and how far
     * from optimal that may be, e.g. {@code 154 dependencies broken (stubs) · lower bound 152 · gap 1.3 %},
     * the algorithm when it is a classic heuristic, and the first few dependencies.
     */
    static String summary(CycleBreaking cb, DependencyGraph graph) {
        Objective o = Objective.fromKey(cb.objective());
        BrokenCost cost = BrokenCost.of(graph.index(), cb.brokenDependencies());
        String value = switch (o) {
            case STUBS -> "stubs";
            case COST -> "stub cost " + num(Metrics.round(cost.weight()));
            case OCPLX -> "OCplx " + num(Metrics.round(cost.ocplx()));
            case AM -> "A " + cost.attributes() + ", M " + cost.methods();
        };
        String quality;
        if (cb.optimal()) {
            quality = " (" + value + ", proven optimal)";
        } else if (cb.lowerBound() <= 0) {
            quality = " (" + value + ") · no lower bound";
        } else {
            double gap = cb.gap(cost.value(o.key())) * 100;
            quality = " (" + value + ") · lower bound " + num(Metrics.round(cb.lowerBound())) + " · gap "
                    + (gap < 0.1 ? "< 0.1 %" : String.format(Locale.ROOT, "%.1f %%", gap));
        }
        CycleAlgorithm a = CycleAlgorithm.fromKey(cb.algorithm());
        return io.itplan.app.text.Plural.count(cb.brokenDependencies().size(), "dependency") + " broken" + quality
                + (a == CycleAlgorithm.EXACT ? "" : " · " + a.title()) + ": "
                + String.join(
                        ", ",
                        cb.brokenDependencies().stream()
                                .limit(4)
                                .map(Object::toString)
                                .toList())
                + (cb.brokenDependencies().size() > 4 ? " …" : "");
    }

    /** A whole number as such, anything else with up to four decimals. */
    static String num(double d) {
        return d == Math.rint(d)
                ? String.valueOf((long) d)
                : String.format(Locale.ROOT, "%.4f", d).replaceFirst("\\.?0+$", "");
    }
}
