package io.itplan.core.cycles;

import java.util.Arrays;

/**
 * Minimum-cost feedback arc set of one small component by dynamic programming over node subsets (the Held–Karp
 * style recurrence for linear orderings: the cheapest order of a set S ending in v costs the cheapest order of
 * S \ {v} plus the arcs into v from outside S), expanded layer by layer and pruned A*-style by the 2-cycle bound of
 * the unplaced nodes. Part of {@link ExactFeedbackArcSet}, which says when it is used.
 */
final class SubsetOrderDp {
    private static final double EPS = ExactFeedbackArcSet.EPS;

    private SubsetOrderDp() {}

    /**
     * Optimal order by dynamic programming over the set S of nodes placed first, layer by layer (|S| = 0, 1,
     * ...), keeping only the states whose cost plus the 2-cycle bound of the unplaced nodes stays below
     * the incumbent (so states are stored sparsely in hash maps). Returns {@code null} when the deadline
     * expires or more than {@link ExactFeedbackArcSet#DP_MAX_STATES} states would be needed.
     */
    static PerComponent.Result solve(ArcGraph g, boolean[] incumbent, double ub, Deadline deadline) {
        int k = g.n;
        if (k > ExactFeedbackArcSet.DP_MAX_NODES) {
            return null;
        }
        double[][] weight = new double[k][k]; // weight[u][v]: summed cost of arcs u -> v
        int[] ubPred = new int[k];
        for (int a = 0; a < g.m; a++) {
            weight[g.tail[a]][g.head[a]] += g.cost[a];
            if (!g.breakable[a]) {
                ubPred[g.head[a]] |= 1 << g.tail[a];
            }
        }
        int loBits = (k + 1) / 2;
        int hiBits = k - loBits;
        int loMask = (1 << loBits) - 1;
        // inLo/inHi: weight of the arcs into v from a node set (split into low and high halves of the bits);
        // pairLo/pairHi: sum over a node set of min(w(u,v), w(v,u)), the 2-cycle lower bound share of v
        double[][] inLo = new double[k][1 << loBits];
        double[][] inHi = new double[k][1 << hiBits];
        double[][] pairLo = new double[k][1 << loBits];
        double[][] pairHi = new double[k][1 << hiBits];
        for (int v = 0; v < k; v++) {
            for (int x = 1; x < (1 << loBits); x++) {
                int u = Integer.numberOfTrailingZeros(x);
                inLo[v][x] = inLo[v][x & (x - 1)] + weight[u][v];
                pairLo[v][x] = pairLo[v][x & (x - 1)] + Math.min(weight[u][v], weight[v][u]);
            }
            for (int x = 1; x < (1 << hiBits); x++) {
                int u = Integer.numberOfTrailingZeros(x) + loBits;
                inHi[v][x] = inHi[v][x & (x - 1)] + weight[u][v];
                pairHi[v][x] = pairHi[v][x & (x - 1)] + Math.min(weight[u][v], weight[v][u]);
            }
        }
        int full = (int) ((1L << k) - 1);
        double limit = ub - EPS;
        if (k <= ExactFeedbackArcSet.ARRAY_DP_MAX_NODES) {
            return arrayDp(g, incumbent, ub, deadline, ubPred, loBits, inLo, inHi, pairLo, pairHi);
        }
        StateMap[] layers = new StateMap[k + 1];
        layers[0] = new StateMap(4);
        layers[0].offer(0, 0);
        long stored = 1;
        long steps = 0;
        for (int j = 0; j < k; j++) {
            StateMap cur = layers[j];
            StateMap nxt = new StateMap(Math.max(4, cur.size * 2));
            layers[j + 1] = nxt;
            for (int slot = 0; slot < cur.keys.length; slot++) {
                int s = cur.keys[slot];
                if (s < 0) {
                    continue;
                }
                if ((++steps & 0x3FFF) == 0 && deadline.expired()) {
                    return null;
                }
                double fs = cur.values[slot];
                int rest = full & ~s;
                int rLo = rest & loMask;
                int rHi = rest >>> loBits;
                double twice = 0; // twice the 2-cycle bound of the nodes not yet placed
                for (int bits = rest; bits != 0; bits &= bits - 1) {
                    int v = Integer.numberOfTrailingZeros(bits);
                    twice += pairLo[v][rLo] + pairHi[v][rHi];
                }
                double pairs = twice / 2;
                if (fs + pairs >= limit) {
                    continue;
                }
                for (int bits = rest; bits != 0; bits &= bits - 1) {
                    int v = Integer.numberOfTrailingZeros(bits);
                    if ((ubPred[v] & rest) != 0) {
                        continue;
                    }
                    double val = fs + inLo[v][rLo] + inHi[v][rHi];
                    if (val + pairs - pairLo[v][rLo] - pairHi[v][rHi] < limit && nxt.offer(s | (1 << v), val)) {
                        if (++stored > ExactFeedbackArcSet.DP_MAX_STATES) {
                            return null;
                        }
                    }
                }
            }
            layers[j] = cur;
        }
        double best = layers[k].get(full);
        if (!(best < limit)) {
            return new PerComponent.Result(incumbent, true, ub); // nothing strictly cheaper exists
        }
        int[] order = new int[k];
        int t = full;
        double ft = best;
        for (int pos = k - 1; pos >= 0; pos--) {
            int chosen = -1;
            double fChosen = 0;
            for (int bits = t; bits != 0; bits &= bits - 1) {
                int v = Integer.numberOfTrailingZeros(bits);
                int s = t & ~(1 << v);
                int rest = full & ~s;
                double fsv = layers[pos].get(s);
                if ((ubPred[v] & rest) != 0 || fsv == Double.POSITIVE_INFINITY) {
                    continue;
                }
                if (fsv + inLo[v][rest & loMask] + inHi[v][rest >>> loBits] == ft) {
                    chosen = v;
                    fChosen = fsv;
                    break;
                }
            }
            order[pos] = chosen;
            t &= ~(1 << chosen);
            ft = fChosen;
        }
        boolean[] removed = g.backwardArcs(order);
        double cost = g.costOf(removed);
        return new PerComponent.Result(removed, true, cost);
    }

