package io.itplan.cli;

import io.itplan.app.text.Plural;
import io.itplan.core.cycles.CouplingFront;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.plan.BrokenCost;
import io.itplan.core.plan.CycleBreaking;
import io.itplan.core.strategy.CycleAlgorithm;
import java.io.PrintWriter;
import java.util.Locale;

/** Cycle breaking told for people: what the broken set costs, how far from the optimum it may be, the (A, M) front. */
final class CycleSummary {
    private CycleSummary() {}

    /** The objective's value of the broken set. */
    static double cost(GraphIndex g, CycleBreaking cb) {
        return BrokenCost.of(g, cb.brokenDependencies()).value(cb.objective());
    }

    /**
     * One line: how many dependencies were broken, by which algorithm unless itplan's own, for which objective,
     * and whether that is proven optimal, else the lower bound and the gap to it.
     *
     * @param budgeted whether cycle breaking had a wall-clock budget (else the default amount of work)
     */
    static String line(GraphIndex g, CycleBreaking cb, boolean budgeted) {
        CycleAlgorithm algorithm = CycleAlgorithm.fromKey(cb.algorithm());
        StringBuilder b = new StringBuilder("cycles: ")
                .append(Plural.count(cb.brokenDependencies().size(), "dependency"))
                .append(" broken");
        if (algorithm != CycleAlgorithm.EXACT) {
            b.append(" by ")
                    .append(algorithm.key())
                    .append(" [")
                    .append(algorithm.title())
                    .append(']');
        }
        b.append(" (").append(cb.objective());
        if (cb.optimal()) {
            return b.append(", proven optimal)").toString();
        }
        double cost = cost(g, cb);
        if (cb.lowerBound() > 0) {
            b.append(", lower bound ")
                    .append(Tables.number(cb.lowerBound()))
                    .append(", gap ")
                    .append(percent(cb.gap(cost)));
        } else {
            b.append(", no lower bound");
        }
        return b.append(", not proven optimal: ")
                .append(
                        algorithm != CycleAlgorithm.EXACT
                                ? "a heuristic"
                                : budgeted
                                        ? "time budget ended"
                                        : "default amount of work done, --cycle-budget allows more")
                .append(')')
                .toString();
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    /** {@code (A, M)}. */
    static String point(CouplingFront.Point p) {
        return "(" + p.attributes() + ", " + p.methods() + ")";
    }

    /** The front as a table, {@code chosen} (may be null) marked with {@code *}. */
    static void printFront(PrintWriter out, CouplingFront.Front front, CouplingFront.Point chosen) {
        out.println("(A, M) front: " + front.points().size() + (front.points().size() == 1 ? " point, " : " points, ")
                + (front.exact() ? "exact" : "approximate, A at least " + Tables.number(front.attributeLowerBound()))
                + (chosen == null ? "" : "; * marks the plan's"));
        Tables t = new Tables("", "A", "M", "stubs").numeric(1, 2, 3);
        for (CouplingFront.Point p : front.points()) {
            t.add(
                    p == chosen ? "*" : "",
                    String.valueOf(p.attributes()),
                    String.valueOf(p.methods()),
                    String.valueOf(p.count()));
        }
        t.print(out);
    }
}
