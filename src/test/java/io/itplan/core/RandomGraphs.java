package io.itplan.core;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.graph.Risk;
import io.itplan.core.graph.StandInProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Random dependency graphs for property tests, as plain specs that jqwik can shrink (fewer modules, fewer
 * dependencies, simpler ids and kinds), plus reference computations written independently of the planner:
 * merged pairs, cycles of unstubbable pairs, longest paths and a brute-force minimum feedback arc set.
 */
public final class RandomGraphs {
    private RandomGraphs() {}

    /** How cycles may appear: none, only through some stubbable pair, or anywhere. */
    public enum Shape {
        ACYCLIC,
        BREAKABLE,
        ANY
    }

    /** Module ids: simple ones first (what shrinking moves towards), then ids that stress slugs and quoting. */
    static final List<String> ID_POOL;

    static {
        List<String> pool = new ArrayList<>();
        for (char c = 'a'; c <= 'p'; c++) {
            pool.add(String.valueOf(c));
        }
        pool.addAll(List.of(
                "Web",
                "web",
                "web-ui",
                "web_ui",
                "Web.UI",
                "orders",
                "Orders",
                "payments",
                "DB",
                "db",
                "x y",
                "$(rm -rf ~)",
                "true",
                "null",
                "1",
                "007",
                "-",
                "_",
                "ö",
                "o-",
                "Ä",
                "日本",
                "😀",
                "a: b",
                "#tag",
                "quote\"d",
                "back\\slash",
                "tab\tx",
                "new\nline",
                " lead",
                "{modules}",
                "a-very-long-module-identifier-that-goes-on-and-on-past-sixty-three-chars-1",
                "a-very-long-module-identifier-that-goes-on-and-on-past-sixty-three-chars-2"));
        ID_POOL = List.copyOf(pool);
    }

    public record ModuleSpec(String id, Risk risk, boolean ownTest, boolean provider) {
        Module toModule() {
            Map<String, List<String>> commands =
                    ownTest ? Map.of("test", List.of("make", "test-{module}", "{stubs}")) : null;
            StandInProvider stub = provider
                    ? new StandInProvider(List.of("java", "-jar", "stub.jar", id), "http://127.0.0.1:8089/", null)
                    : null;
            StandInProvider driver =
                    provider ? new StandInProvider(List.of("driver", id), "9000", List.of("kill")) : null;
            return new Module(
                    id, null, ModuleKind.COMPONENT, null, null, risk, null, 0, 0, false, commands, stub, driver);
        }
    }

    /** A dependency between module positions; {@code stubbable} null means the kind's default. */
    public record EdgeSpec(
            int from, int to, DependencyKind kind, double weight, int attributes, int methods, Boolean stubbable) {
        Dependency toDependency(List<ModuleSpec> modules) {
            return new Dependency(
                    modules.get(from).id(),
                    modules.get(to).id(),
                    kind,
                    weight,
                    attributes,
                    methods,
                    null,
                    stubbable == null ? kind.stubbableByDefault() : stubbable);
        }

        boolean isStubbable() {
            return stubbable == null ? kind.stubbableByDefault() : stubbable;
        }

        @Override
        public String toString() {
            return from + "->" + to + " " + kind.key() + (isStubbable() ? "" : "!") + " w" + weight
                    + (attributes + methods > 0 ? " A" + attributes + "M" + methods : "");
        }
    }

    public record GraphSpec(Shape shape, List<ModuleSpec> modules, List<EdgeSpec> edges, boolean projectCommand) {
        /** The graph, modules and dependencies added in the spec's order. */
        public DependencyGraph build() {
            return build(modules, edges);
        }

        /** The same graph with modules and dependencies added in a shuffled order. */
        public DependencyGraph buildShuffled(Random random) {
            List<ModuleSpec> ms = new ArrayList<>(modules);
            List<EdgeSpec> es = new ArrayList<>(edges);
            Collections.shuffle(ms, random);
            Collections.shuffle(es, random);
            return build(ms, es);
        }

        private DependencyGraph build(List<ModuleSpec> ms, List<EdgeSpec> es) {
            DependencyGraph.Builder b = DependencyGraph.builder("random");
            ms.forEach(m -> b.addModule(m.toModule()));
            es.forEach(e -> b.addDependency(e.toDependency(modules)));
            if (projectCommand) {
                b.command("test", List.of("mvn", "-pl", "{modules}", "verify", "-Dgroups=itplan-{step}"));
            }
            return b.build();
        }

        public int size() {
            return modules.size();
        }

