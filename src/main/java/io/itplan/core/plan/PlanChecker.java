package io.itplan.core.plan;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Link;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The referee: recomputes from the one rule of DESIGN §3 everything a plan claims — each step's subsystem,
 * the stubs and drivers it needs, the dependencies it tests, the stand-ins and the metrics — and lists
 * every disagreement. It is written independently of the strategies: it builds each step's subsystem
 * explicitly and scans every dependency against it, where the planner reasons pair by pair.
 *
 * <p>Cost: O(steps · dependencies) bit tests, plus O(steps · modules / 64) for the subsystems.
 */
public final class PlanChecker {
    private static final double TOLERANCE = 1e-6;

    private PlanChecker() {}

    /** Every disagreement between {@code plan} and the rule applied to {@code graph}; empty when valid. */
    public static List<String> check(DependencyGraph graph, IntegrationPlan plan, String expectedDigest) {
        return new Run(graph, plan).check(expectedDigest);
    }

    private static final class Run {
        private final DependencyGraph graph;
        private final GraphIndex g;
        private final IntegrationPlan plan;
        private final List<String> problems = new ArrayList<>();

        Run(DependencyGraph graph, IntegrationPlan plan) {
            this.graph = graph;
            this.g = graph.index();
            this.plan = plan;
        }

        private void problem(String text) {
            if (problems.size() < 200) {
                problems.add(text);
            } else if (problems.size() == 200) {
                problems.add("... more disagreements not listed");
            }
        }

        List<String> check(String expectedDigest) {
            if (expectedDigest != null && !expectedDigest.equals(plan.graph().digest())) {
                problem("graph: the plan was made for another version of the graph (digest "
                        + plan.graph().digest() + ", the graph's is " + expectedDigest + ")");
            }
            Map<String, Step> steps = new HashMap<>();
            for (Step s : plan.steps()) {
                if (!PlanIds.isValid(s.id())) {
                    problem("step '" + s.id() + "': id does not match " + PlanIds.ID.pattern());
                }
                if (steps.put(s.id(), s) != null) {
                    problem("step '" + s.id() + "': id used twice");
                }
            }
            Map<String, StandIn> doubles = new HashMap<>();
            for (StandIn d : plan.doubles()) {
                if (!PlanIds.isValid(d.id())) {
                    problem("double '" + d.id() + "': id does not match " + PlanIds.ID.pattern());
                }
                if (steps.containsKey(d.id()) || doubles.put(d.id(), d) != null) {
                    problem("double '" + d.id() + "': id used twice");
                }
            }
            List<Step> order = stepOrder(steps);
            if (order == null) {
                return problems;
            }
            int[] stepOfModule = integratedOnce(order);
            if (stepOfModule == null) {
                return problems;
            }
            checkAgainstRule(order, steps, doubles);
            checkCycleBreaking();
            if (plan.maxParallel() < 1) {
                problem("maxParallel: must be at least 1, is " + plan.maxParallel());
            }
            return problems;
        }

        /** The steps in an order that respects {@code after}, or null when {@code after} is broken. */
        private List<Step> stepOrder(Map<String, Step> steps) {
            Graph<String, DefaultEdge> dag = new DefaultDirectedGraph<>(DefaultEdge.class);
            plan.steps().forEach(s -> dag.addVertex(s.id()));
            boolean ok = true;
            for (Step s : plan.steps()) {
                for (String a : s.after()) {
                    if (!steps.containsKey(a)) {
                        problem("step '" + s.id() + "': comes after unknown step '" + a + "'");
                        ok = false;
                    } else if (a.equals(s.id())) {
                        problem("step '" + s.id() + "': comes after itself");
                        ok = false;
                    } else {
                        dag.addEdge(a, s.id());
                    }
                }
            }
            if (!ok) {
                return null;
            }
            CycleDetector<String, DefaultEdge> cycles = new CycleDetector<>(dag);
            if (cycles.detectCycles()) {
                problem("steps: 'after' forms a cycle through " + new TreeSet<>(cycles.findCycles()));
                return null;
            }
            List<Step> order = new ArrayList<>();
            new TopologicalOrderIterator<>(dag).forEachRemaining(id -> order.add(steps.get(id)));
            return order;
        }

