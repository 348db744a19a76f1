package io.itplan.core.cycles;

import java.util.Arrays;

/**
 * The arcs a solver removes so that an {@link ArcProblem} becomes acyclic.
 *
 * @param removedArcs indices of the removed arcs, ascending
 * @param cost        the summed cost of the removed arcs
 * @param optimal     whether {@code cost} is proven minimal
 * @param lowerBound  a proven lower bound on the minimal cost ({@code == cost} when optimal)
 */
public record ArcSelection(int[] removedArcs, double cost, boolean optimal, double lowerBound) {

    public ArcSelection {
        removedArcs = removedArcs.clone();
        Arrays.sort(removedArcs);
    }

    @Override
    public int[] removedArcs() {
        return removedArcs.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArcSelection s
                && Arrays.equals(s.removedArcs, removedArcs)
                && s.cost == cost
                && s.optimal == optimal
                && s.lowerBound == lowerBound;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(removedArcs) * 31 + Double.hashCode(cost);
    }

    @Override
    public String toString() {
        return "ArcSelection[removed=" + Arrays.toString(removedArcs) + ", cost=" + cost + ", optimal=" + optimal
                + ", lowerBound=" + lowerBound + "]";
    }
}