        /** The same graph with every dependency stubbable: the graphs of DESIGN §4's promises about shapes. */
        public GraphSpec everythingStubbable() {
            return new GraphSpec(
                    shape,
                    modules,
                    edges.stream()
                            .map(e -> new EdgeSpec(
                                    e.from(), e.to(), e.kind(), e.weight(), e.attributes(), e.methods(), true))
                            .toList(),
                    projectCommand);
        }

        /** Whether some dependency of the graph cannot be stubbed. */
        public boolean hasUnstubbable() {
            return edges.stream().anyMatch(e -> !e.isStubbable());
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(shape + " ");
            for (int i = 0; i < modules.size(); i++) {
                s.append(i)
                        .append('=')
                        .append(modules.get(i).id().replace("\n", "\\n").replace("\t", "\\t"))
                        .append('(')
                        .append(modules.get(i).risk().key())
                        .append(") ");
            }
            return s.append(edges).append(projectCommand ? " +cmd" : "").toString();
        }
    }

    private record RawEdge(
            int from, int offset, DependencyKind kind, double weight, int attributes, int methods, Boolean stubbable) {}

    private static Arbitrary<DependencyKind> kinds() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(DependencyKind.USES)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(DependencyKind.CALL)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(DependencyKind.INHERITANCE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(DependencyKind.COMPOSITION)),
                net.jqwik.api.Tuple.of(
                        3,
                        Arbitraries.of(
                                DependencyKind.ASSOCIATION,
                                DependencyKind.AGGREGATION,
                                DependencyKind.INTER_TYPE,
                                DependencyKind.MESSAGE,
                                DependencyKind.DATA,
                                DependencyKind.AUTH,
                                DependencyKind.EXTERNAL)));
    }

    private static Arbitrary<RawEdge> rawEdges(int n) {
        // 0.1, 0.2 and 0.7 add up differently in different orders: merging must not depend on drawing order
        Arbitrary<Double> weights = Arbitraries.of(1.0, 2.0, 0.5, 3.0, 0.1, 0.2, 0.7, 1.5);
        Arbitrary<Integer> counts = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 6)));
        Arbitrary<Boolean> override = Arbitraries.of(true, false).injectNull(0.8);
        return Combinators.combine(
                        Arbitraries.integers().between(0, n - 1),
                        Arbitraries.integers().between(0, n - 2),
                        kinds(),
                        weights,
                        counts,
                        counts,
                        override)
                .as(RawEdge::new);
    }

    private static EdgeSpec shaped(Shape shape, int n, RawEdge r) {
        int a = r.from();
        int b = (r.from() + 1 + r.offset()) % n;
        Boolean stubbable = r.stubbable();
        switch (shape) {
            case ACYCLIC -> {
                int lo = Math.min(a, b);
                b = Math.max(a, b);
                a = lo;
            }
            case BREAKABLE -> {
                // unstubbable pairs only go forward in position order, so every cycle has a stubbable pair
                if (a > b) {
                    stubbable = Boolean.TRUE;
                }
            }
            default -> {}
        }
        return new EdgeSpec(a, b, r.kind(), r.weight(), r.attributes(), r.methods(), stubbable);
    }

    /** Graphs of {@code minModules..maxModules} modules of the given shapes. */
    public static Arbitrary<GraphSpec> graphs(int minModules, int maxModules, Shape... shapes) {
        Arbitrary<Shape> shape = Arbitraries.of(shapes);
        return Arbitraries.integers().between(minModules, maxModules).flatMap(n -> {
            Arbitrary<List<String>> ids =
                    Arbitraries.of(ID_POOL).list().ofSize(n).uniqueElements();
            Arbitrary<List<Risk>> risks =
                    Arbitraries.of(Risk.MEDIUM, Risk.HIGH, Risk.LOW).list().ofSize(n);
            Arbitrary<List<Boolean>> own =
                    Arbitraries.of(false, false, false, false, true).list().ofSize(n);
            Arbitrary<List<RawEdge>> edges = n < 2
                    ? Arbitraries.just(List.of())
                    : rawEdges(n).list().ofMinSize(n / 2).ofMaxSize(Math.min(2 * n + 2, 50));
            Arbitrary<Boolean> command = Arbitraries.of(false, true);
            return Combinators.combine(shape, ids, risks, own, edges, command).as((s, is, rs, os, es, cmd) -> {
                List<ModuleSpec> ms = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    ms.add(new ModuleSpec(is.get(i), rs.get(i), os.get(i), i % 4 == 3 && os.get(i)));
                }
                List<EdgeSpec> spec = es.stream().map(r -> shaped(s, n, r)).toList();
                return new GraphSpec(s, List.copyOf(ms), spec, cmd);
            });
        });
    }

    // ----- references, computed without the planner -----------------------------------------------------------

    /** All dependencies between two modules, merged: weights and counts added, stubbable only if all are. */
    public record Pair(String from, String to, double weight, int attributes, int methods, boolean stubbable) {}

    /** The merged pairs of a graph keyed by "from\u0000to", in dependency order. */
    public static Map<List<String>, Pair> pairs(DependencyGraph graph) {
        Map<List<String>, Pair> out = new TreeMap<>((x, y) -> {
            int c = x.get(0).compareTo(y.get(0));
            return c != 0 ? c : x.get(1).compareTo(y.get(1));
        });
        for (Dependency d : graph.dependencies()) {
            List<String> key = List.of(d.from(), d.to());
            Pair old = out.get(key);
            out.put(
                    key,
                    old == null
                            ? new Pair(d.from(), d.to(), d.weight(), d.attributes(), d.methods(), d.stubbable())
                            : new Pair(
                                    d.from(),
                                    d.to(),
                                    old.weight() + d.weight(),
                                    old.attributes() + d.attributes(),
                                    old.methods() + d.methods(),
                                    old.stubbable() && d.stubbable()));
        }
        return out;
    }

    static Graph<String, DefaultEdge> digraph(DependencyGraph graph, java.util.function.Predicate<Pair> keep) {
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        graph.modules().forEach(m -> g.addVertex(m.id()));
        for (Pair p : pairs(graph).values()) {
            if (keep.test(p)) {
                g.addEdge(p.from(), p.to());
            }
        }
        return g;
    }

    /** Whether some cycle consists of unstubbable pairs only. */
    public static boolean hasUnstubbableCycle(DependencyGraph graph) {
        return new CycleDetector<>(digraph(graph, p -> !p.stubbable())).detectCycles();
    }

    public static boolean isAcyclic(DependencyGraph graph, java.util.Set<List<String>> removed) {
        return !new CycleDetector<>(digraph(graph, p -> !removed.contains(List.of(p.from(), p.to())))).detectCycles();
    }

    /** Longest path, in edges, from a root in the graph without the removed pairs (which must be acyclic). */
    public static int maxDepthWithout(DependencyGraph graph, java.util.Set<List<String>> removed) {
        return longestPath(digraph(graph, p -> !removed.contains(List.of(p.from(), p.to()))));
    }

    /** Longest path, in edges, of the graph of strongly connected components. */
    public static int maxDepthOfComponents(DependencyGraph graph) {
        Graph<String, DefaultEdge> g = digraph(graph, p -> true);
        List<java.util.Set<String>> comps = new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets();
        Map<String, String> rep = new HashMap<>();
        Graph<String, DefaultEdge> c = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (java.util.Set<String> comp : comps) {
            String r = comp.iterator().next();
            comp.forEach(v -> rep.put(v, r));
            c.addVertex(r);
        }
        for (DefaultEdge e : g.edgeSet()) {
            String a = rep.get(g.getEdgeSource(e));
            String b = rep.get(g.getEdgeTarget(e));
            if (!a.equals(b)) {
                c.addEdge(a, b);
            }
        }
        return longestPath(c);
    }

    private static int longestPath(Graph<String, DefaultEdge> dag) {
        Map<String, Integer> depth = new HashMap<>();
        int max = 0;
        TopologicalOrderIterator<String, DefaultEdge> it = new TopologicalOrderIterator<>(dag);
        while (it.hasNext()) {
            String v = it.next();
            int d = depth.getOrDefault(v, 0);
            max = Math.max(max, d);
            for (DefaultEdge e : dag.outgoingEdgesOf(v)) {
                depth.merge(dag.getEdgeTarget(e), d + 1, Math::max);
            }
        }
        return max;
    }

    /**
     * The acyclic graph of units the strategies order, computed with JGraphT: with {@code cluster} each strongly
     * connected component is a unit, with {@code break} each module is one and the broken pairs are left out.
     *
     * @param depth  longest path from a unit without clients
     * @param height longest path to a unit without suppliers
     */
    public record Units(
            Map<String, Integer> unitOf,
            List<java.util.Set<String>> members,
            List<java.util.Set<Integer>> suppliers,
            List<java.util.Set<Integer>> clients,
            int[] depth,
            int[] height) {
        public int depthOf(String module) {
            return depth[unitOf.get(module)];
        }

        public int heightOf(String module) {
            return height[unitOf.get(module)];
        }

        public int maxDepth() {
            return java.util.Arrays.stream(depth).max().orElse(0);
        }
    }

    public static Units units(DependencyGraph graph, boolean cluster, java.util.Set<List<String>> broken) {
        Graph<String, DefaultEdge> g = digraph(graph, p -> !broken.contains(List.of(p.from(), p.to())));
        List<java.util.Set<String>> members = new ArrayList<>();
        if (cluster) {
            new KosarajuStrongConnectivityInspector<>(g)
                    .stronglyConnectedSets()
                    .forEach(c -> members.add(new java.util.TreeSet<>(c)));
        } else {
            graph.modules().forEach(m -> members.add(java.util.Set.of(m.id())));
        }
        Map<String, Integer> unitOf = new HashMap<>();
        for (int u = 0; u < members.size(); u++) {
            for (String m : members.get(u)) {
                unitOf.put(m, u);
            }
        }
        int k = members.size();
        List<java.util.Set<Integer>> sup = new ArrayList<>();
        List<java.util.Set<Integer>> cli = new ArrayList<>();
        Graph<Integer, DefaultEdge> dag = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int u = 0; u < k; u++) {
            sup.add(new java.util.TreeSet<>());
            cli.add(new java.util.TreeSet<>());
            dag.addVertex(u);
        }
        for (DefaultEdge e : g.edgeSet()) {
            int a = unitOf.get(g.getEdgeSource(e));
            int b = unitOf.get(g.getEdgeTarget(e));
            if (a != b) {
                sup.get(a).add(b);
                cli.get(b).add(a);
                dag.addEdge(a, b);
            }
        }
        List<Integer> topo = new ArrayList<>();
        new TopologicalOrderIterator<>(dag).forEachRemaining(topo::add);
        int[] depth = new int[k];
        int[] height = new int[k];
        for (int u : topo) {
            for (int s : sup.get(u)) {
                depth[s] = Math.max(depth[s], depth[u] + 1);
            }
        }
        for (int i = topo.size() - 1; i >= 0; i--) {
            int u = topo.get(i);
            for (int s : sup.get(u)) {
                height[u] = Math.max(height[u], height[s] + 1);
            }
        }
        return new Units(unitOf, members, sup, cli, depth, height);
    }

    /** The cost of stubbing a pair under an objective key (stubs, cost, ocplx), from the DESIGN formulas. */
    public static double cost(Pair p, String objective, double amax, double mmax) {
        return switch (objective) {
            case "stubs" -> 1;
            case "cost" -> p.weight();
            case "am" -> p.attributes();
            default -> {
                double a = amax == 0 ? 0 : p.attributes() / amax;
                double m = mmax == 0 ? 0 : p.methods() / mmax;
                yield Math.sqrt(0.5 * a * a + 0.5 * m * m);
            }
        };
    }

    /**
     * The least total cost of stubbable pairs whose removal leaves the graph acyclic, by trying every order of
     * the modules: the pairs pointing backwards in an order are exactly a feedback arc set.
     */
    public static double bruteForceMinimumFeedbackArcSet(DependencyGraph graph, String objective) {
        List<String> ids = graph.modules().stream().map(Module::id).toList();
        List<Pair> ps = List.copyOf(pairs(graph).values());
        double amax = ps.stream().mapToDouble(Pair::attributes).max().orElse(0);
        double mmax = ps.stream().mapToDouble(Pair::methods).max().orElse(0);
        int n = ids.size();
        int[] from = new int[ps.size()];
        int[] to = new int[ps.size()];
        double[] c = new double[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            from[i] = ids.indexOf(ps.get(i).from());
            to[i] = ids.indexOf(ps.get(i).to());
            c[i] = ps.get(i).stubbable() ? cost(ps.get(i), objective, amax, mmax) : Double.POSITIVE_INFINITY;
        }
        int[] perm = new int[n];
        int[] pos = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        double[] best = {Double.POSITIVE_INFINITY};
        permute(perm, 0, pos, from, to, c, best);
        return best[0];
    }

    private static void permute(int[] perm, int k, int[] pos, int[] from, int[] to, double[] c, double[] best) {
        if (k == perm.length) {
            for (int i = 0; i < perm.length; i++) {
                pos[perm[i]] = i;
            }
            double total = 0;
            for (int a = 0; a < from.length; a++) {
                if (pos[from[a]] > pos[to[a]]) {
                    total += c[a];
                }
            }
            best[0] = Math.min(best[0], total);
            return;
        }
        for (int i = k; i < perm.length; i++) {
            swap(perm, k, i);
            permute(perm, k + 1, pos, from, to, c, best);
            swap(perm, k, i);
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
