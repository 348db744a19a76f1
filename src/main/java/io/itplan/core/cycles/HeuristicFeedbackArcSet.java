package io.itplan.core.cycles;

import java.util.Arrays;

/**
 * Fast, good-but-not-always-optimal feedback arc set: orders the nodes and removes the arcs that point
 * backward in the order.
 *
 * <p>The order comes from the greedy heuristic of Eades, Lin &amp; Smyth ("A fast and effective heuristic
 * for the feedback arc set problem", Information Processing Letters 47, 1993) in its weighted form:
 * sinks are moved to the end and sources to the front; when neither exists the node with the largest
 * out-weight minus in-weight goes to the front. To honour unbreakable arcs the choice is restricted to
 * nodes whose unbreakable in-arcs all come from nodes already placed in front, so the order is always a
 * linear extension of the unbreakable arcs and none of them ever points backward. The order is then
 * improved by sifting: each node in turn is moved to the position, between its unbreakable predecessors
 * and successors, that minimises the cost of its backward arcs (a one-node insertion local search in
 * the spirit of the sifting used for the linear ordering problem), repeated until a pass improves
 * nothing, a pass limit is reached or the deadline expires. Greedy ordering takes O((n + m) log n), each
 * sifting pass O(m log m).
 *
 * <p>The reported lower bound comes from greedy fractional cycle packing (shortest cycles, residual cost
 * subtraction), a feasible dual of the cycle-covering LP, so {@code optimal} is set only when the bound
 * meets the cost (within 1e-9). Deterministic: ties are broken by the lowest node or arc index.
 */
public final class HeuristicFeedbackArcSet implements FeedbackArcSetSolver {

    /** Sifting passes at most; each pass visits every node once. */
    static final int MAX_SIFT_PASSES = 40;

    private static final double EPS = 1e-9;

    @Override
    public ArcSelection solve(ArcProblem problem, Deadline deadline) {
        ArcGraph g = new ArcGraph(problem);
        if (g.m == 0) {
            return new ArcSelection(new int[0], 0, true, 0);
        }
        int[] order = sift(g, greedyOrder(g, null), deadline, MAX_SIFT_PASSES);
        boolean[] back = g.backwardArcs(order);
        int[] removed = ArcGraph.indicesOf(back);
        double cost = g.costOf(back);
        if (removed.length == 0) {
            return new ArcSelection(removed, 0, true, 0);
        }
        long workLimit = 40L * (g.n + g.m) + 1_000_000L;
        double lb = Math.min(cost, g.cyclePackingBound(removed, workLimit, deadline));
        boolean optimal = lb >= cost - EPS;
        return new ArcSelection(removed, cost, optimal, optimal ? cost : lb);
    }

    /**
     * Weighted Eades–Lin–Smyth order over the active arcs ({@code null}: all arcs) in which every active
     * unbreakable arc points forward.
     */
    static int[] greedyOrder(ArcGraph g, boolean[] active) {
        int n = g.n;
        int[] outDeg = new int[n];
        int[] inDeg = new int[n];
        int[] ubIn = new int[n];
        double[] outW = new double[n];
        double[] inW = new double[n];
        for (int a = 0; a < g.m; a++) {
            if (active != null && !active[a]) {
                continue;
            }
            int t = g.tail[a];
            int h = g.head[a];
            outDeg[t]++;
            inDeg[h]++;
            outW[t] += g.cost[a];
            inW[h] += g.cost[a];
            if (!g.breakable[a]) {
                ubIn[h]++;
            }
        }
        boolean[] placed = new boolean[n];
        int[] sinks = new int[n];
        int[] sources = new int[n];
        int sinkHead = 0;
        int sinkTail = 0;
        int srcHead = 0;
        int srcTail = 0;
        MaxHeap heap = new MaxHeap(n);
        for (int v = 0; v < n; v++) {
            if (outDeg[v] == 0) {
                sinks[sinkTail++] = v;
            } else if (inDeg[v] == 0) {
                sources[srcTail++] = v;
            }
            if (ubIn[v] == 0) {
                heap.insert(v, outW[v] - inW[v]);
            }
        }
        int[] order = new int[n];
        int left = 0;
        int right = n - 1;
        while (left <= right) {
            int v;
            boolean front;
            if (sinkHead < sinkTail) {
                v = sinks[sinkHead++];
                if (placed[v]) {
                    continue;
                }
                front = false;
            } else if (srcHead < srcTail) {
                v = sources[srcHead++];
                if (placed[v] || inDeg[v] != 0) {
                    continue;
                }
                front = true;
            } else {
                if (heap.isEmpty()) {
                    throw new IllegalArgumentException("the unbreakable arcs form a cycle");
                }
                v = heap.top();
                front = true;
            }
            placed[v] = true;
            heap.remove(v);
            if (front) {
                order[left++] = v;
            } else {
                order[right--] = v;
            }
            for (int i = g.outStart[v]; i < g.outStart[v + 1]; i++) {
                int a = g.outArcs[i];
                int w = g.head[a];
                if ((active != null && !active[a]) || placed[w]) {
                    continue;
                }
                inDeg[w]--;
                inW[w] -= g.cost[a];
                if (!g.breakable[a] && --ubIn[w] == 0) {
                    heap.insert(w, outW[w] - inW[w]);
                } else if (heap.contains(w)) {
                    heap.update(w, outW[w] - inW[w]);
                }
                if (inDeg[w] == 0 && outDeg[w] != 0) {
                    sources[srcTail++] = w;
                }
            }
            for (int i = g.inStart[v]; i < g.inStart[v + 1]; i++) {
                int a = g.inArcs[i];
                int u = g.tail[a];
                if ((active != null && !active[a]) || placed[u]) {
                    continue;
                }
                outDeg[u]--;
                outW[u] -= g.cost[a];
                if (heap.contains(u)) {
                    heap.update(u, outW[u] - inW[u]);
                }
                if (outDeg[u] == 0) {
                    sinks[sinkTail++] = u;
                }
            }
        }
        return order;
    }