        private int[] integratedOnce(List<Step> order) {
            int[] stepOf = new int[g.size()];
            java.util.Arrays.fill(stepOf, -1);
            boolean ok = true;
            for (int i = 0; i < order.size(); i++) {
                for (String id : order.get(i).integrate()) {
                    int v = g.indexOf(id);
                    if (v < 0) {
                        problem("step '" + order.get(i).id() + "': integrates unknown module '" + id + "'");
                        ok = false;
                    } else if (stepOf[v] >= 0) {
                        problem("module '" + id + "': integrated in step '"
                                + order.get(stepOf[v]).id() + "' and again in step '"
                                + order.get(i).id() + "'");
                        ok = false;
                    } else {
                        stepOf[v] = i;
                    }
                }
            }
            for (int v = 0; v < g.size(); v++) {
                if (stepOf[v] < 0) {
                    problem("module '" + g.id(v) + "': integrated in no step");
                    ok = false;
                }
            }
            return ok ? stepOf : null;
        }

        private void checkAgainstRule(List<Step> order, Map<String, Step> steps, Map<String, StandIn> doubles) {
            int s = order.size();
            int n = g.size();
            Map<String, Integer> pos = new HashMap<>();
            for (int i = 0; i < s; i++) {
                pos.put(order.get(i).id(), i);
            }
            int[][] parents = new int[s][];
            int[] level = new int[s];
            for (int i = 0; i < s; i++) {
                parents[i] = order.get(i).after().stream().mapToInt(pos::get).toArray();
                for (int p : parents[i]) {
                    level[i] = Math.max(level[i], level[p] + 1);
                }
            }
            Map<String, Integer> replacedBy = new HashMap<>();
            doubles.values().forEach(d -> replacedBy.put(d.id(), g.indexOf(d.replaces())));

            // Each step's subsystem S, the suppliers its modules depend on, and the clients that depend on them:
            // unions over the steps before it, so a plan of thousands of steps costs bit operations, not scans.
            BitSet[] subsystem = new BitSet[s];
            BitSet[] suppliers = new BitSet[s];
            BitSet[] clients = new BitSet[s];
            int[] stepOf = new int[n];
            for (int i = 0; i < s; i++) {
                BitSet sub = new BitSet(n);
                BitSet sup = new BitSet(n);
                BitSet cli = new BitSet(n);
                for (int p : parents[i]) {
                    sub.or(subsystem[p]);
                    sup.or(suppliers[p]);
                    cli.or(clients[p]);
                }
                for (String id : order.get(i).integrate()) {
                    int u = g.indexOf(id);
                    stepOf[u] = i;
                    sub.set(u);
                    for (int li : g.outLinks(u)) {
                        sup.set(g.link(li).to());
                    }
                    for (int li : g.inLinks(u)) {
                        cli.set(g.link(li).from());
                    }
                }
                subsystem[i] = sub;
                suppliers[i] = sup;
                clients[i] = cli;
                // Stubs: suppliers outside the subsystem. Drivers: members called by a client outside it.
                BitSet stubs = (BitSet) sup.clone();
                stubs.andNot(sub);
                BitSet outsideClients = (BitSet) cli.clone();
                outsideClients.andNot(sub);
                BitSet drivers = new BitSet(n);
                for (int u = outsideClients.nextSetBit(0); u >= 0; u = outsideClients.nextSetBit(u + 1)) {
                    for (int li : g.outLinks(u)) {
                        if (sub.get(g.link(li).to())) {
                            drivers.set(g.link(li).to());
                        }
                    }
                }
                Step step = order.get(i);
                compareStandIns(step, "stubs", Role.STUB, step.stubs(), stubs, doubles, replacedBy);
                compareStandIns(step, "drivers", Role.DRIVER, step.drivers(), drivers, doubles, replacedBy);
            }

            // Specific stand-ins: a stub of v for u when v is not in the subsystem of u's step; drivers alike.
            BitSet stubLinks = new BitSet(g.linkCount());
            BitSet driverLinks = new BitSet(g.linkCount());
            for (int li = 0; li < g.linkCount(); li++) {
                Link l = g.link(li);
                if (!subsystem[stepOf[l.from()]].get(l.to())) {
                    stubLinks.set(li);
                }
                if (!subsystem[stepOf[l.to()]].get(l.from())) {
                    driverLinks.set(li);
                }
            }
            checkTests(order, parents, subsystem);
            Map<Integer, Set<Integer>> stubClients = clientsBySupplier(stubLinks);
            Map<Integer, Set<Integer>> driverClients = clientsBySupplier(driverLinks);
            compareDoubles(Role.STUB, stubClients);
            compareDoubles(Role.DRIVER, driverClients);
            compareMetrics(s, level, stubClients, driverClients);
        }

