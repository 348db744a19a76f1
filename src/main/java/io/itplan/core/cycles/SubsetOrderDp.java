package io.itplan.core.cycles;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

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
        Costs c = new Costs(g);
        if (k <= ExactFeedbackArcSet.ARRAY_DP_MAX_NODES) {
            return arrayDp(g, c, incumbent, ub, deadline);
        }
        int full = c.full;
        double limit = ub - EPS;
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
                double pairs = c.pairBound(rest);
                if (fs + pairs >= limit) {
                    continue;
                }
                for (int bits = rest; bits != 0; bits &= bits - 1) {
                    int v = Integer.numberOfTrailingZeros(bits);
                    if (c.mustFollow(v, rest)) {
                        continue;
                    }
                    double val = fs + c.into(v, rest);
                    if (val + pairs - c.pairShare(v, rest) < limit && nxt.offer(s | (1 << v), val)) {
                        if (++stored > ExactFeedbackArcSet.DP_MAX_STATES) {
                            return null;
                        }
                    }
                }
            }
        }
        if (!(layers[k].get(full) < limit)) {
            return new PerComponent.Result(incumbent, true, ub); // nothing strictly cheaper exists
        }
        return c.result(g, s -> layers[Integer.bitCount(s)].get(s));
    }

    /** The subset dynamic programme with one dense array over all subsets, fastest up to 25 nodes. */
    private static PerComponent.Result arrayDp(ArcGraph g, Costs c, boolean[] incumbent, double ub, Deadline deadline) {
        int full = c.full;
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
            double pairs = c.pairBound(rest);
            if (fs + pairs >= limit) {
                continue;
            }
            for (int bits = rest; bits != 0; bits &= bits - 1) {
                int v = Integer.numberOfTrailingZeros(bits);
                if (c.mustFollow(v, rest)) {
                    continue;
                }
                double val = fs + c.into(v, rest);
                int t = s | (1 << v);
                if (val < f[t] && val + pairs - c.pairShare(v, rest) < limit) {
                    f[t] = val;
                }
            }
        }
        if (!(f[full] < limit)) {
            return new PerComponent.Result(incumbent, true, ub); // nothing strictly cheaper exists
        }
        return c.result(g, s -> f[s]);
    }

    /**
     * The costs both programmes add up, looked up per node set in tables split into the low and high halves of the
     * set's bits, so that each table has at most 2^(k/2) entries per node.
     */
    private static final class Costs {
        final int k;
        final int full;
        private final int loBits;
        private final int loMask;
        /** The nodes each node must come after: tails of its unbreakable in-arcs. */
        private final int[] unbreakableFrom;
        /** Weight of the arcs into v from a node set. */
        private final double[][] inLo;

        private final double[][] inHi;
        /** Sum over a node set of min(w(u,v), w(v,u)): v's share of the set's 2-cycle lower bound, twice. */
        private final double[][] pairLo;

        private final double[][] pairHi;

        Costs(ArcGraph g) {
            k = g.n;
            full = (int) ((1L << k) - 1);
            double[][] weight = new double[k][k]; // weight[u][v]: summed cost of arcs u -> v
            unbreakableFrom = new int[k];
            for (int a = 0; a < g.m; a++) {
                weight[g.tail[a]][g.head[a]] += g.cost[a];
                if (!g.breakable[a]) {
                    unbreakableFrom[g.head[a]] |= 1 << g.tail[a];
                }
            }
            loBits = (k + 1) / 2;
            int hiBits = k - loBits;
            loMask = (1 << loBits) - 1;
            inLo = new double[k][1 << loBits];
            inHi = new double[k][1 << hiBits];
            pairLo = new double[k][1 << loBits];
            pairHi = new double[k][1 << hiBits];
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
        }

        /** Whether {@code v} cannot be placed before {@code rest}: an unbreakable arc comes into it from there. */
        boolean mustFollow(int v, int rest) {
            return (unbreakableFrom[v] & rest) != 0;
        }

        /** The cost of placing {@code v} before {@code rest}: the arcs into it from there turn backward. */
        double into(int v, int rest) {
            return inLo[v][rest & loMask] + inHi[v][rest >>> loBits];
        }

        /** What {@code v} adds to the 2-cycle bound of a set holding it, twice. */
        double pairShare(int v, int set) {
            return pairLo[v][set & loMask] + pairHi[v][set >>> loBits];
        }

        /** The 2-cycle lower bound of ordering {@code set}: of each 2-cycle inside it, the cheaper side. */
        double pairBound(int set) {
            double twice = 0;
            for (int bits = set; bits != 0; bits &= bits - 1) {
                twice += pairShare(Integer.numberOfTrailingZeros(bits), set);
            }
            return twice / 2;
        }

        /**
         * The optimal order read back from the cheapest cost of each placed-first set ({@code cost}, infinite where
         * the programme pruned it), last node first, and the arcs it turns backward.
         */
        PerComponent.Result result(ArcGraph g, IntToDoubleFunction cost) {
            int[] order = new int[k];
            int t = full;
            for (int pos = k - 1; pos >= 0; pos--) {
                int chosen = -1;
                double ft = cost.applyAsDouble(t);
                for (int bits = t; bits != 0; bits &= bits - 1) {
                    int v = Integer.numberOfTrailingZeros(bits);
                    int s = t & ~(1 << v);
                    int rest = full & ~s;
                    double fs = cost.applyAsDouble(s);
                    if (mustFollow(v, rest) || fs == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    if (fs + into(v, rest) == ft) {
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
