package io.itplan.core;

import io.itplan.core.RandomGraphs.Pair;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.DependencyRef;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one rule of DESIGN §3 written out plainly, for comparing with what a plan claims: per step the modules
 * stubbed, the modules driven and the dependencies first tested; per stand-in the clients it serves; and the
 * metrics. Assumes the plan's steps are listed after the steps they name in {@code after}.
 */
public final class RuleReference {
    private RuleReference() {}

    /**
     * What a step needs or claims: stubbed and driven module ids, and tests as "from -> to".
     */
    public record StepOutcome(Set<String> stubs, Set<String> drivers, Set<String> tests) {}

    /**
     * @param steps    by step id
     * @param doubles  "stub:v" / "driver:v" to the clients served
     * @param measures metric values by key, rounded to 1e-6
     */
    public record Outcome(
            Map<String, StepOutcome> steps, Map<String, Set<String>> doubles, Map<String, Double> measures) {}

    /** What the rule says the plan's steps need. */
    public static Outcome expected(DependencyGraph graph, IntegrationPlan plan) {
        Map<List<String>, Pair> pairs = RandomGraphs.pairs(graph);
        Map<String, Set<String>> sub = new HashMap<>();
        Map<String, Integer> level = new HashMap<>();
        Map<String, StepOutcome> steps = new TreeMap<>();
        Map<String, Set<String>> doubles = new TreeMap<>();
        Map<String, String> stepOf = new HashMap<>();
        plan.steps().forEach(s -> s.integrate().forEach(m -> stepOf.put(m, s.id())));
        for (Step s : plan.steps()) {
            Set<String> mine = new HashSet<>(s.integrate());
            int lv = 0;
            for (String a : s.after()) {
                mine.addAll(sub.get(a));
                lv = Math.max(lv, level.get(a) + 1);
            }
            sub.put(s.id(), mine);
            level.put(s.id(), lv);
            Set<String> stubs = new TreeSet<>();
            Set<String> drivers = new TreeSet<>();
            Set<String> tests = new TreeSet<>();
            for (Pair p : pairs.values()) {
                boolean u = mine.contains(p.from());
                boolean v = mine.contains(p.to());
                if (u && !v) {
                    stubs.add(p.to());
                } else if (v && !u) {
                    drivers.add(p.to());
                } else if (u
                        && s.after().stream()
                                .noneMatch(a -> sub.get(a).contains(p.from())
                                        && sub.get(a).contains(p.to()))) {
                    tests.add(p.from() + " -> " + p.to());
                }
            }
            steps.put(s.id(), new StepOutcome(stubs, drivers, tests));
        }
        double amax =
                pairs.values().stream().mapToDouble(Pair::attributes).max().orElse(0);
        double mmax = pairs.values().stream().mapToDouble(Pair::methods).max().orElse(0);
        double specificStubs = 0;
        double stubCost = 0;
        double attributes = 0;
        double methods = 0;
        double ocplx = 0;
        double specificDrivers = 0;
        for (Pair p : pairs.values()) {
            Set<String> clientSub = sub.get(stepOf.get(p.from()));
            Set<String> supplierSub = sub.get(stepOf.get(p.to()));
            if (!clientSub.contains(p.to())) {
                specificStubs++;
                stubCost += p.weight();
                attributes += p.attributes();
                methods += p.methods();
                ocplx += RandomGraphs.cost(p, "ocplx", amax, mmax);
                doubles.computeIfAbsent("stub:" + p.to(), k -> new TreeSet<>()).add(p.from());
            }
            if (!supplierSub.contains(p.from())) {
                specificDrivers++;
                doubles.computeIfAbsent("driver:" + p.to(), k -> new TreeSet<>())
                        .add(p.from());
            }
        }
        Map<Integer, Integer> perLevel = new HashMap<>();
        level.values().forEach(l -> perLevel.merge(l, 1, Integer::sum));
        Map<String, Double> m = new TreeMap<>();
        m.put("steps", (double) plan.steps().size());
        m.put("depth", (double)
                (level.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1));
        m.put("width", (double)
                perLevel.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        m.put("specificStubs", specificStubs);
        m.put("genericStubs", (double)
                doubles.keySet().stream().filter(k -> k.startsWith("stub:")).count());
        m.put("stubCost", round(stubCost));
        m.put("attributeCoupling", attributes);
        m.put("methodCoupling", methods);
        m.put("ocplx", round(ocplx));
        m.put("specificDrivers", specificDrivers);
        m.put("genericDrivers", (double)
                doubles.keySet().stream().filter(k -> k.startsWith("driver:")).count());
        return new Outcome(steps, doubles, m);
    }

    /** What the plan itself claims, in the same shape. */
    public static Outcome claimed(IntegrationPlan plan) {
        Map<String, StandIn> byId = new HashMap<>();
        plan.doubles().forEach(d -> byId.put(d.id(), d));
        Map<String, StepOutcome> steps = new TreeMap<>();
        for (Step s : plan.steps()) {
            Set<String> stubs = new TreeSet<>();
            s.stubs()
                    .forEach(id -> stubs.add(byId.containsKey(id) ? byId.get(id).of() : "?" + id));
            Set<String> drivers = new TreeSet<>();
            s.drivers()
                    .forEach(id ->
                            drivers.add(byId.containsKey(id) ? byId.get(id).of() : "?" + id));
            Set<String> tests = new TreeSet<>();
            for (DependencyRef t : s.tests()) {
                tests.add(t.from() + " -> " + t.to());
            }
            steps.put(s.id(), new StepOutcome(stubs, drivers, tests));
        }
        Map<String, Set<String>> doubles = new TreeMap<>();
        for (StandIn d : plan.doubles()) {
            doubles.put(d.role().key() + ":" + d.of(), new TreeSet<>(d.forModules()));
        }
        Map<String, Double> m = new TreeMap<>();
        for (String k : io.itplan.core.plan.Metrics.KEYS) {
            m.put(k, round(plan.metrics().value(k).doubleValue()));
        }
        return new Outcome(steps, doubles, m);
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
