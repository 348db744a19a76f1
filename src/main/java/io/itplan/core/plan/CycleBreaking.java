package io.itplan.core.plan;

import java.util.List;

/**
 * How a plan dealt with dependency cycles.
 *
 * @param policy              {@code break} or {@code cluster}
 * @param objective           what the broken set minimises: {@code stubs}, {@code cost} or {@code ocplx}
 * @param brokenDependencies  dependencies removed to make the graph acyclic, sorted
 * @param optimal             whether the broken set is proven minimal for the objective
 * @param lowerBound          a proven lower bound of the objective over all valid broken sets
 */
public record CycleBreaking(String policy, String objective, List<DependencyRef> brokenDependencies, boolean optimal,
                            double lowerBound) {
    public CycleBreaking {
        brokenDependencies = brokenDependencies.stream().sorted().toList();
    }
}