    /**
     * Improves {@code order} by one-node insertion moves over all arcs of {@code g}: each node moves to the
     * cheapest position that keeps its unbreakable arcs forward, if that is strictly cheaper. Stops after a
     * pass without moves, after {@code maxPasses} passes or when the deadline expires. {@code order} must
     * already keep every unbreakable arc forward; the result does too and never costs more.
     */
    static int[] sift(ArcGraph g, int[] order, Deadline deadline, int maxPasses) {
        int n = g.n;
        if (n < 3) {
            return order;
        }
        LinkedOrder list = new LinkedOrder(order);
        int maxDeg = 0;
        for (int v = 0; v < n; v++) {
            maxDeg = Math.max(maxDeg, g.outStart[v + 1] - g.outStart[v] + g.inStart[v + 1] - g.inStart[v]);
        }
        double[] wOut = new double[n];
        double[] wIn = new double[n];
        boolean[] ubOut = new boolean[n];
        boolean[] ubIn = new boolean[n];
        int[] mark = new int[n];
        int visit = 0;
        int[] nbr = new int[maxDeg];
        long[] keys = new long[maxDeg];
        for (int pass = 0; pass < maxPasses; pass++) {
            if (deadline.expired()) {
                break;
            }
            boolean moved = false;
            int[] snapshot = list.toArray();
            for (int v : snapshot) {
                int cnt = 0;
                visit++;
                for (int i = g.outStart[v]; i < g.outStart[v + 1]; i++) {
                    int a = g.outArcs[i];
                    int u = g.head[a];
                    if (mark[u] != visit) {
                        mark[u] = visit;
                        wOut[u] = 0;
                        wIn[u] = 0;
                        ubOut[u] = false;
                        ubIn[u] = false;
                        nbr[cnt++] = u;
                    }
                    wOut[u] += g.cost[a];
                    ubOut[u] |= !g.breakable[a];
                }
                for (int i = g.inStart[v]; i < g.inStart[v + 1]; i++) {
                    int a = g.inArcs[i];
                    int u = g.tail[a];
                    if (mark[u] != visit) {
                        mark[u] = visit;
                        wOut[u] = 0;
                        wIn[u] = 0;
                        ubOut[u] = false;
                        ubIn[u] = false;
                        nbr[cnt++] = u;
                    }
                    wIn[u] += g.cost[a];
                    ubIn[u] |= !g.breakable[a];
                }
                if (cnt == 0) {
                    continue;
                }
                for (int j = 0; j < cnt; j++) {
                    keys[j] = ((long) list.label[nbr[j]] << 32) | nbr[j];
                }
                Arrays.sort(keys, 0, cnt);
                long own = list.label[v];
                int lo = 0;
                int hi = cnt;
                int cur = 0;
                double slotCost = 0;
                for (int j = 0; j < cnt; j++) {
                    int u = (int) keys[j];
                    nbr[j] = u;
                    if ((keys[j] >>> 32) < own) {
                        cur = j + 1;
                    }
                    if (ubIn[u]) {
                        lo = j + 1;
                    }
                    if (ubOut[u] && hi == cnt) {
                        hi = j;
                    }
                    slotCost += wIn[u];
                }
                // slot k: v placed after nbr[0..k) and before nbr[k..cnt)
                double curCost = 0;
                double bestCost = Double.POSITIVE_INFINITY;
                int bestK = -1;
                for (int k = 0; k <= cnt; k++) {
                    if (k == cur) {
                        curCost = slotCost;
                    }
                    if (k >= lo && k <= hi && slotCost < bestCost) {
                        bestCost = slotCost;
                        bestK = k;
                    }
                    if (k < cnt) {
                        slotCost += wOut[nbr[k]] - wIn[nbr[k]];
                    }
                }
                if (bestK >= 0 && bestK != cur && bestCost < curCost - EPS) {
                    list.unlink(v);
                    int after = bestK == 0 ? list.prev[nbr[0]] : nbr[bestK - 1];
                    list.insertAfter(after, v);
                    moved = true;
                }
            }
            if (!moved) {
                break;
            }
        }
        return list.toArray();
    }