        /**
         * A dependency is tested in the first steps whose subsystems hold both ends. Each claim is checked
         * (both ends in the step, in no step before it), then that the claimed steps and the steps after them
         * are exactly the steps that hold both ends, so that no first step is left out.
         */
        private void checkTests(List<Step> order, int[][] parents, BitSet[] subsystem) {
            int s = order.size();
            int n = g.size();
            Map<Integer, Set<DependencyRef>> extra = new TreeMap<>();
            Map<Integer, Set<DependencyRef>> missing = new TreeMap<>();
            Map<Integer, List<Integer>> claimedAt = new HashMap<>();
            for (int i = 0; i < s; i++) {
                Set<Integer> seen = new HashSet<>();
                for (DependencyRef r : order.get(i).tests()) {
                    int u = g.indexOf(r.from());
                    int v = g.indexOf(r.to());
                    int li = u < 0 || v < 0 ? -1 : g.linkIndex(u, v);
                    boolean valid = li >= 0 && seen.add(li) && subsystem[i].get(u) && subsystem[i].get(v);
                    for (int p : valid ? parents[i] : new int[0]) {
                        valid &= !(subsystem[p].get(u) && subsystem[p].get(v));
                    }
                    if (valid) {
                        claimedAt.computeIfAbsent(li, k -> new ArrayList<>()).add(i);
                    } else {
                        extra.computeIfAbsent(i, k -> new TreeSet<>()).add(r);
                    }
                }
            }
            // Which steps hold each module (the subsystems, transposed), and what comes after each step.
            int words = (s + 63) >>> 6;
            long[][] holding = new long[n][words];
            for (int i = 0; i < s; i++) {
                for (int u = subsystem[i].nextSetBit(0); u >= 0; u = subsystem[i].nextSetBit(u + 1)) {
                    holding[u][i >>> 6] |= 1L << i;
                }
            }
            long[][] after = new long[s][words];
            for (int i = s - 1; i >= 0; i--) {
                after[i][i >>> 6] |= 1L << i;
                for (int p : parents[i]) {
                    for (int w = 0; w < words; w++) {
                        after[p][w] |= after[i][w];
                    }
                }
            }
            long[] covered = new long[words];
            for (int li = 0; li < g.linkCount(); li++) {
                Link l = g.link(li);
                java.util.Arrays.fill(covered, 0);
                for (int c : claimedAt.getOrDefault(li, List.of())) {
                    for (int w = 0; w < words; w++) {
                        covered[w] |= after[c][w];
                    }
                }
                boolean ever = false;
                boolean complete = true;
                for (int w = 0; w < words; w++) {
                    long both = holding[l.from()][w] & holding[l.to()][w];
                    ever |= both != 0;
                    complete &= (both & ~covered[w]) == 0;
                }
                DependencyRef ref = new DependencyRef(g.id(l.from()), g.id(l.to()));
                if (!ever) {
                    problem("dependency " + ref + ": never tested, no step's subsystem holds both ends");
                } else if (!complete) {
                    for (int i = 0; i < s; i++) {
                        boolean first = subsystem[i].get(l.from())
                                && subsystem[i].get(l.to())
                                && (covered[i >>> 6] & (1L << i)) == 0;
                        for (int p : first ? parents[i] : new int[0]) {
                            first &= !(subsystem[p].get(l.from()) && subsystem[p].get(l.to()));
                        }
                        if (first) {
                            missing.computeIfAbsent(i, k -> new TreeSet<>()).add(ref);
                        }
                    }
                }
            }
            Set<Integer> stepsWithProblems = new TreeSet<>(extra.keySet());
            stepsWithProblems.addAll(missing.keySet());
            for (int i : stepsWithProblems) {
                List<String> parts = new ArrayList<>();
                if (missing.containsKey(i)) {
                    parts.add("miss " + missing.get(i));
                }
                if (extra.containsKey(i)) {
                    parts.add("list " + extra.get(i) + " which the rule does not need");
                }
                problem("step '" + order.get(i).id() + "': tests " + String.join("; ", parts));
            }
        }

