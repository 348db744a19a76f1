package io.itplan.core.strategy;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.plan.DependencyRef;
import java.util.BitSet;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Depth and height of every module once the broken dependencies are left out (DESIGN §4): depth is the longest
 * path from a root, height the longest path to a leaf. What the plan view draws as bands.
 *
 * @param depth  by module id
 * @param height by module id
 */
public record Levels(Map<String, Integer> depth, Map<String, Integer> height) {

    /**
     * The levels of {@code graph} without {@code broken}. Cycles that are left (none were broken: cluster
     * policy, big-bang) count as one unit, every member at the unit's level.
     */
    public static Levels of(DependencyGraph graph, Collection<DependencyRef> broken) {
        GraphIndex g = graph.index();
        BitSet removed = new BitSet();
        for (DependencyRef r : broken) {
            int li = g.linkIndex(g.indexOf(r.from()), g.indexOf(r.to()));
            if (li >= 0) {
                removed.set(li);
            }
        }
        boolean cyclic = !io.itplan.core.cycles.Cycles.findCycle(g, li -> !removed.get(li))
                .isEmpty();
        UnitDag dag = cyclic
                ? UnitDag.ofComponents(g, io.itplan.core.cycles.Cycles.components(g, li -> true))
                : UnitDag.ofModules(g, removed);
        Map<String, Integer> depth = new TreeMap<>();
        Map<String, Integer> height = new TreeMap<>();
        for (int u = 0; u < dag.size(); u++) {
            for (int v : dag.members(u)) {
                depth.put(g.id(v), dag.depth(u));
                height.put(g.id(v), dag.height(u));
            }
        }
        return new Levels(Map.copyOf(depth), Map.copyOf(height));
    }
}
