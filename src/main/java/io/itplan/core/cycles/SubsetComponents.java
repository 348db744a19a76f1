package io.itplan.core.cycles;

import java.util.Arrays;
import java.util.List;

/**
 * Strongly connected components of a node subset (Tarjan's algorithm, iterative), over the arcs that are
 * still active and have both ends in the subset, with the frond count of every node. Used by the classic
 * CITO heuristics, which repeatedly re-decompose one component after removing arcs from it, so the work is
 * proportional to that component and not to the whole graph. Scratch arrays are allocated once.
 *
 * <p>The depth-first search starts at the subset's nodes in the order given and follows out-arcs in
 * ascending arc index, so results are deterministic. A <em>frond</em> is an arc from a node to one of its
 * ancestors on the current search path (Tarjan 1972); fronds always lie inside one component. Arcs to
 * nodes already visited but not on the path (Tarjan's cross-links) are not fronds.
 */
final class SubsetComponents {
    private final ArcGraph g;
    private final boolean[] active;
    private final int[] member;
    private int epoch;
    private final int[] index;
    private final int[] low;
    private final boolean[] onStack;
    private final boolean[] onPath;
    private final int[] stack;
    private final int[] callNode;
    private final int[] callEdge;
    private final int[] compOf;
    private final int[] fill;
    /** Incoming plus outgoing fronds of each node found by the last {@link #split}; valid for its nodes. */
    final int[] fronds;

    SubsetComponents(ArcGraph g, boolean[] active) {
        this.g = g;
        this.active = active;
        int n = g.n;
        member = new int[n];
        index = new int[n];
        low = new int[n];
        onStack = new boolean[n];
        onPath = new boolean[n];
        stack = new int[n];
        callNode = new int[n];
        callEdge = new int[n];
        compOf = new int[n];
        fill = new int[n];
        fronds = new int[n];
    }

    /**
     * The components of {@code nodes}, in the order Tarjan completes them, each listing its nodes in the
     * order they have in {@code nodes} (so ascending when {@code nodes} is).
     */
    List<int[]> split(int[] nodes) {
        int ep = ++epoch;
        for (int v : nodes) {
            member[v] = ep;
            index[v] = -1;
            fronds[v] = 0;
        }
        int count = 0;
        int sp = 0;
        int counter = 0;
        for (int root : nodes) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            enter(root, depth, counter++);
            stack[sp++] = root;
            while (depth >= 0) {
                int v = callNode[depth];
                if (callEdge[depth] < g.outStart[v + 1]) {
                    int a = g.outArcs[callEdge[depth]++];
                    int w = g.head[a];
                    if (!active[a] || member[w] != ep) {
                        continue;
                    }
                    if (index[w] < 0) {
                        depth++;
                        enter(w, depth, counter++);
                        stack[sp++] = w;
                    } else if (onStack[w]) {
                        if (onPath[w]) {
                            fronds[v]++;
                            fronds[w]++;
                        }
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                onPath[v] = false;
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack[--sp];
                        onStack[w] = false;
                        compOf[w] = count;
                    } while (w != v);
                    count++;
                }
                depth--;
                if (depth >= 0) {
                    int u = callNode[depth];
                    low[u] = Math.min(low[u], low[v]);
                }
            }
        }
        Arrays.fill(fill, 0, count, 0);
        for (int v : nodes) {
            fill[compOf[v]]++;
        }
        int[][] comps = new int[count][];
        for (int k = 0; k < count; k++) {
            comps[k] = new int[fill[k]];
            fill[k] = 0;
        }
        for (int v : nodes) {
            comps[compOf[v]][fill[compOf[v]]++] = v;
        }
        return Arrays.asList(comps);
    }

    private void enter(int v, int depth, int number) {
        index[v] = low[v] = number;
        onStack[v] = true;
        onPath[v] = true;
        callNode[depth] = v;
        callEdge[depth] = g.outStart[v];
    }

    /** Whether {@code v} was in the subset of the last {@link #split}. */
    boolean inLastSplit(int v) {
        return member[v] == epoch;
    }
}