        private Map<Integer, Set<Integer>> clientsBySupplier(BitSet links) {
            Map<Integer, Set<Integer>> out = new TreeMap<>();
            for (int li = links.nextSetBit(0); li >= 0; li = links.nextSetBit(li + 1)) {
                out.computeIfAbsent(g.link(li).to(), k -> new TreeSet<>())
                        .add(g.link(li).from());
            }
            return out;
        }

        private void compareStandIns(
                Step step,
                String what,
                Role role,
                List<String> claimedIds,
                BitSet expected,
                Map<String, StandIn> doubles,
                Map<String, Integer> replacedBy) {
            BitSet claimed = new BitSet(g.size());
            boolean ok = true;
            for (String id : claimedIds) {
                StandIn d = doubles.get(id);
                if (d == null) {
                    problem("step '" + step.id() + "': " + what + " names unknown double '" + id + "'");
                    ok = false;
                } else if (d.role() != role) {
                    problem("step '" + step.id() + "': " + what + " names '" + id + "', which is a "
                            + d.role().key());
                    ok = false;
                } else if (replacedBy.get(id) < 0) {
                    problem("step '" + step.id() + "': " + what + " names '" + id + "', which replaces unknown module '"
                            + d.replaces() + "'");
                    ok = false;
                } else if (claimed.get(replacedBy.get(id))) {
                    problem("step '" + step.id() + "': " + what + " lists a stand-in for '" + d.replaces() + "' twice");
                    ok = false;
                } else {
                    claimed.set(replacedBy.get(id));
                }
            }
            if (ok && !claimed.equals(expected)) {
                problem("step '" + step.id() + "': " + what + " for "
                        + differences(modules(claimed), modules(expected)));
            }
        }

        private Set<String> modules(BitSet set) {
            Set<String> out = new TreeSet<>();
            for (int v = set.nextSetBit(0); v >= 0; v = set.nextSetBit(v + 1)) {
                out.add(g.id(v));
            }
            return out;
        }

        private void compareDoubles(Role role, Map<Integer, Set<Integer>> expected) {
            Map<String, List<String>> claimed = new TreeMap<>();
            for (StandIn d : plan.doubles()) {
                if (d.role() == role && claimed.put(d.replaces(), d.forModules()) != null) {
                    problem("doubles: two " + role.key() + "s replace '" + d.replaces() + "'");
                }
            }
            Map<String, List<String>> exp = new TreeMap<>();
            expected.forEach((v, clients) ->
                    exp.put(g.id(v), clients.stream().map(g::id).sorted().toList()));
            for (String v : union(claimed.keySet(), exp.keySet())) {
                List<String> c = claimed.get(v);
                List<String> e = exp.get(v);
                if (c == null) {
                    problem("doubles: a " + role.key() + " of '" + v + "' is needed for " + e + " but not listed");
                } else if (e == null) {
                    problem("doubles: the " + role.key() + " of '" + v + "' is listed but never needed");
                } else if (!new TreeSet<>(c).equals(new TreeSet<>(e)) || c.size() != e.size()) {
                    problem("doubles: the " + role.key() + " of '" + v + "' is for " + c + ", the rule says " + e);
                }
            }
        }

