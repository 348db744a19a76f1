package io.itplan.core.strategy;

import io.itplan.core.graph.Adjacency;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Risk;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The acyclic graph strategies order: units are single modules (cycles broken) or whole strongly
 * connected components (cycles clustered), numbered by their smallest module index so that ties resolve
 * by module id. An edge {@code a -> b} means unit a depends on unit b.
 */
public final class UnitDag {
    private final int[][] members;
    private final int[][] suppliers;
    private final int[][] clients;
    private final Risk[] risk;
    private final int[] topo;
    private int[] depth;
    private int[] height;

    /** @param suppliers per unit, its suppliers ascending and each once */
    private UnitDag(int[][] members, int[][] suppliers, Risk[] risk) {
        this.members = members;
        this.risk = risk;
        this.suppliers = suppliers;
        this.clients = Adjacency.reversed(suppliers);
        topo = clientsFirstOrder();
    }

    /** Each module a unit; the broken links are left out. */
    public static UnitDag ofModules(GraphIndex g, BitSet brokenLinks) {
        int n = g.size();
        int[][] members = new int[n][];
        Risk[] risk = new Risk[n];
        int[][] sup = new int[n][];
        for (int v = 0; v < n; v++) {
            members[v] = new int[] {v};
            risk[v] = g.risk(v);
            sup[v] = kept(g.outLinks(v), g.suppliers(v), brokenLinks);
        }
        return new UnitDag(members, sup, risk);
    }

    /** The suppliers over the links not broken; links are one per supplier, in supplier order. */
    private static int[] kept(int[] links, int[] suppliers, BitSet brokenLinks) {
        int[] out = new int[suppliers.length];
        int k = 0;
        for (int i = 0; i < links.length; i++) {
            if (!brokenLinks.get(links[i])) {
                out[k++] = suppliers[i];
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    /** Each strongly connected component a unit (components ascending, by smallest member). */
    public static UnitDag ofComponents(GraphIndex g, List<int[]> components) {
        int[] unitOf = new int[g.size()];
        int[][] members = new int[components.size()][];
        Risk[] risk = new Risk[components.size()];
        for (int c = 0; c < components.size(); c++) {
            members[c] = components.get(c);
            Risk r = Risk.LOW;
            for (int v : members[c]) {
                unitOf[v] = c;
                r = g.risk(v).compareTo(r) > 0 ? g.risk(v) : r;
            }
            risk[c] = r;
        }
        int[][] sup = new int[components.size()][];
        for (int c = 0; c < components.size(); c++) {
            int own = c;
            sup[c] = Arrays.stream(members[c])
                    .flatMap(v -> Arrays.stream(g.suppliers(v)))
                    .map(v -> unitOf[v])
                    .filter(d -> d != own)
                    .sorted()
                    .distinct()
                    .toArray();
        }
        return new UnitDag(members, sup, risk);
    }

    /** The same units with every edge reversed: bottom-up on this graph is top-down on the reverse. */
    public UnitDag reversed() {
        return new UnitDag(members, clients, risk);
    }

    public int size() {
        return members.length;
    }

    /** Module indices of a unit, ascending. */
    public int[] members(int unit) {
        return members[unit];
    }

    public int[] suppliers(int unit) {
        return suppliers[unit];
    }

    public int[] clients(int unit) {
        return clients[unit];
    }

    /** The highest risk among the unit's modules. */
    public Risk risk(int unit) {
        return risk[unit];
    }

    /** Longest path from a root (a unit without clients); roots have depth 0. */
    public int depth(int unit) {
        if (depth == null) {
            int[] d = new int[size()];
            for (int u : topo) {
                for (int s : suppliers[u]) {
                    d[s] = Math.max(d[s], d[u] + 1);
                }
            }
            depth = d;
        }
        return depth[unit];
    }

    /** Longest path to a leaf (a unit without suppliers); leaves have height 0. */
    public int height(int unit) {
        if (height == null) {
            int[] h = new int[size()];
            for (int i = topo.length - 1; i >= 0; i--) {
                int u = topo[i];
                for (int s : suppliers[u]) {
                    h[u] = Math.max(h[u], h[s] + 1);
                }
            }
            height = h;
        }
        return height[unit];
    }

    public int maxDepth() {
        int m = 0;
        for (int u = 0; u < size(); u++) {
            m = Math.max(m, depth(u));
        }
        return m;
    }

    /** Kahn's algorithm, smallest ready unit first: every unit after all its clients. */
    private int[] clientsFirstOrder() {
        int u = size();
        int[] pending = new int[u];
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
        for (int i = 0; i < u; i++) {
            pending[i] = clients[i].length;
            if (pending[i] == 0) {
                ready.add(i);
            }
        }
        int[] order = new int[u];
        int k = 0;
        while (!ready.isEmpty()) {
            int x = ready.poll();
            order[k++] = x;
            for (int s : suppliers[x]) {
                if (--pending[s] == 0) {
                    ready.add(s);
                }
            }
        }
        if (k != u) {
            throw new IllegalStateException("units form a cycle: " + Arrays.toString(pending));
        }
        return order;
    }
}
