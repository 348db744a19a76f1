package io.itplan.core.cycles;

import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;

/**
 * Minimum-cost hitting set of a cycle family with a side constraint (Σ side ≤ limit), as an integer programme
 * solved by ojAlgo's branch and bound over linear relaxations. The LP bound sees the side constraint, which
 * the combinatorial search's packing bound cannot, so this is what solves the epsilon-constraint steps of the
 * (A, M) front.
 */
final class CoverIlp {
    private CoverIlp() {}

    /** How the programme ended. */
    enum Status {
        OPTIMAL,
        INFEASIBLE,
        STOPPED
    }

    /**
     * @param chosen the optimal set when {@code status == OPTIMAL}
     */
    record Answer(Status status, boolean[] chosen, double cost) {}

    /**
     * @param weight whole-number weights that order answers as {@code g.cost} does, or {@code null} to use the
     *               costs themselves (whole numbers keep the solver's exact arithmetic cheap)
     */
    static Answer solve(ArcGraph g, long[] weight, List<int[]> cycles, double[] side, double limit, Deadline deadline) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        // close the gap completely; search with one worker, so that the same problem always gives the same
        // answer; and generate no Gomory cuts, which cost more than they save on these small covering
        // programmes and were seen to cut off optimal answers of the front's steps
        model.options.integer(IntegerStrategy.newConfigurable()
                .withGapTolerance(NumberContext.of(12, 14))
                .withParallelism(() -> 1)
                .withGMICutConfiguration(new IntegerStrategy.GMICutConfiguration().withFractionality(1.0)));
        Variable[] x = new Variable[g.m];
        int[] column = new int[g.m];
        int columns = 0;
        for (int[] cyc : cycles) {
            if (cyc.length == 0) {
                return new Answer(Status.INFEASIBLE, null, Double.POSITIVE_INFINITY);
            }
            for (int a : cyc) {
                if (x[a] == null) {
                    x[a] = model.addVariable("x" + a).binary();
                    column[a] = columns++;
                    if (weight != null) {
                        x[a].weight(weight[a]);
                    } else {
                        x[a].weight(g.cost[a]);
                    }
                    if (side[a] > limit + 1e-9) {
                        x[a].upper(0);
                    }
                }
            }
        }
        int i = 0;
        for (int[] cyc : cycles) {
            Expression e = model.addExpression("c" + i++).lower(1);
            for (int a : cyc) {
                e.set(x[a], 1);
            }
        }
        if (!Double.isInfinite(limit)) {
            Expression s = model.addExpression("side").upper(limit);
            for (int a = 0; a < g.m; a++) {
                if (x[a] != null && side[a] != 0) {
                    s.set(x[a], side[a]);
                }
            }
        }
        if (deadline.expired()) {
            return new Answer(Status.STOPPED, null, 0);
        }
        Optimisation.Result r = model.minimise();
        if (r.getState() == Optimisation.State.INFEASIBLE) {
            return new Answer(Status.INFEASIBLE, null, Double.POSITIVE_INFINITY);
        }
        if (!r.getState().isOptimal()) {
            return new Answer(Status.STOPPED, null, 0);
        }
        boolean[] chosen = new boolean[g.m];
        double cost = 0;
        double weightSum = 0;
        double sideSum = 0;
        for (int a = 0; a < g.m; a++) {
            if (x[a] != null && r.doubleValue(column[a]) > 0.5) {
                chosen[a] = true;
                cost += g.cost[a];
                weightSum += weight != null ? weight[a] : g.cost[a];
                sideSum += side[a];
            }
        }
        // trust nothing that does not add up: a set that misses a cycle, breaks the limit or disagrees with
        // the reported optimum counts as no answer
        boolean consistent =
                sideSum <= limit + 1e-9 && Math.abs(weightSum - r.getValue()) <= 1e-6 * Math.max(1, weightSum);
        for (int[] cyc : cycles) {
            boolean hit = false;
            for (int a : cyc) {
                hit |= chosen[a];
            }
            consistent &= hit;
        }
        if (!consistent) {
            return new Answer(Status.STOPPED, null, 0);
        }
        return new Answer(Status.OPTIMAL, chosen, cost);
    }
}