        private void compareMetrics(
                int s, int[] level, Map<Integer, Set<Integer>> stubClients, Map<Integer, Set<Integer>> driverClients) {
            int depth = 0;
            Map<Integer, Integer> perLevel = new HashMap<>();
            int width = 0;
            for (int i = 0; i < s; i++) {
                depth = Math.max(depth, level[i] + 1);
                width = Math.max(width, perLevel.merge(level[i], 1, Integer::sum));
            }
            int specificStubs = 0;
            double stubCost = 0;
            long attributes = 0;
            long methods = 0;
            double ocplx = 0;
            double amax = 0;
            double mmax = 0;
            Map<Long, double[]> pair = new HashMap<>();
            for (var d : graph.dependencies()) {
                double[] acc = pair.computeIfAbsent(key(g.indexOf(d.from()), g.indexOf(d.to())), k -> new double[3]);
                acc[0] += d.weight();
                acc[1] += d.attributes();
                acc[2] += d.methods();
            }
            for (double[] acc : pair.values()) {
                amax = Math.max(amax, acc[1]);
                mmax = Math.max(mmax, acc[2]);
            }
            for (var e : stubClients.entrySet()) {
                for (int u : e.getValue()) {
                    double[] acc = pair.get(key(u, e.getKey()));
                    specificStubs++;
                    stubCost += acc[0];
                    attributes += (long) acc[1];
                    methods += (long) acc[2];
                    double a = amax == 0 ? 0 : acc[1] / amax;
                    double m = mmax == 0 ? 0 : acc[2] / mmax;
                    ocplx += Math.sqrt((a * a + m * m) / 2);
                }
            }
            int specificDrivers =
                    driverClients.values().stream().mapToInt(Set::size).sum();
            Metrics expected = new Metrics(
                    s,
                    depth,
                    width,
                    specificStubs,
                    stubClients.size(),
                    stubCost,
                    attributes,
                    methods,
                    ocplx,
                    specificDrivers,
                    driverClients.size());
            for (String k : Metrics.KEYS) {
                double claimed = plan.metrics().value(k).doubleValue();
                double exp = expected.value(k).doubleValue();
                if (Math.abs(claimed - exp) > TOLERANCE * Math.max(1, Math.abs(exp))) {
                    problem("metrics: " + k + " is " + plan.metrics().value(k) + ", the rule says "
                            + (exp == Math.rint(exp)
                                    ? String.valueOf((long) exp)
                                    : String.valueOf(Metrics.round(exp))));
                }
            }
        }

        private static long key(int from, int to) {
            return ((long) from << 32) | to;
        }

        private void checkCycleBreaking() {
            CycleBreaking cb = plan.cycleBreaking();
            if (!Set.of("break", "cluster").contains(cb.policy())) {
                problem("cycleBreaking: unknown policy '" + cb.policy() + "'");
            }
            if (!Set.of("stubs", "cost", "ocplx", "am").contains(cb.objective())) {
                problem("cycleBreaking: unknown objective '" + cb.objective() + "'");
            }
            if (!Set.of("exact", "tai-daniels", "le-traon", "briand").contains(cb.algorithm())) {
                problem("cycleBreaking: unknown algorithm '" + cb.algorithm() + "'");
            }
            // Strongly connected components, found here by JGraphT: a broken dependency must lie on a cycle.
            Map<String, Integer> component = new HashMap<>();
            List<Set<String>> comps = new org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector<>(
                            graph.asGraph())
                    .stronglyConnectedSets();
            for (int c = 0; c < comps.size(); c++) {
                for (String id : comps.get(c)) {
                    component.put(id, c);
                }
            }
            Set<DependencyRef> seen = new HashSet<>();
            double cost = 0;
            for (DependencyRef r : cb.brokenDependencies()) {
                if (!seen.add(r)) {
                    problem("cycleBreaking: " + r + " is listed twice");
                    continue;
                }
                int u = g.indexOf(r.from());
                int v = g.indexOf(r.to());
                int li = u < 0 || v < 0 ? -1 : g.linkIndex(u, v);
                if (li < 0) {
                    problem("cycleBreaking: broken dependency " + r + " is not in the graph");
                } else if (!g.link(li).stubbable()) {
                    problem("cycleBreaking: broken dependency " + r + " is not stubbable");
                } else if (!component.get(r.from()).equals(component.get(r.to()))) {
                    problem("cycleBreaking: broken dependency " + r + " lies on no cycle");
                } else {
                    cost += switch (cb.objective()) {
                        case "cost" -> g.link(li).weight();
                        case "ocplx" -> g.complexity(li);
                        case "am" -> g.link(li).attributes();
                        default -> 1;
                    };
                }
            }
            double bound = cb.lowerBound();
            double tolerance = TOLERANCE * Math.max(1, cost);
            if (!(bound >= 0) || Double.isInfinite(bound)) {
                problem("cycleBreaking: lowerBound must be a number, 0 or more");
            } else if (bound > cost + tolerance) {
                problem("cycleBreaking: lowerBound " + bound + " is above the " + cb.objective()
                        + " of the broken dependencies, " + Metrics.round(cost));
            } else if (cb.optimal() && bound < cost - tolerance) {
                problem("cycleBreaking: optimal, yet lowerBound " + bound + " is below the " + cb.objective()
                        + " of the broken dependencies, " + Metrics.round(cost));
            }
        }

