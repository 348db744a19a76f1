package io.itplan.core.cycles;

import io.itplan.core.graph.GraphIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/** Finding and naming cycles of a {@link GraphIndex}, restricted to the links a predicate accepts. */
public final class Cycles {
    private Cycles() {}

    /**
     * A shortest cycle through the smallest module of the first cyclic component among the accepted
     * links, as module indices in dependency order, or an empty list when they form no cycle.
     */
    public static List<Integer> findCycle(GraphIndex g, IntPredicate acceptLink) {
        for (int[] comp : components(g, acceptLink)) {
            if (comp.length > 1) {
                return shortestCycleThrough(g, comp[0], acceptLink);
            }
        }
        return List.of();
    }

    /** A shortest cycle through {@code start} over accepted links (breadth-first), or empty. */
    public static List<Integer> shortestCycleThrough(GraphIndex g, int start, IntPredicate acceptLink) {
        int n = g.size();
        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        parent[start] = start;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int li : g.outLinks(v)) {
                if (!acceptLink.test(li)) {
                    continue;
                }
                int w = g.link(li).to();
                if (w == start) {
                    List<Integer> path = new ArrayList<>();
                    for (int x = v; x != start; x = parent[x]) {
                        path.add(x);
                    }
                    path.add(start);
                    java.util.Collections.reverse(path);
                    return path;
                }
                if (parent[w] < 0) {
                    parent[w] = v;
                    queue.add(w);
                }
            }
        }
        return List.of();
    }

    /** Strongly connected components over accepted links, each ascending, ordered by smallest member. */
    public static List<int[]> components(GraphIndex g, IntPredicate acceptLink) {
        int n = g.size();
        int m = g.linkCount();
        int[] tail = new int[m];
        int[] head = new int[m];
        double[] cost = new double[m];
        boolean[] active = new boolean[m];
        for (int li = 0; li < m; li++) {
            tail[li] = g.link(li).from();
            head[li] = g.link(li).to();
            cost[li] = 1;
            active[li] = acceptLink.test(li);
        }
        int[] label = new ArcGraph(new ArcProblem(n, tail, head, cost, active)).components(active);
        int[] size = new int[n];
        for (int v = 0; v < n; v++) {
            size[label[v]]++;
        }
        int[][] byLabel = new int[n][];
        int[] filled = new int[n];
        List<int[]> result = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            int c = label[v];
            if (byLabel[c] == null) {
                byLabel[c] = new int[size[c]];
                result.add(byLabel[c]);
            }
            byLabel[c][filled[c]++] = v;
        }
        return result;
    }

    /**
     * A strongly connected component of two or more modules, as an arc problem's graph: its modules
     * renumbered from 0 (in ascending order), and arc {@code i} the graph's link {@code links[i]}, from
     * {@code tail[i]} to {@code head[i]}, breakable when the link is stubbable.
     */
    record CyclicComponent(int size, int[] links, int[] tail, int[] head, boolean[] breakable) {}

    /** The components of {@code g} that hold a cycle, with the links inside each. */
    static List<CyclicComponent> cyclicComponents(GraphIndex g) {
        List<int[]> components = components(g, li -> true);
        int[] componentOf = new int[g.size()];
        int[] local = new int[g.size()];
        for (int c = 0; c < components.size(); c++) {
            int[] comp = components.get(c);
            for (int i = 0; i < comp.length; i++) {
                componentOf[comp[i]] = c;
                local[comp[i]] = i;
            }
        }
        List<CyclicComponent> result = new ArrayList<>();
        for (int[] comp : components) {
            if (comp.length < 2) {
                continue;
            }
            int m = 0;
            for (int v : comp) {
                for (int li : g.outLinks(v)) {
                    if (componentOf[g.link(li).to()] == componentOf[v]) {
                        m++;
                    }
                }
            }
            int[] links = new int[m];
            int[] tail = new int[m];
            int[] head = new int[m];
            boolean[] breakable = new boolean[m];
            int i = 0;
            for (int v : comp) {
                for (int li : g.outLinks(v)) {
                    int w = g.link(li).to();
                    if (componentOf[w] == componentOf[v]) {
                        links[i] = li;
                        tail[i] = local[v];
                        head[i] = local[w];
                        breakable[i] = g.link(li).stubbable();
                        i++;
                    }
                }
            }
            result.add(new CyclicComponent(comp.length, links, tail, head, breakable));
        }
        return result;
    }

    /** Throws {@link UnbreakableCycleException} naming a cycle of unstubbable links, if there is one. */
    public static void requireBreakable(GraphIndex g) {
        List<Integer> cycle = findCycle(g, li -> !g.link(li).stubbable());
        if (!cycle.isEmpty()) {
            throw new UnbreakableCycleException(cycle.stream().map(g::id).toList());
        }
    }
}
