package io.itplan.core.cycles;

import java.util.Arrays;

/**
 * Compressed adjacency of an {@link ArcProblem} plus the graph routines the solvers share: acyclicity
 * tests, strongly connected components, shortest cycles and greedy cycle packing. Adjacency lists hold
 * arc indices in ascending order so every traversal, and hence every solver, is deterministic.
 */
final class ArcGraph {
    final ArcProblem problem;
    final int n;
    final int m;
    final int[] tail;
    final int[] head;
    final double[] cost;
    final boolean[] breakable;
    /** Out-arcs of node v are {@code outArcs[outStart[v] .. outStart[v+1])}. */
    final int[] outStart;

    final int[] outArcs;
    /** In-arcs of node v are {@code inArcs[inStart[v] .. inStart[v+1])}. */
    final int[] inStart;

    final int[] inArcs;

    ArcGraph(ArcProblem p) {
        this.problem = p;
        this.n = p.nodeCount();
        this.m = p.arcCount();
        this.tail = p.tail();
        this.head = p.head();
        this.cost = p.cost();
        this.breakable = p.breakable();
        outStart = new int[n + 1];
        inStart = new int[n + 1];
        for (int a = 0; a < m; a++) {
            outStart[tail[a] + 1]++;
            inStart[head[a] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            outStart[v + 1] += outStart[v];
            inStart[v + 1] += inStart[v];
        }
        outArcs = new int[m];
        inArcs = new int[m];
        int[] po = Arrays.copyOf(outStart, n);
        int[] pi = Arrays.copyOf(inStart, n);
        for (int a = 0; a < m; a++) {
            outArcs[po[tail[a]]++] = a;
            inArcs[pi[head[a]]++] = a;
        }
    }

    /** Whether the arcs with {@code active[a]} (all arcs when {@code active == null}) form no cycle. */
    boolean isAcyclic(boolean[] active) {
        return topologicalOrder(active) != null;
    }

    /**
     * A topological order of the nodes over the active arcs (all when {@code active == null}), smallest
     * ready node first, or {@code null} when the active arcs contain a cycle.
     */
    int[] topologicalOrder(boolean[] active) {
        int[] indeg = new int[n];
        for (int a = 0; a < m; a++) {
            if (active == null || active[a]) {
                indeg[head[a]]++;
            }
        }
        int[] order = new int[n];
        int qh = 0;
        int qt = 0;
        for (int v = 0; v < n; v++) {
            if (indeg[v] == 0) {
                order[qt++] = v;
            }
        }
        while (qh < qt) {
            int v = order[qh++];
            for (int i = outStart[v]; i < outStart[v + 1]; i++) {
                int a = outArcs[i];
                if ((active == null || active[a]) && --indeg[head[a]] == 0) {
                    order[qt++] = head[a];
                }
            }
        }
        return qt == n ? order : null;
    }

    /**
     * Strongly connected components over the active arcs (Tarjan's algorithm, iterative). Returns the
     * component number of every node; components are numbered in the order they are completed.
     */
    int[] components(boolean[] active) {
        int[] comp = new int[n];
        Arrays.fill(comp, -1);
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int counter = 0;
        int compCount = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = outStart[root];
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                if (callEdge[depth] < outStart[v + 1]) {
                    int a = outArcs[callEdge[depth]++];
                    if (active != null && !active[a]) {
                        continue;
                    }
                    int w = head[a];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = outStart[w];
                    } else if (onStack[w] && index[w] < low[v]) {
                        low[v] = index[w];
                    }
                } else {
                    if (low[v] == index[v]) {
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            comp[w] = compCount;
                        } while (w != v);
                        compCount++;
                    }
                    depth--;
                    if (depth >= 0) {
                        int u = callNode[depth];
                        if (low[v] < low[u]) {
                            low[u] = low[v];
                        }
                    }
                }
            }
        }
        return comp;
    }

    /** Arcs that go from a later to an earlier node of {@code order} (a permutation of the nodes). */
    boolean[] backwardArcs(int[] order) {
        int[] pos = new int[n];
        for (int i = 0; i < n; i++) {
            pos[order[i]] = i;
        }
        boolean[] back = new boolean[m];
        for (int a = 0; a < m; a++) {
            back[a] = pos[tail[a]] > pos[head[a]];
        }
        return back;
    }

    /** Breadth-first search scratch space, reusable across searches on the same graph. */
    static final class Bfs {
        final int[] stamp;
        final int[] parentArc;
        final int[] queue;
        int epoch;
        /** Arc scans performed so far, for callers that budget their work. */
        long work;

        Bfs(int n) {
            stamp = new int[n];
            parentArc = new int[n];
            queue = new int[n];
        }
    }

    /**
     * The arcs of a shortest cycle through arc {@code through} that uses only arcs with
     * {@code usable[a]}, or {@code null} when there is none. The cycle starts with {@code through}.
     */
    int[] shortestCycleThrough(int through, boolean[] usable, Bfs bfs) {
        int start = head[through];
        int goal = tail[through];
        int ep = ++bfs.epoch;
        if (ep == Integer.MAX_VALUE) {
            Arrays.fill(bfs.stamp, 0);
            bfs.epoch = ep = 1;
        }
        int qh = 0;
        int qt = 0;
        bfs.queue[qt++] = start;
        bfs.stamp[start] = ep;
        bfs.parentArc[start] = -1;
        boolean found = start == goal;
        while (qh < qt && !found) {
            int v = bfs.queue[qh++];
            for (int i = outStart[v]; i < outStart[v + 1]; i++) {
                int a = outArcs[i];
                bfs.work++;
                if (!usable[a]) {
                    continue;
                }
                int w = head[a];
                if (bfs.stamp[w] != ep) {
                    bfs.stamp[w] = ep;
                    bfs.parentArc[w] = a;
                    if (w == goal) {
                        found = true;
                        break;
                    }
                    bfs.queue[qt++] = w;
                }
            }
        }
        if (!found) {
            return null;
        }
        int len = 1;
        for (int v = goal; v != start; v = tail[bfs.parentArc[v]]) {
            len++;
        }
        int[] cycle = new int[len];
        cycle[0] = through;
        int k = len - 1;
        for (int v = goal; v != start; v = tail[bfs.parentArc[v]]) {
            cycle[k--] = bfs.parentArc[v];
        }
        return cycle;
    }

    /**
     * A lower bound on the minimum feedback arc set cost by greedy fractional cycle packing: repeatedly take
     * a shortest cycle among arcs whose residual cost is still positive (unbreakable arcs have infinite
     * residual), charge it the smallest residual of its arcs, and subtract that from each of them. The
     * charges form a feasible solution of the dual of the cycle-covering LP relaxation, so their sum is a
     * valid bound. Every cycle contains an arc of any feedback arc set, so only cycles through the
     * {@code seeds} (a feasible feedback arc set) are searched for.
     *
     * @param workLimit arc scans allowed before stopping early (the partial packing is still a bound)
     */
    double cyclePackingBound(int[] seeds, long workLimit, Deadline deadline) {
        double[] residual = new double[m];
        boolean[] usable = new boolean[m];
        for (int a = 0; a < m; a++) {
            residual[a] = breakable[a] ? cost[a] : Double.POSITIVE_INFINITY;
            usable[a] = true;
        }
        Bfs bfs = new Bfs(n);
        double bound = 0;
        int searches = 0;
        outer:
        for (int s : seeds) {
            while (usable[s]) {
                if (bfs.work > workLimit || ((++searches & 63) == 0 && deadline.expired())) {
                    break outer;
                }
                int[] cycle = shortestCycleThrough(s, usable, bfs);
                if (cycle == null) {
                    break;
                }
                double min = Double.POSITIVE_INFINITY;
                for (int a : cycle) {
                    min = Math.min(min, residual[a]);
                }
                bound += min;
                for (int a : cycle) {
                    if (residual[a] == min) {
                        residual[a] = 0;
                        usable[a] = false;
                    } else {
                        residual[a] -= min;
                    }
                }
            }
        }
        return bound;
    }

    /** Indices of the arcs flagged in {@code flags}, ascending. */
    static int[] indicesOf(boolean[] flags) {
        int c = 0;
        for (boolean f : flags) {
            if (f) {
                c++;
            }
        }
        int[] r = new int[c];
        c = 0;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                r[c++] = i;
            }
        }
        return r;
    }

    /** Summed cost of the arcs flagged in {@code flags}. */
    double costOf(boolean[] flags) {
        double c = 0;
        for (int a = 0; a < m; a++) {
            if (flags[a]) {
                c += cost[a];
            }
        }
        return c;
    }
}