        private static <T extends Comparable<T>> String differences(Set<T> claimed, Set<T> expected) {
            Set<T> missing = new TreeSet<>(expected);
            missing.removeAll(claimed);
            Set<T> extra = new TreeSet<>(claimed);
            extra.removeAll(expected);
            List<String> parts = new ArrayList<>();
            if (!missing.isEmpty()) {
                parts.add("miss " + missing);
            }
            if (!extra.isEmpty()) {
                parts.add("list " + extra + " which the rule does not need");
            }
            if (parts.isEmpty()) {
                parts.add("list an entry twice");
            }
            return String.join("; ", parts);
        }

        private static <T extends Comparable<T>> Set<T> union(Set<T> a, Set<T> b) {
            Set<T> u = new TreeSet<>(a);
            u.addAll(b);
            return u;
        }
    }

    /**
     * The rule's view of one step (its subsystem built from the steps before it, and the stand-ins and tests
     * that follow), computed here on its own, so that what the plan view paints can be checked against it.
     *
     * @throws IllegalArgumentException when the plan has no such step
     */
    public static StepView stepView(DependencyGraph graph, IntegrationPlan plan, String stepId) {
        Map<String, Step> byId = new HashMap<>();
        plan.steps().forEach(s -> byId.put(s.id(), s));
        Step step = byId.get(stepId);
        if (step == null) {
            throw new IllegalArgumentException("the plan has no step '" + stepId + "'");
        }
        Set<String> before = new TreeSet<>();
        List<Set<String>> parents = new ArrayList<>();
        for (String p : step.after()) {
            Set<String> sub = subsystemOf(byId, p);
            parents.add(sub);
            before.addAll(sub);
        }
        Set<String> integrated = new TreeSet<>(step.integrate());
        Set<String> subsystem = new HashSet<>(before);
        subsystem.addAll(integrated);
        Map<String, Set<String>> stubbed = new TreeMap<>();
        Map<String, Set<String>> driven = new TreeMap<>();
        Set<DependencyRef> tested = new TreeSet<>();
        for (var d : graph.dependencies()) {
            boolean client = subsystem.contains(d.from());
            boolean supplier = subsystem.contains(d.to());
            if (client && !supplier) {
                stubbed.computeIfAbsent(d.to(), k -> new TreeSet<>()).add(d.from());
            } else if (supplier && !client) {
                driven.computeIfAbsent(d.from(), k -> new TreeSet<>()).add(d.to());
            } else if (client && parents.stream().noneMatch(p -> p.contains(d.from()) && p.contains(d.to()))) {
                tested.add(new DependencyRef(d.from(), d.to()));
            }
        }
        return new StepView(stepId, before, integrated, stubbed, driven, tested);
    }

    /** The modules of a step and of every step before it. */
    private static Set<String> subsystemOf(Map<String, Step> byId, String stepId) {
        Set<String> sub = new HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(stepId));
        Set<String> visited = new HashSet<>();
        while (!todo.isEmpty()) {
            Step s = byId.get(todo.poll());
            if (s != null && visited.add(s.id())) {
                sub.addAll(s.integrate());
                todo.addAll(s.after());
            }
        }
        return sub;
    }

    /** Whether {@code a} and {@code b} are equal to within the checker's tolerance; for callers comparing metrics. */
    public static boolean same(double a, double b) {
        return Objects.equals(a, b) || Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
    }
}