    /** The subset dynamic programme with one dense array over all subsets, fastest up to 25 nodes. */
    private static PerComponent.Result arrayDp(
            ArcGraph g,
            boolean[] incumbent,
            double ub,
            Deadline deadline,
            int[] ubPred,
            int loBits,
            double[][] inLo,
            double[][] inHi,
            double[][] pairLo,
            double[][] pairHi) {
        int k = g.n;
        int loMask = (1 << loBits) - 1;
        int full = (int) ((1L << k) - 1);
        double limit = ub - EPS;
        double[] f;
        try {
            f = new double[full + 1];
        } catch (OutOfMemoryError e) {
            return null;
        }
        Arrays.fill(f, Double.POSITIVE_INFINITY);
        f[0] = 0;
        for (int s = 0; s < full; s++) {
            double fs = f[s];
            if (fs >= limit) {
                continue;
            }
            if ((s & 0xFFFF) == 0 && deadline.expired()) {
                return null;
            }
            int rest = full & ~s;
            int rLo = rest & loMask;
            int rHi = rest >>> loBits;
            double twice = 0; // twice the 2-cycle bound of the nodes not yet placed
            for (int bits = rest; bits != 0; bits &= bits - 1) {
                int v = Integer.numberOfTrailingZeros(bits);
                twice += pairLo[v][rLo] + pairHi[v][rHi];
            }
            double pairs = twice / 2;
            if (fs + pairs >= limit) {
                continue;
            }
            for (int bits = rest; bits != 0; bits &= bits - 1) {
                int v = Integer.numberOfTrailingZeros(bits);
                if ((ubPred[v] & rest) != 0) {
                    continue;
                }
                double val = fs + inLo[v][rLo] + inHi[v][rHi];
                int t = s | (1 << v);
                if (val < f[t] && val + pairs - pairLo[v][rLo] - pairHi[v][rHi] < limit) {
                    f[t] = val;
                }
            }
        }
        if (!(f[full] < limit)) {
            return new PerComponent.Result(incumbent, true, ub); // nothing strictly cheaper exists
        }
        int[] order = new int[k];
        int t = full;
        for (int pos = k - 1; pos >= 0; pos--) {
            int chosen = -1;
            for (int bits = t; bits != 0; bits &= bits - 1) {
                int v = Integer.numberOfTrailingZeros(bits);
                int s = t & ~(1 << v);
                int rest = full & ~s;
                if ((ubPred[v] & rest) != 0 || f[s] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                if (f[s] + inLo[v][rest & loMask] + inHi[v][rest >>> loBits] == f[t]) {
                    chosen = v;
                    break;
                }
            }
            order[pos] = chosen;
            t &= ~(1 << chosen);
        }
        boolean[] removed = g.backwardArcs(order);
        return new PerComponent.Result(removed, true, g.costOf(removed));
    }

    /** Open-addressing map from a node subset (non-negative int) to the cheapest cost found for it. */
    private static final class StateMap {
        int[] keys;
        double[] values;
        int size;

        StateMap(int expected) {
            int cap = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
            keys = new int[cap];
            values = new double[cap];
            Arrays.fill(keys, -1);
        }

        private static int slot(int key, int mask) {
            return (key * 0x9E3779B9 >>> 7) & mask;
        }

        /** Lowers the value of {@code key} to {@code value}; returns whether the key is new. */
        boolean offer(int key, double value) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (keys[i] >= 0) {
                if (keys[i] == key) {
                    if (value < values[i]) {
                        values[i] = value;
                    }
                    return false;
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
            if (++size * 2 > keys.length) {
                grow();
            }
            return true;
        }

        double get(int key) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (keys[i] >= 0) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return Double.POSITIVE_INFINITY;
        }

        private void grow() {
            int[] oldKeys = keys;
            double[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new double[oldKeys.length * 2];
            Arrays.fill(keys, -1);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] >= 0) {
                    offer(oldKeys[i], oldValues[i]);
                }
            }
        }
    }
}
