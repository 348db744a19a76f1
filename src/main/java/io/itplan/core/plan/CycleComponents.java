package io.itplan.core.plan;

import io.itplan.core.graph.GraphIndex;
import java.util.Arrays;

/**
 * The strongly connected components of a graph's modules, for the referee's check that a broken dependency lies on a
 * cycle: Kosaraju's algorithm (Sharir 1981) in two iterative depth-first passes over the graph's own index, linear in
 * modules and dependencies, and independent of the cycle breakers it checks.
 */
final class CycleComponents {
    private CycleComponents() {}

    /** The component of each module: two modules share one exactly when each reaches the other. */
    static int[] of(GraphIndex g) {
        int n = g.size();
        int[] finished = finishingOrder(g);
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] stack = new int[n];
        int count = 0;
        for (int i = n - 1; i >= 0; i--) {
            int start = finished[i];
            if (component[start] >= 0) {
                continue;
            }
            int top = 0;
            stack[0] = start;
            component[start] = count;
            while (top >= 0) {
                int u = stack[top--];
                for (int li : g.inLinks(u)) {
                    int v = g.link(li).from();
                    if (component[v] < 0) {
                        component[v] = count;
                        stack[++top] = v;
                    }
                }
            }
            count++;
        }
        return component;
    }

    /** The modules in the order a depth-first search along the dependencies finishes them. */
    private static int[] finishingOrder(GraphIndex g) {
        int n = g.size();
        int[] order = new int[n];
        int filled = 0;
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int[] next = new int[n];
        for (int start = 0; start < n; start++) {
            if (seen[start]) {
                continue;
            }
            int top = 0;
            stack[0] = start;
            next[0] = 0;
            seen[start] = true;
            while (top >= 0) {
                int u = stack[top];
                int[] out = g.outLinks(u);
                if (next[top] < out.length) {
                    int v = g.link(out[next[top]++]).to();
                    if (!seen[v]) {
                        seen[v] = true;
                        stack[++top] = v;
                        next[top] = 0;
                    }
                } else {
                    order[filled++] = u;
                    top--;
                }
            }
        }
        return order;
    }
}
