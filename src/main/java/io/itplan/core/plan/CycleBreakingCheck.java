package io.itplan.core.plan;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import java.util.HashSet;
import java.util.Set;

/**
 * The plan checker's cycle part: known policy, objective and algorithm; every broken dependency exists, is
 * stubbable and lies on a cycle (strongly connected components found here, {@link CycleComponents}); and the lower bound is at
 * most what the broken set costs, equal to it when the plan says optimal.
 */
final class CycleBreakingCheck {
    private static final double TOLERANCE = 1e-6;

    private CycleBreakingCheck() {}

    static void check(DependencyGraph graph, CycleBreaking cb, Problems problems) {
        GraphIndex g = graph.index();
        if (!Set.of("break", "cluster").contains(cb.policy())) {
            problems.add("cycleBreaking: unknown policy '" + cb.policy() + "'");
        }
        boolean knownObjective = BrokenCost.OBJECTIVES.contains(cb.objective());
        if (!knownObjective) {
            problems.add("cycleBreaking: unknown objective '" + cb.objective() + "'");
        }
        if (!Set.of("exact", "tai-daniels", "le-traon", "briand").contains(cb.algorithm())) {
            problems.add("cycleBreaking: unknown algorithm '" + cb.algorithm() + "'");
        }
        int[] component = CycleComponents.of(g);
        Set<DependencyRef> seen = new HashSet<>();
        double cost = 0;
        for (DependencyRef r : cb.brokenDependencies()) {
            if (!seen.add(r)) {
                problems.add("cycleBreaking: " + r + " is listed twice");
                continue;
            }
            int u = g.indexOf(r.from());
            int v = g.indexOf(r.to());
            int li = u < 0 || v < 0 ? -1 : g.linkIndex(u, v);
            if (li < 0) {
                problems.add("cycleBreaking: broken dependency " + r + " is not in the graph");
            } else if (!g.link(li).stubbable()) {
                problems.add("cycleBreaking: broken dependency " + r + " is not stubbable");
            } else if (component[u] != component[v]) {
                problems.add("cycleBreaking: broken dependency " + r + " lies on no cycle");
            } else if (knownObjective) {
                cost += BrokenCost.linkCost(g, li, cb.objective());
            }
        }
        double bound = cb.lowerBound();
        double tolerance = TOLERANCE * Math.max(1, cost);
        if (!(bound >= 0) || Double.isInfinite(bound)) {
            problems.add("cycleBreaking: lowerBound must be a number, 0 or more");
        } else if (bound > cost + tolerance) {
            problems.add("cycleBreaking: lowerBound " + bound + " is above the " + cb.objective()
                    + " of the broken dependencies, " + Metrics.round(cost));
        } else if (cb.optimal() && bound < cost - tolerance) {
            problems.add("cycleBreaking: optimal, yet lowerBound " + bound + " is below the " + cb.objective()
                    + " of the broken dependencies, " + Metrics.round(cost));
        }
    }
}
