package io.itplan.core.plan;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Link;
import io.itplan.core.graph.StringIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The plan checker's stand-in part: each step's stubs and drivers against the rule, no unstubbable dependency
 * stubbed, the plan's {@code doubles} (one per role and module, for exactly the clients the rule says) and the
 * metrics that follow from them.
 */
final class StandInCheck {
    private static final double TOLERANCE = 1e-6;

    private final DependencyGraph graph;
    private final GraphIndex g;
    private final IntegrationPlan plan;
    private final StepStructure st;
    private final Problems problems;
    /** The plan's stand-ins by id (the first of an id), numbered in plan order; a step names them by id. */
    private final StringIndex byId;

    private final StandIn[] doubles;
    /** The module each stand-in is of: looked up once per stand-in, not per mention. */
    private final int[] ofIndex;
    /** By number in {@link #byId}, the first stand-in with that id. */
    private final int[] firstWithId;

    StandInCheck(DependencyGraph graph, IntegrationPlan plan, StepStructure st, Problems problems) {
        this.graph = graph;
        this.g = graph.index();
        this.plan = plan;
        this.st = st;
        this.stubLinks = new BitSet(g.linkCount());
        this.driverLinks = new BitSet(g.linkCount());
        this.problems = problems;
        doubles = plan.doubles().toArray(new StandIn[0]);
        byId = new StringIndex(doubles.length);
        firstWithId = new int[doubles.length];
        ofIndex = new int[doubles.length];
        for (int k = 0; k < doubles.length; k++) {
            int known = byId.size();
            int n = byId.add(doubles[k].id());
            if (n == known) {
                firstWithId[n] = k;
            }
            ofIndex[k] = g.indexOf(doubles[k].of());
        }
    }

    private final BitSet stubLinks;
    private final BitSet driverLinks;

    /** One step: its stubs and drivers against the rule, and the specific stand-ins of the modules it integrates. */
    void step(int i, int[] own, BitSet sub, BitSet suppliers, BitSet driven) {
        Step step = st.order().get(i);
        compareStep(step, Role.STUB, step.stubs(), Subsystems.stubbed(sub, suppliers));
        compareStep(step, Role.DRIVER, step.drivers(), driven);
        // Specific stand-ins: a stub of v for u when v is not in the subsystem of u's step; drivers alike.
        for (int u : own) {
            for (int li : g.outLinks(u)) {
                if (!sub.get(g.link(li).to())) {
                    stubLinks.set(li);
                }
            }
            for (int li : g.inLinks(u)) {
                if (!sub.get(g.link(li).from())) {
                    driverLinks.set(li);
                }
            }
        }
    }

    /** After the last step: unstubbable dependencies stubbed, the plan's stand-ins and the metrics. */
    void finish() {
        for (int li = stubLinks.nextSetBit(0); li >= 0; li = stubLinks.nextSetBit(li + 1)) {
            if (!g.link(li).stubbable()) {
                unstubbableStubbed(g.link(li));
            }
        }
        Map<Integer, Set<Integer>> stubClients = clientsByModule(stubLinks);
        Map<Integer, Set<Integer>> driverClients = clientsByModule(driverLinks);
        compareDoubles(Role.STUB, stubClients);
        compareDoubles(Role.DRIVER, driverClients);
        compareMetrics(stubLinks, stubClients.size(), driverLinks.cardinality(), driverClients.size());
    }

    private void unstubbableStubbed(Link l) {
        String from = g.id(l.from());
        String to = g.id(l.to());
        String kinds = graph.dependencies().stream()
                .filter(d -> d.from().equals(from) && d.to().equals(to) && !d.stubbable())
                .map(d -> d.kind().key())
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        problems.add("dependency " + from + " -> " + to + " is not stubbable (" + kinds + "), yet step '"
                + st.order().get(st.stepOf()[l.from()]).id() + "' stubs " + to + " for " + from + ": integrate " + to
                + " in that step or before it");
    }

    /** By table of ids that steps' lists pick from, the stand-in each id of it names (-1: none). */
    private final Map<String[], int[]> resolvedTables = new java.util.IdentityHashMap<>();

    /**
     * The stand-in each id of a step's list names, by position. Lists picked from a table of ids (as a plan made or
     * read here has them) have each id of the table looked up once, not once per mention.
     */
    private java.util.function.IntUnaryOperator standInsOf(List<String> ids) {
        if (ids instanceof IdList l) {
            int[] resolved = resolvedTables.computeIfAbsent(l.table(), table -> {
                int[] r = new int[table.length];
                for (int t = 0; t < table.length; t++) {
                    // A table still being filled has room to spare: no list picks those slots.
                    r[t] = table[t] == null ? -1 : standIn(table[t]);
                }
                return r;
            });
            return i -> resolved[l.pick(i)];
        }
        return i -> standIn(ids.get(i));
    }

