package io.itplan.core.cycles;

import java.util.Arrays;
import java.util.Objects;

/**
 * A directed graph on nodes {@code 0..nodeCount-1} whose cycles must be broken by removing arcs.
 *
 * <p>Arc {@code i} goes from {@code tail[i]} to {@code head[i]}, costs {@code cost[i]} (strictly positive)
 * to remove, and may be removed only when {@code breakable[i]}. Parallel arcs are allowed; self-loops are
 * not. The caller guarantees that the unbreakable arcs alone form no cycle, so a solution always exists.
 *
 * <p>{@code unit} is 0 for a real-valued objective. For a whole-number objective (such as the number of stubs)
 * it is the objective's unit: every cost is a whole number of units plus a tie-breaking share, and the
 * shares of all arcs add up to less than half a unit. A lower bound then proves an answer optimal for the
 * objective as soon as no answer with fewer whole units can exist (see {@link #proves}).
 */
public record ArcProblem(int nodeCount, int[] tail, int[] head, double[] cost, boolean[] breakable, double unit) {

    public ArcProblem(int nodeCount, int[] tail, int[] head, double[] cost, boolean[] breakable) {
        this(nodeCount, tail, head, cost, breakable, 0);
    }

    public ArcProblem {
        Objects.requireNonNull(tail, "tail");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(breakable, "breakable");
        if (!(unit >= 0) || Double.isInfinite(unit)) {
            throw new IllegalArgumentException("unit must be 0 or positive and finite, was " + unit);
        }
        int m = tail.length;
        if (head.length != m || cost.length != m || breakable.length != m) {
            throw new IllegalArgumentException("arc arrays differ in length");
        }
        for (int i = 0; i < m; i++) {
            if (tail[i] < 0 || tail[i] >= nodeCount || head[i] < 0 || head[i] >= nodeCount) {
                throw new IllegalArgumentException("arc " + i + " has an end outside 0.." + (nodeCount - 1));
            }
            if (tail[i] == head[i]) {
                throw new IllegalArgumentException("arc " + i + " is a self-loop");
            }
            if (!(cost[i] > 0) || Double.isInfinite(cost[i])) {
                throw new IllegalArgumentException("arc " + i + " has a cost that is not positive and finite");
            }
        }
    }

    public int arcCount() {
        return tail.length;
    }

    /**
     * Whether {@code lowerBound} proves that an answer costing {@code cost} is optimal: for a real-valued
     * objective when the two meet (within 1e-9), for a whole-number one when every answer costs at least as
     * many whole units.
     */
    public boolean proves(double lowerBound, double cost) {
        if (lowerBound >= cost - 1e-9) {
            return true;
        }
        if (unit == 0) {
            return false;
        }
        double fewestUnits = Math.ceil((lowerBound - unit / 2) / unit - 1e-9);
        return fewestUnits >= Math.floor(cost / unit + 1e-9);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArcProblem p
                && p.nodeCount == nodeCount
                && Arrays.equals(p.tail, tail)
                && Arrays.equals(p.head, head)
                && Arrays.equals(p.cost, cost)
                && Arrays.equals(p.breakable, breakable)
                && p.unit == unit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                nodeCount,
                unit,
                Arrays.hashCode(tail),
                Arrays.hashCode(head),
                Arrays.hashCode(cost),
                Arrays.hashCode(breakable));
    }

    @Override
    public String toString() {
        return "ArcProblem[nodes=" + nodeCount + ", arcs=" + tail.length + "]";
    }
}
