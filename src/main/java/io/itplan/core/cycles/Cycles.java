package io.itplan.core.cycles;

import io.itplan.core.graph.GraphIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/** Finding and naming cycles of a {@link GraphIndex}, restricted to the links a predicate accepts. */
public final class Cycles {
    private Cycles() {
    }

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
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int counter = 0;
        List<int[]> result = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = 0;
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                int[] outs = g.outLinks(v);
                if (callEdge[depth] < outs.length) {
                    int li = outs[callEdge[depth]++];
                    if (!acceptLink.test(li)) {
                        continue;
                    }
                    int w = g.link(li).to();
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    if (low[v] == index[v]) {
                        int start = sp;
                        do {
                            start--;
                        } while (stack[start] != v);
                        int[] comp = Arrays.copyOfRange(stack, start, sp);
                        for (int w : comp) {
                            onStack[w] = false;
                        }
                        sp = start;
                        Arrays.sort(comp);
                        result.add(comp);
                    }
                    depth--;
                    if (depth >= 0) {
                        int parent = callNode[depth];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }
        result.sort((a, b) -> Integer.compare(a[0], b[0]));
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
