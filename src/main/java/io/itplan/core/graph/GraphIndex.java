package io.itplan.core.graph;

import java.util.List;

/**
 * A compact, immutable view of a {@link DependencyGraph} for algorithms: modules numbered {@code 0..n-1}
 * in ascending id order (so "ties by module id" is "ties by index"), and the {@link Link links} between
 * them sorted by (client, supplier), with adjacency lists of link indices.
 */
public final class GraphIndex {
    private final String[] ids;
    private final Risk[] risks;
    private final StringIndex indexOf;
    private final Link[] links;
    private final int[][] out;
    private final int[][] in;
    /** Per module, the client of each of its in-links and the supplier of each of its out-links, in the same order. */
    private final int[][] clients;

    private final int[][] suppliers;
    /** Per module, its unstubbable out-links; the same empty array for most modules. */
    private final int[][] unstubbableOut;

    private final boolean hasUnstubbable;
    private final int maxAttributes;
    private final int maxMethods;

    GraphIndex(List<Module> sortedModules, List<Dependency> dependencies) {
        int n = sortedModules.size();
        ids = new String[n];
        risks = new Risk[n];
        indexOf = new StringIndex(n);
        for (int i = 0; i < n; i++) {
            ids[i] = sortedModules.get(i).id();
            risks[i] = sortedModules.get(i).risk();
            indexOf.add(ids[i]);
        }
        // Dependencies come sorted by client, supplier and kind (DependencyGraph keeps them so), and modules by id:
        // the dependencies between two modules are neighbours, merged into one link in a single pass.
        List<Link> merged = new java.util.ArrayList<>();
        List<Dependency> sorted = dependencies;
        if (!isSorted(sorted)) {
            sorted = new java.util.ArrayList<>(dependencies);
            sorted.sort(DependencyGraph.DEPENDENCY_ORDER);
        }
        int k = 0;
        while (k < sorted.size()) {
            Dependency first = sorted.get(k);
            int from = indexOf.get(first.from());
            int to = indexOf.get(first.to());
            double weight = 0;
            long attributes = 0;
            long methods = 0;
            boolean stubbable = true;
            while (k < sorted.size()
                    && sorted.get(k).from().equals(first.from())
                    && sorted.get(k).to().equals(first.to())) {
                Dependency d = sorted.get(k++);
                weight += d.weight();
                attributes += d.attributes();
                methods += d.methods();
                stubbable &= d.stubbable();
            }
            merged.add(new Link(from, to, weight, (int) attributes, (int) methods, stubbable));
        }
        links = merged.toArray(new Link[0]);
        int[] outDeg = new int[n];
        int[] inDeg = new int[n];
        int amax = 0;
        int mmax = 0;
        for (Link l : links) {
            outDeg[l.from()]++;
            inDeg[l.to()]++;
            amax = Math.max(amax, l.attributes());
            mmax = Math.max(mmax, l.methods());
        }
        maxAttributes = amax;
        maxMethods = mmax;
        out = new int[n][];
        in = new int[n][];
        for (int v = 0; v < n; v++) {
            out[v] = new int[outDeg[v]];
            in[v] = new int[inDeg[v]];
        }
        int[] o = new int[n];
        int[] p = new int[n];
        for (int i = 0; i < links.length; i++) {
            out[links[i].from()][o[links[i].from()]++] = i;
            in[links[i].to()][p[links[i].to()]++] = i;
        }
        clients = new int[n][];
        suppliers = new int[n][];
        for (int v = 0; v < n; v++) {
            clients[v] =
                    java.util.Arrays.stream(in[v]).map(li -> links[li].from()).toArray();
            suppliers[v] =
                    java.util.Arrays.stream(out[v]).map(li -> links[li].to()).toArray();
        }
        unstubbableOut = new int[n][];
        int[] none = new int[0];
        boolean any = false;
        for (int v = 0; v < n; v++) {
            int[] own = java.util.Arrays.stream(out[v])
                    .filter(li -> !links[li].stubbable())
                    .toArray();
            unstubbableOut[v] = own.length == 0 ? none : own;
            any |= own.length > 0;
        }
        hasUnstubbable = any;
    }

    private static boolean isSorted(List<Dependency> deps) {
        for (int i = 1; i < deps.size(); i++) {
            if (DependencyGraph.DEPENDENCY_ORDER.compare(deps.get(i - 1), deps.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return ids.length;
    }

    public String id(int module) {
        return ids[module];
    }

    public Risk risk(int module) {
        return risks[module];
    }

    /** The index of the module with this id, or -1. */
    public int indexOf(String id) {
        return indexOf.get(id);
    }

    public int linkCount() {
        return links.length;
    }

    public Link link(int i) {
        return links[i];
    }

    /** Index of the link from {@code from} to {@code to}, or -1. */
    public int linkIndex(int from, int to) {
        int[] o = out[from];
        int lo = 0;
        int hi = o.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int t = links[o[mid]].to();
            if (t < to) {
                lo = mid + 1;
            } else if (t > to) {
                hi = mid - 1;
            } else {
                return o[mid];
            }
        }
        return -1;
    }

    /** Links leaving {@code module} (to its suppliers), ascending by supplier. Do not modify. */
    public int[] outLinks(int module) {
        return out[module];
    }

    /** The unstubbable links leaving {@code module}, ascending by supplier. Do not modify. */
    public int[] unstubbableOutLinks(int module) {
        return unstubbableOut[module];
    }

    /** Whether some link cannot be stubbed. */
    public boolean hasUnstubbable() {
        return hasUnstubbable;
    }

    /** Links entering {@code module} (from its clients), ascending by client. Do not modify. */
    public int[] inLinks(int module) {
        return in[module];
    }

    /** The clients of {@code module}, ascending: the other end of each of its {@link #inLinks in-links}. Do not modify. */
    public int[] clients(int module) {
        return clients[module];
    }

    /** The suppliers of {@code module}, ascending: the other end of each of its {@link #outLinks out-links}. Do not modify. */
    public int[] suppliers(int module) {
        return suppliers[module];
    }

    /** The largest attribute coupling count of any link (Amax of the OCplx formula). */
    public int maxAttributes() {
        return maxAttributes;
    }

    /** The largest method coupling count of any link (Mmax of the OCplx formula). */
    public int maxMethods() {
        return maxMethods;
    }

    /**
     * Stub complexity SCplx of a link, √(½·(A/Amax)² + ½·(M/Mmax)²) (Briand, Labiche &amp; Wang 2003); a
     * coupling whose maximum in the graph is 0 contributes 0.
     */
    public double complexity(int link) {
        Link l = links[link];
        double a = maxAttributes == 0 ? 0 : (double) l.attributes() / maxAttributes;
        double m = maxMethods == 0 ? 0 : (double) l.methods() / maxMethods;
        return Math.sqrt(0.5 * a * a + 0.5 * m * m);
    }

    /** Module ids as a list, ascending. */
    public List<String> ids() {
        return List.of(ids);
    }
}
