package io.itplan.app.layout;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Link;
import io.itplan.core.plan.DependencyRef;
import io.itplan.core.strategy.Levels;
import io.itplan.core.strategy.Planner;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The row of every module in a layered drawing, top row 0: the plan's levels (DESIGN §4, computed by
 * {@link Levels} once the broken dependencies are left out), so that a supplier is never drawn above its client
 * except across a dependency cycle breaking broke. By depth the roots are on top; by height every leaf is at
 * the bottom. Modules that share a level because they form one cycle (cluster policy, or a cycle nothing could
 * break) are split into sub-rows, clients above suppliers, so no dependency runs inside a row.
 */
final class LayoutRows {
    /** What breaking an unstubbable dependency costs a drawing, against 1 for any other. */
    private static final double UNSTUBBABLE_COST = 1000;

    private LayoutRows() {}

    /**
     * @param broken the dependencies the plan broke; {@code null} when there is no plan yet, in which case the
     *               cycles are broken here as a plan breaks them, within a fixed amount of work (so the same graph
     *               always gets the same rows)
     */
    static Map<String, Integer> of(DependencyGraph graph, Collection<DependencyRef> broken, boolean byHeight) {
        Collection<DependencyRef> cut = broken != null ? broken : ownBreaking(graph);
        Levels levels = Levels.of(graph, cut);
        Map<String, Integer> level = byHeight ? levels.height() : levels.depth();
        int top = level.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<String, Integer> down = new HashMap<>();
        level.forEach((id, l) -> down.put(id, byHeight ? top - l : l));
        Map<String, Integer> sub = subRows(graph, down, Set.copyOf(cut));
        TreeSet<Long> keys = new TreeSet<>();
        Map<String, Long> key = new HashMap<>();
        for (String id : down.keySet()) {
            long k = ((long) down.get(id) << 32) | sub.get(id);
            keys.add(k);
            key.put(id, k);
        }
        List<Long> order = new ArrayList<>(keys);
        Map<String, Integer> rows = new TreeMap<>();
        key.forEach((id, k) -> rows.put(id, java.util.Collections.binarySearch(order, k)));
        return rows;
    }

    /**
     * Few dependencies to break, by the planner's own cycle breaking (exact for small cycles, Lagrangian for large
     * ones). A drawing may break any dependency, but one that cannot be stubbed counts as a thousand, so a cycle
     * is cut where a plan would cut it. A greedy order alone (Eades, Lin and Smyth) cut 551 dependencies of a
     * 2,000-module system where this cuts 13; each cut one is a long edge up the drawing that ELK must route.
     */
    private static Collection<DependencyRef> ownBreaking(DependencyGraph graph) {
        GraphIndex g = graph.index();
        double[] cost = new double[g.linkCount()];
        for (int li = 0; li < cost.length; li++) {
            cost[li] = g.link(li).stubbable() ? 1 : UNSTUBBABLE_COST;
        }
        BitSet cut = Planner.standardCycleBreaker().breakAnyLinks(g, cost).broken();
        List<DependencyRef> out = new ArrayList<>();
        for (int li = cut.nextSetBit(0); li >= 0; li = cut.nextSetBit(li + 1)) {
            Link l = g.link(li);
            out.add(new DependencyRef(g.id(l.from()), g.id(l.to())));
        }
        return out;
    }

    /**
     * Within each row, the longest path from the row's clients over the dependencies that stay inside the row
     * (depth-first back edges, in id order, are left out where they still form cycles).
     */
    private static Map<String, Integer> subRows(
            DependencyGraph graph, Map<String, Integer> row, Set<DependencyRef> broken) {
        GraphIndex g = graph.index();
        int n = g.size();
        List<List<Integer>> inRow = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            inRow.add(new ArrayList<>());
        }
        for (int li = 0; li < g.linkCount(); li++) {
            Link l = g.link(li);
            String u = g.id(l.from());
            String v = g.id(l.to());
            if (row.get(u).equals(row.get(v)) && !broken.contains(new DependencyRef(u, v))) {
                inRow.get(l.from()).add(l.to());
            }
        }
        // Depth-first finishing order without back edges gives a topological order of what remains.
        int[] state = new int[n];
        int[] finish = new int[n];
        int done = 0;
        List<int[]> kept = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (state[s] != 0) {
                continue;
            }
            java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
            stack.push(new int[] {s, 0});
            state[s] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                List<Integer> next = inRow.get(top[0]);
                if (top[1] < next.size()) {
                    int w = next.get(top[1]++);
                    if (state[w] == 0) {
                        kept.add(new int[] {top[0], w});
                        state[w] = 1;
                        stack.push(new int[] {w, 0});
                    } else if (state[w] == 2) {
                        kept.add(new int[] {top[0], w});
                    }
                } else {
                    state[top[0]] = 2;
                    finish[done++] = top[0];
                    stack.pop();
                }
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            out.add(new ArrayList<>());
        }
        kept.forEach(e -> out.get(e[0]).add(e[1]));
        int[] sub = new int[n];
        for (int i = done - 1; i >= 0; i--) {
            int u = finish[i];
            for (int w : out.get(u)) {
                sub[w] = Math.max(sub[w], sub[u] + 1);
            }
        }
        Map<String, Integer> result = new HashMap<>();
        for (int v = 0; v < n; v++) {
            result.put(g.id(v), sub[v]);
        }
        return result;
    }
}