    /** The first stand-in with this id, or -1. */
    private int standIn(String id) {
        int n = byId.get(id);
        return n < 0 ? -1 : firstWithId[n];
    }

    private void compareStep(Step step, Role role, List<String> claimedIds, BitSet expected) {
        String what = role.key() + "s";
        BitSet claimed = new BitSet(g.size());
        boolean ok = true;
        java.util.function.IntUnaryOperator standInAt = standInsOf(claimedIds);
        for (int i = 0; i < claimedIds.size(); i++) {
            String id = claimedIds.get(i);
            int k = standInAt.applyAsInt(i);
            StandIn d = k < 0 ? null : doubles[k];
            int of = k < 0 ? -1 : ofIndex[k];
            if (d == null) {
                problems.add("step '" + step.id() + "': " + what + " names unknown double '" + id + "'");
                ok = false;
            } else if (d.role() != role) {
                problems.add("step '" + step.id() + "': " + what + " names '" + id + "', which is a "
                        + d.role().key());
                ok = false;
            } else if (of < 0) {
                problems.add("step '" + step.id() + "': " + what + " names '" + id + "', which is of unknown module '"
                        + d.of() + "'");
                ok = false;
            } else if (claimed.get(of)) {
                problems.add(
                        "step '" + step.id() + "': " + what + " lists a " + role.key() + " of '" + d.of() + "' twice");
                ok = false;
            } else {
                claimed.set(of);
            }
        }
        if (ok && !claimed.equals(expected)) {
            problems.add("step '" + step.id() + "': " + what + ": " + differences(modules(claimed), modules(expected)));
        }
    }

    private Map<Integer, Set<Integer>> clientsByModule(BitSet links) {
        Map<Integer, Set<Integer>> out = new TreeMap<>();
        for (int li = links.nextSetBit(0); li >= 0; li = links.nextSetBit(li + 1)) {
            out.computeIfAbsent(g.link(li).to(), k -> new TreeSet<>())
                    .add(g.link(li).from());
        }
        return out;
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
            if (d.role() == role && claimed.put(d.of(), d.forModules()) != null) {
                problems.add("doubles: two " + role.key() + "s of '" + d.of() + "'");
            }
        }
        Map<String, List<String>> exp = new TreeMap<>();
        expected.forEach(
                (v, c) -> exp.put(g.id(v), c.stream().map(g::id).sorted().toList()));
        Set<String> all = new TreeSet<>(claimed.keySet());
        all.addAll(exp.keySet());
        for (String v : all) {
            List<String> c = claimed.get(v);
            List<String> e = exp.get(v);
            if (c == null) {
                problems.add("doubles: a " + role.phrase(List.of(v), e) + " is needed but not listed");
            } else if (e == null) {
                problems.add("doubles: the " + role.key() + " of '" + v + "' is listed but never needed");
            } else if (!new TreeSet<>(c).equals(new TreeSet<>(e)) || c.size() != e.size()) {
                problems.add("doubles: the " + role.key() + " of '" + v + "' is " + role.clientsWord() + " " + c
                        + ", the rule says " + e);
            }
        }
    }

    private void compareMetrics(BitSet stubLinks, int genericStubs, int specificDrivers, int genericDrivers) {
        int[] depth = StepDepths.of(st.parents());
        BrokenCost stubs = BrokenCost.of(g, stubLinks);
        Metrics expected = new Metrics(
                st.order().size(),
                StepDepths.longestChain(depth),
                StepDepths.width(depth),
                stubs.count(),
                genericStubs,
                stubs.weight(),
                stubs.attributes(),
                stubs.methods(),
                stubs.ocplx(),
                specificDrivers,
                genericDrivers);
        for (String k : Metrics.KEYS) {
            double claimed = plan.metrics().value(k).doubleValue();
            double exp = expected.value(k).doubleValue();
            if (Math.abs(claimed - exp) > TOLERANCE * Math.max(1, Math.abs(exp))) {
                problems.add("metrics: " + k + " is " + plan.metrics().value(k) + ", the rule says "
                        + (exp == Math.rint(exp) ? String.valueOf((long) exp) : String.valueOf(Metrics.round(exp))));
            }
        }
    }

    static <T extends Comparable<T>> String differences(Set<T> claimed, Set<T> expected) {
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
}
