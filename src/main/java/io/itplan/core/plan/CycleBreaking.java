package io.itplan.core.plan;

import java.util.List;

/**
 * How a plan dealt with dependency cycles.
 *
 * @param policy              {@code break} or {@code cluster}
 * @param objective           what the broken set minimises: {@code stubs}, {@code cost}, {@code ocplx} or
 *                            {@code am} (attribute coupling A, within a limit on method coupling M)
 * @param brokenDependencies  dependencies removed to make the graph acyclic, sorted
 * @param optimal             whether the broken set is proven minimal for the objective
 * @param lowerBound          a proven lower bound of the objective over all valid broken sets (for {@code am},
 *                            of A among the sets within the M limit)
 * @param algorithm           the algorithm that chose the broken set: {@code exact} (itplan's own) or a classic
 *                            heuristic ({@code tai-daniels}, {@code le-traon}, {@code briand})
 */
public record CycleBreaking(
        String policy,
        String objective,
        List<DependencyRef> brokenDependencies,
        boolean optimal,
        double lowerBound,
        String algorithm) {
    public CycleBreaking {
        brokenDependencies = brokenDependencies.stream().sorted().toList();
        algorithm = algorithm == null ? "exact" : algorithm;
    }

    public CycleBreaking(
            String policy,
            String objective,
            List<DependencyRef> brokenDependencies,
            boolean optimal,
            double lowerBound) {
        this(policy, objective, brokenDependencies, optimal, lowerBound, "exact");
    }

    /**
     * The relative gap between {@code cost} (the objective's value of the broken set) and the lower bound:
     * 0 when proven optimal, 1 when nothing is known.
     */
    public double gap(double cost) {
        if (optimal || cost <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(1, (cost - lowerBound) / cost));
    }
}
