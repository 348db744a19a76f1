package io.itplan.core.cycles;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Graph builders and reference checks shared by the feedback arc set tests. */
final class FasFixtures {
    private FasFixtures() {}

    /** Small builder: {@code arc(t, h, cost)} adds a breakable arc, {@code fixed(t, h, cost)} an unbreakable one. */
    static final class Builder {
        private final int n;
        private final List<int[]> ends = new ArrayList<>();
        private final List<Double> costs = new ArrayList<>();
        private final List<Boolean> breakable = new ArrayList<>();

        Builder(int n) {
            this.n = n;
        }

        Builder arc(int t, int h, double cost) {
            return add(t, h, cost, true);
        }

        Builder fixed(int t, int h, double cost) {
            return add(t, h, cost, false);
        }

        private Builder add(int t, int h, double cost, boolean b) {
            ends.add(new int[] {t, h});
            costs.add(cost);
            breakable.add(b);
            return this;
        }

        ArcProblem build() {
            int m = ends.size();
            int[] t = new int[m];
            int[] h = new int[m];
            double[] c = new double[m];
            boolean[] b = new boolean[m];
            for (int i = 0; i < m; i++) {
                t[i] = ends.get(i)[0];
                h[i] = ends.get(i)[1];
                c[i] = costs.get(i);
                b[i] = breakable.get(i);
            }
            return new ArcProblem(n, t, h, c, b);
        }
    }

    static Builder graph(int n) {
        return new Builder(n);
    }

    /** Whether removing {@code removed} leaves {@code p} acyclic. */
    static boolean acyclicAfterRemoving(ArcProblem p, int[] removed) {
        boolean[] active = new boolean[p.arcCount()];
        java.util.Arrays.fill(active, true);
        for (int a : removed) {
            active[a] = false;
        }
        return new ArcGraph(p).isAcyclic(active);
    }

    static boolean removesOnlyBreakable(ArcProblem p, int[] removed) {
        for (int a : removed) {
            if (!p.breakable()[a]) {
                return false;
            }
        }
        return true;
    }

    static double costOf(ArcProblem p, int[] removed) {
        double c = 0;
        for (int a : removed) {
            c += p.cost()[a];
        }
        return c;
    }

    /**
     * Reference optimum: the cheapest cost of the backward arcs over all node permutations in which every
     * unbreakable arc points forward.
     */
    static double bruteForceOptimum(ArcProblem p) {
        int n = p.nodeCount();
        int[] perm = new int[n];
        boolean[] used = new boolean[n];
        double[] best = {Double.POSITIVE_INFINITY};
        permute(p, perm, used, 0, 0.0, best);
        return best[0];
    }

    private static void permute(ArcProblem p, int[] perm, boolean[] used, int depth, double soFar, double[] best) {
        int n = p.nodeCount();
        if (depth == n) {
            best[0] = Math.min(best[0], soFar);
            return;
        }
        for (int v = 0; v < n; v++) {
            if (used[v]) {
                continue;
            }
            // placing v now: arcs from v to already placed nodes point backward
            double add = 0;
            boolean ok = true;
            for (int a = 0; a < p.arcCount(); a++) {
                if (p.tail()[a] == v && used[p.head()[a]]) {
                    if (!p.breakable()[a]) {
                        ok = false;
                        break;
                    }
                    add += p.cost()[a];
                }
            }
            if (!ok) {
                continue;
            }
            used[v] = true;
            perm[depth] = v;
            permute(p, perm, used, depth + 1, soFar + add, best);
            used[v] = false;
        }
    }

    /**
     * A random problem: {@code arcs} arcs between distinct random nodes, costs from {@code costKind}
     * (0: unit, 1: integer 1..5, 2: real), about a fifth of the arcs that point forward in a random hidden
     * order made unbreakable (so the unbreakable arcs are acyclic).
     */
    static ArcProblem random(Random rnd, int n, int arcs, int costKind) {
        int[] hidden = new int[n];
        for (int i = 0; i < n; i++) {
            hidden[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int x = hidden[i];
            hidden[i] = hidden[j];
            hidden[j] = x;
        }
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[hidden[i]] = i;
        }
        Builder b = graph(n);
        for (int i = 0; i < arcs; i++) {
            int t = rnd.nextInt(n);
            int h = rnd.nextInt(n - 1);
            if (h >= t) {
                h++;
            }
            double c = switch (costKind) {
                case 0 -> 1.0;
                case 1 -> 1 + rnd.nextInt(5);
                default -> 0.01 + Math.round(rnd.nextDouble() * 30000) / 10000.0;
            };
            if (rank[t] < rank[h] && rnd.nextInt(5) == 0) {
                b.fixed(t, h, c);
            } else {
                b.arc(t, h, c);
            }
        }
        return b.build();
    }

    /** A random strongly connected graph: a Hamiltonian cycle plus random extra arcs, unit costs. */
    static ArcProblem randomStronglyConnected(Random rnd, int n, int arcs) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int x = perm[i];
            perm[i] = perm[j];
            perm[j] = x;
        }
        Builder b = graph(n);
        for (int i = 0; i < n; i++) {
            b.arc(perm[i], perm[(i + 1) % n], 1);
        }
        for (int i = n; i < arcs; i++) {
            int t = rnd.nextInt(n);
            int h = rnd.nextInt(n - 1);
            if (h >= t) {
                h++;
            }
            b.arc(t, h, 1);
        }
        return b.build();
    }
}
