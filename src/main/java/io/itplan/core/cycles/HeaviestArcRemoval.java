package io.itplan.core.cycles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The loop that {@link BriandHeuristic} and {@link TaiDanielsHeuristic} share: while some strongly
 * connected component is non-trivial, remove the breakable arc of largest weight lying inside one, then
 * recompute the components. Components are independent (removing an arc inside one changes no other), so
 * one queue over all of them, largest weight first and lowest arc index on ties, removes exactly the arcs
 * that handling the components one at a time would.
 *
 * <p>The arc weights count the <em>dependencies</em> (present arcs, breakable or not) of a scope:
 * <ul>
 *   <li>{@link Weight#PRODUCT_IN_COMPONENT}: weight of u &rarr; v = in(u) &times; out(v), in and out
 *       counted over the arcs inside the current strongly connected component of u and v;</li>
 *   <li>{@link Weight#SUM_IN_GROUP}: weight of u &rarr; v = in(u) + out(v), counted over the arcs between
 *       nodes of the same group (for Tai and Daniels, the same major level).</li>
 * </ul>
 * Only arcs whose ends share a group take part at all: components are those of the subgraph of each
 * group. Weights are kept current after every removal.
 *
 * <p>Work per removal: the degree changes re-weigh the arcs around the two ends (O(degree &middot; log m)),
 * and whether and how the component splits is found by searches that usually stop after a small part of
 * it (see {@link #update}); only in the remaining cases are the components of that one component
 * recomputed from scratch.
 */
final class HeaviestArcRemoval {

    enum Weight {
        PRODUCT_IN_COMPONENT,
        SUM_IN_GROUP
    }

    private final ClassicSelection state;
    private final ArcGraph g;
    private final int[] group;
    private final boolean product;
    private final SubsetComponents scc;
    /** Current non-trivial component of each node, or -1. */
    private final int[] comp;

    private final List<int[]> compNodes = new ArrayList<>();
    private final int[] in;
    private final int[] out;
    private final long[] weight;
    private final boolean[] queued;
    private final TreeSet<Integer> queue;
    private final Frontier forward;
    private final Frontier backward;
    private final Frontier forwardProbe;
    private final Frontier backwardProbe;
    private final boolean[] outChanged;
    private final boolean[] inChanged;
    private final int[] changed;
    private int changedCount;
    private final int[] pending;
    private int pendingCount;

    /**
     * @param group the group of every node; arcs between different groups are ignored
     */
    HeaviestArcRemoval(ClassicSelection state, int[] group, Weight rule) {
        this.state = state;
        this.g = state.g;
        this.group = group;
        this.product = rule == Weight.PRODUCT_IN_COMPONENT;
        int n = g.n;
        scc = new SubsetComponents(g, state.active);
        comp = new int[n];
        in = new int[n];
        out = new int[n];
        weight = new long[g.m];
        queued = new boolean[g.m];
        queue = new TreeSet<>(
                (x, y) -> weight[x] != weight[y] ? Long.compare(weight[y], weight[x]) : Integer.compare(x, y));
        forward = new Frontier(n, true);
        backward = new Frontier(n, false);
        forwardProbe = new Frontier(n, true);
        backwardProbe = new Frontier(n, false);
        outChanged = new boolean[n];
        inChanged = new boolean[n];
        changed = new int[n];
        pending = new int[n];
    }

    /**
     * Removes arcs until every component is trivial. Returns {@code false} when the deadline expired
     * first (components may then still contain cycles).
     */
    boolean run(Deadline deadline) {
        for (int[] nodes : nodesByGroup()) {
            scc.split(nodes).forEach(this::assign);
        }
        for (int a = 0; a < g.m; a++) {
            if (state.active[a] && inScope(a)) {
                out[g.tail[a]]++;
                in[g.head[a]]++;
            }
        }
        for (int a = 0; a < g.m; a++) {
            if (g.breakable[a] && state.active[a] && internal(a)) {
                weight[a] = weightOf(a);
                queued[a] = true;
                queue.add(a);
            }
        }
        long steps = 0;
        while (!queue.isEmpty()) {
            if ((steps++ & 63) == 0 && deadline.expired()) {
                return false;
            }
            int a = queue.pollFirst();
            queued[a] = false;
            int u = g.tail[a];
            int v = g.head[a];
            int c = comp[u];
            state.remove(a);
            out[u]--;
            in[v]--;
            outDegreeChanged(u);
            inDegreeChanged(v);
            update(u, v, c);
        }
        return true;
    }

    private List<int[]> nodesByGroup() {
        int groups = 0;
        for (int x : group) {
            groups = Math.max(groups, x + 1);
        }
        int[] size = new int[groups];
        for (int x : group) {
            size[x]++;
        }
        List<int[]> lists = new ArrayList<>();
        for (int k = 0; k < groups; k++) {
            lists.add(new int[size[k]]);
        }
        int[] fill = new int[groups];
        for (int v = 0; v < g.n; v++) {
            lists.get(group[v])[fill[group[v]]++] = v;
        }
        return lists;
    }

    private void assign(int[] piece) {
        if (piece.length < 2) {
            comp[piece[0]] = -1;
            return;
        }
        int id = compNodes.size();
        compNodes.add(piece);
        for (int v : piece) {
            comp[v] = id;
        }
    }

    private boolean internal(int a) {
        int c = comp[g.tail[a]];
        return c >= 0 && c == comp[g.head[a]];
    }

    /** Whether arc {@code a} counts in the degrees of its ends (it must also be present). */
    private boolean inScope(int a) {
        return product ? internal(a) : group[g.tail[a]] == group[g.head[a]];
    }

    private long weightOf(int a) {
        long i = in[g.tail[a]];
        long o = out[g.head[a]];
        return product ? i * o : i + o;
    }

    private void rekey(int a) {
        if (queued[a]) {
            queue.remove(a);
            weight[a] = weightOf(a);
            queue.add(a);
        }
    }

    /** out(u) changed: the weights of the arcs into u change. */
    private void outDegreeChanged(int u) {
        for (int i = g.inStart[u]; i < g.inStart[u + 1]; i++) {
            rekey(g.inArcs[i]);
        }
    }

    /** in(v) changed: the weights of the arcs out of v change. */
    private void inDegreeChanged(int v) {
        for (int i = g.outStart[v]; i < g.outStart[v + 1]; i++) {
            rekey(g.outArcs[i]);
        }
    }

    /**
     * Arc u &rarr; v was just removed from the strongly connected component {@code c}; splits {@code c} if it
     * no longer is one.
     *
     * <p>Every node of c still reaches u, and v still reaches every node (shortest paths to u and from v
     * never use the removed arc). So c stays strongly connected exactly when u still reaches v, and
     * otherwise the nodes u reaches form the component of u, those that reach v the component of v.
     * Searching forward from u and backward from v in turn stops when they meet or when one side runs dry
     * having found a whole component, which is split off. Say it is the forward side (the other case is
     * the mirror image): v still reaches every node left, so what is left is strongly connected exactly
     * when every node left reaches v, and a node that does not leads, through nodes that do not either,
     * into a part already split off. So each node left with an arc into a split-off part is checked by a
     * search of its own from it, in turn with the continuing search from v: when they meet it reaches v;
     * when its own search runs dry, all it found reaches no longer v and is closed under successors, so
     * its components (computed on it alone) are components of c, split off in turn, and their neighbours
     * checked too. Only when the search from v itself runs dry are the components of the rest computed
     * from scratch. The usual splits (a node, or a few, cut off) thus cost about as much as the parts cut
     * off.
     */
    private void update(int u, int v, int c) {
        forward.start(u);
        backward.start(v);
        if (meet(forward, backward, c)) {
            return;
        }
        Frontier done = forward.dry() ? forward : backward;
        Frontier other = done == forward ? backward : forward;
        Frontier probe = done == forward ? forwardProbe : backwardProbe;
        int[] start = done.forward ? g.inStart : g.outStart;
        int[] arcs = done.forward ? g.inArcs : g.outArcs;
        int[] end = done.forward ? g.tail : g.head;
        pendingCount = 0;
        detach(done.nodes(), c);
        while (pendingCount > 0) {
            int x = pending[--pendingCount];
            for (int i = start[x]; i < start[x + 1]; i++) {
                int a = arcs[i];
                int y = end[a];
                if (!state.active[a] || comp[y] != c || other.has(y)) {
                    continue;
                }
                probe.start(y);
                if (meet(probe, other, c)) {
                    continue;
                }
                if (other.dry()) {
                    resplit(c);
                    return;
                }
                for (int[] piece : scc.split(probe.nodes())) {
                    detach(piece, c);
                }
            }
        }
    }

    /** Expands {@code a} and {@code b} in turn until they meet (true) or one of them runs dry (false). */
    private boolean meet(Frontier a, Frontier b, int c) {
        while (!a.dry() && !b.dry()) {
            if (a.step(c, b) || b.step(c, a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes {@code piece}, a component of what is left of component {@code c}, a component of its own, and
     * remembers its nodes for {@link #update} to check their neighbours.
     */
    private void detach(int[] piece, int c) {
        assign(piece);
        for (int x : piece) {
            pending[pendingCount++] = x;
            for (int i = g.outStart[x]; i < g.outStart[x + 1]; i++) {
                int a = g.outArcs[i];
                if (state.active[a] && comp[g.head[a]] == c) {
                    leave(a);
                }
            }
            for (int i = g.inStart[x]; i < g.inStart[x + 1]; i++) {
                int a = g.inArcs[i];
                if (state.active[a] && comp[g.tail[a]] == c) {
                    leave(a);
                }
            }
        }
        refreshChanged();
    }

    /** Replaces what is left of component {@code c} by its components. */
    private void resplit(int c) {
        int[] nodes = Arrays.stream(compNodes.get(c)).filter(v -> comp[v] == c).toArray();
        compNodes.set(c, null);
        scc.split(nodes).forEach(this::assign);
        for (int v : nodes) {
            for (int i = g.outStart[v]; i < g.outStart[v + 1]; i++) {
                int a = g.outArcs[i];
                if (state.active[a] && scc.inLastSplit(g.head[a]) && !internal(a)) {
                    leave(a);
                }
            }
        }
        refreshChanged();
    }

    /** Arc {@code a} no longer lies inside one component: no candidate, and no dependency of it. */
    private void leave(int a) {
        if (queued[a]) {
            queued[a] = false;
            queue.remove(a);
        }
        if (product) {
            int t = g.tail[a];
            int h = g.head[a];
            out[t]--;
            in[h]--;
            if (!outChanged[t] && !inChanged[t]) {
                changed[changedCount++] = t;
            }
            outChanged[t] = true;
            if (!outChanged[h] && !inChanged[h]) {
                changed[changedCount++] = h;
            }
            inChanged[h] = true;
        }
    }

    private void refreshChanged() {
        for (int k = 0; k < changedCount; k++) {
            int v = changed[k];
            if (outChanged[v]) {
                outChanged[v] = false;
                outDegreeChanged(v);
            }
            if (inChanged[v]) {
                inChanged[v] = false;
                inDegreeChanged(v);
            }
        }
        changedCount = 0;
    }

    /** One side of a breadth-first search restricted to the present arcs inside one component. */
    private final class Frontier {
        final boolean forward;
        private final int[] seen;
        private final int[] queue;
        private int stamp;
        private int head;
        private int size;

        Frontier(int n, boolean forward) {
            this.forward = forward;
            seen = new int[n];
            queue = new int[n];
        }

        void start(int x) {
            stamp++;
            seen[x] = stamp;
            queue[0] = x;
            head = 0;
            size = 1;
        }

        boolean has(int x) {
            return seen[x] == stamp;
        }

        boolean dry() {
            return head == size;
        }

        /** The nodes found so far; all of them once {@link #dry()}. */
        int[] nodes() {
            return Arrays.copyOf(queue, size);
        }

        /** Expands the next node inside component {@code c}; true when it reaches a node {@code other} has. */
        boolean step(int c, Frontier other) {
            int x = queue[head++];
            int[] start = forward ? g.outStart : g.inStart;
            int[] arcs = forward ? g.outArcs : g.inArcs;
            int[] end = forward ? g.head : g.tail;
            for (int i = start[x]; i < start[x + 1]; i++) {
                int a = arcs[i];
                int y = end[a];
                if (state.active[a] && comp[y] == c && seen[y] != stamp) {
                    if (other.has(y)) {
                        return true;
                    }
                    seen[y] = stamp;
                    queue[size++] = y;
                }
            }
            return false;
        }
    }
}