    /** A node order as a doubly linked list with integer labels that increase along the list. */
    private static final class LinkedOrder {
        final int n;
        final int sentinel;
        final int[] next;
        final int[] prev;
        final int[] label;
        final int gap;

        LinkedOrder(int[] order) {
            n = order.length;
            sentinel = n;
            next = new int[n + 1];
            prev = new int[n + 1];
            label = new int[n + 1];
            gap = Math.max(1, (Integer.MAX_VALUE - 1) / (n + 2));
            int p = sentinel;
            for (int v : order) {
                next[p] = v;
                prev[v] = p;
                p = v;
            }
            next[p] = sentinel;
            prev[sentinel] = p;
            relabel();
        }

        void relabel() {
            int l = 0;
            for (int v = next[sentinel]; v != sentinel; v = next[v]) {
                l += gap;
                label[v] = l;
            }
        }

        void unlink(int v) {
            next[prev[v]] = next[v];
            prev[next[v]] = prev[v];
        }

        void insertAfter(int a, int v) {
            int b = next[a];
            next[a] = v;
            prev[v] = a;
            next[v] = b;
            prev[b] = v;
            long la = a == sentinel ? 0 : label[a];
            long lb = b == sentinel ? Integer.MAX_VALUE : label[b];
            if (lb - la < 2) {
                relabel();
            } else {
                label[v] = (int) (la + (lb - la) / 2);
            }
        }

        int[] toArray() {
            int[] r = new int[n];
            int i = 0;
            for (int v = next[sentinel]; v != sentinel; v = next[v]) {
                r[i++] = v;
            }
            return r;
        }
    }

    /** Indexed binary max-heap of nodes keyed by a double; equal keys favour the lower node index. */
    private static final class MaxHeap {
        private final int[] heap;
        private final int[] pos;
        private final double[] key;
        private int size;

        MaxHeap(int n) {
            heap = new int[n];
            pos = new int[n];
            key = new double[n];
            Arrays.fill(pos, -1);
        }

        boolean contains(int v) {
            return pos[v] >= 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        int top() {
            return heap[0];
        }

        void insert(int v, double k) {
            key[v] = k;
            heap[size] = v;
            pos[v] = size;
            size++;
            up(size - 1);
        }

        void update(int v, double k) {
            key[v] = k;
            up(pos[v]);
            down(pos[v]);
        }

        void remove(int v) {
            int i = pos[v];
            if (i < 0) {
                return;
            }
            size--;
            pos[v] = -1;
            if (i == size) {
                return;
            }
            int last = heap[size];
            heap[i] = last;
            pos[last] = i;
            up(i);
            down(pos[last]);
        }

        private boolean above(int a, int b) {
            return key[a] > key[b] || (key[a] == key[b] && a < b);
        }

        private void up(int i) {
            int v = heap[i];
            while (i > 0) {
                int p = (i - 1) >>> 1;
                int pv = heap[p];
                if (!above(v, pv)) {
                    break;
                }
                heap[i] = pv;
                pos[pv] = i;
                i = p;
            }
            heap[i] = v;
            pos[v] = i;
        }

        private void down(int i) {
            int v = heap[i];
            while (true) {
                int c = 2 * i + 1;
                if (c >= size) {
                    break;
                }
                if (c + 1 < size && above(heap[c + 1], heap[c])) {
                    c++;
                }
                if (!above(heap[c], v)) {
                    break;
                }
                heap[i] = heap[c];
                pos[heap[i]] = i;
                i = c;
            }
            heap[i] = v;
            pos[v] = i;
        }
    }
}
