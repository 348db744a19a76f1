package io.itplan.core.cycles;

import java.util.Arrays;
import java.util.Objects;

/**
 * A directed graph on nodes {@code 0..nodeCount-1} whose cycles must be broken by removing arcs.
 *
 * <p>Arc {@code i} goes from {@code tail[i]} to {@code head[i]}, costs {@code cost[i]} (strictly positive)
 * to remove, and may be removed only when {@code breakable[i]}. Parallel arcs are allowed; self-loops are
 * not. The caller guarantees that the unbreakable arcs alone form no cycle, so a solution always exists.
 */
public record ArcProblem(int nodeCount, int[] tail, int[] head, double[] cost, boolean[] breakable) {

    public ArcProblem {
        Objects.requireNonNull(tail, "tail");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(breakable, "breakable");
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

    @Override
    public boolean equals(Object o) {
        return o instanceof ArcProblem p && p.nodeCount == nodeCount && Arrays.equals(p.tail, tail)
                && Arrays.equals(p.head, head) && Arrays.equals(p.cost, cost) && Arrays.equals(p.breakable, breakable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nodeCount, Arrays.hashCode(tail), Arrays.hashCode(head), Arrays.hashCode(cost),
                Arrays.hashCode(breakable));
    }

    @Override
    public String toString() {
        return "ArcProblem[nodes=" + nodeCount + ", arcs=" + tail.length + "]";
    }
}
