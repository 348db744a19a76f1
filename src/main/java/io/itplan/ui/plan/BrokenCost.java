package io.itplan.ui.plan;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Link;
import io.itplan.core.plan.CycleBreaking;
import io.itplan.core.plan.DependencyRef;
import io.itplan.core.plan.Metrics;
import io.itplan.core.strategy.CycleAlgorithm;
import io.itplan.core.strategy.Objective;
import java.util.List;
import java.util.Locale;

/**
 * What a set of broken dependencies costs under each objective, summed over the graph's links. (A plan's own
 * metrics count every stub of its steps, which for top-down and sandwich plans are more than the broken set.)
 *
 * @param count      number of broken dependencies
 * @param weight     summed stub weight
 * @param ocplx      summed stub complexity
 * @param attributes summed attribute coupling A
 * @param methods    summed method coupling M
 */
record BrokenCost(int count, double weight, double ocplx, long attributes, long methods) {

    /** The cost of breaking {@code broken} in {@code graph}; dependencies the graph does not have count nothing. */
    static BrokenCost of(DependencyGraph graph, List<DependencyRef> broken) {
        GraphIndex g = graph.index();
        int count = 0;
        double weight = 0;
        double ocplx = 0;
        long attributes = 0;
        long methods = 0;
        for (DependencyRef d : broken) {
            int from = g.indexOf(d.from());
            int to = g.indexOf(d.to());
            int li = from < 0 || to < 0 ? -1 : g.linkIndex(from, to);
            if (li >= 0) {
                Link l = g.link(li);
                count++;
                weight += l.weight();
                ocplx += g.complexity(li);
                attributes += l.attributes();
                methods += l.methods();
            }
        }
        return new BrokenCost(count, weight, ocplx, attributes, methods);
    }

    /** The value the objective minimises. */
    double value(Objective objective) {
        return switch (objective) {
            case STUBS -> count;
            case COST -> weight;
            case OCPLX -> ocplx;
            case AM -> attributes;
        };
    }

    /**
     * The broken dependencies of a plan of {@code graph} with what they cost under the objective and how far
     * from optimal that may be, e.g. {@code 154 dependencies broken (stubs) · lower bound 152 · gap 1.3 %},
     * the algorithm when it is a classic heuristic, and the first few dependencies.
     */
    static String summary(CycleBreaking cb, DependencyGraph graph) {
        Objective o = Objective.fromKey(cb.objective());
        BrokenCost cost = of(graph, cb.brokenDependencies());
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
            double gap = cb.gap(cost.value(o)) * 100;
            quality = " (" + value + ") · lower bound " + num(Metrics.round(cb.lowerBound())) + " · gap "
                    + (gap < 0.1 ? "< 0.1 %" : String.format(Locale.ROOT, "%.1f %%", gap));
        }
        CycleAlgorithm a = CycleAlgorithm.fromKey(cb.algorithm());
        return cb.brokenDependencies().size() + " dependencies broken" + quality
                + (a == CycleAlgorithm.EXACT ? "" : " · " + a.title()) + ": " + String.join(", ",
                cb.brokenDependencies().stream().limit(4).map(Object::toString).toList())
                + (cb.brokenDependencies().size() > 4 ? " …" : "");
    }

    /** A whole number as such, anything else with up to four decimals. */
    static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d)
                : String.format(Locale.ROOT, "%.4f", d).replaceFirst("\\.?0+$", "");
    }
}
