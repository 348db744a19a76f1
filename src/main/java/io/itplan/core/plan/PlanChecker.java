package io.itplan.core.plan;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Link;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The referee: recomputes from the one rule of DESIGN §3 everything a plan claims — each step's subsystem, the
 * stubs and drivers it needs, the dependencies it tests, the stand-ins and the metrics — and lists every
 * disagreement, including any unstubbable dependency the plan stubs. It is written independently of the
 * strategies and of the {@link PlanProducer}: it builds each step's subsystem explicitly and tests every dependency
 * against it, where the producer reasons pair by pair.
 *
 * <p>Cost: O(steps · modules / 64) bit operations for the subsystems, each kept only while a later step needs it,
 * plus the dependencies of the modules each step adds, plus what the plan lists.
 */
public final class PlanChecker {
    private static final double TOLERANCE = 1e-6;

    private PlanChecker() {}

    /** Every disagreement between {@code plan} and the rule applied to {@code graph}; empty when valid. */
    public static List<String> check(DependencyGraph graph, IntegrationPlan plan, String expectedDigest) {
        Problems problems = new Problems();
        if (expectedDigest != null && !expectedDigest.equals(plan.graph().digest())) {
            problems.add("graph: the plan was made for another version of the graph (digest "
                    + plan.graph().digest() + ", the graph's is " + expectedDigest + ")");
        }
        GraphIndex g = graph.index();
        StepStructure st = StepStructure.of(g, plan, problems);
        if (st == null) {
            return problems.list();
        }
        StandInCheck standIns = new StandInCheck(graph, plan, st, problems);
        TestsCheck tests = new TestsCheck(g, st);
        SubsystemWalk.walk(g, st, (i, own, sub, suppliers, driven, parents) -> {
            standIns.step(i, own, sub, suppliers, driven);
            tests.step(i, own, sub, parents);
        });
        standIns.finish();
        tests.finish(problems);
        CycleBreakingCheck.check(graph, plan.cycleBreaking(), problems);
        ExecutionCheck.check(plan, problems);
        if (plan.maxParallel() < 1) {
            problems.add("maxParallel: must be at least 1, is " + plan.maxParallel());
        }
        return problems.list();
    }

    /**
     * The rule's view of one step: the modules before it and integrated by it, each stub of v with the clients it
     * serves, each driver of v with the clients it stands in place of, and the dependencies it first tests.
     *
     * @throws IllegalArgumentException when the plan has no such step, or its steps do not form a plan of the graph
     */
    public static StepView stepView(DependencyGraph graph, IntegrationPlan plan, String stepId) {
        return stepViews(graph, plan).of(stepId);
    }

    /**
     * The rule's view of each step of {@code plan}, the plan's structure worked out once: a table of the plan's steps
     * asks for one step after another.
     *
     * @throws IllegalArgumentException when the plan's steps do not form a plan of the graph
     */
    public static StepViews stepViews(DependencyGraph graph, IntegrationPlan plan) {
        GraphIndex g = graph.index();
        Problems problems = new Problems();
        StepStructure st = StepStructure.of(g, plan, problems);
        if (st == null) {
            throw new IllegalArgumentException(
                    "not a plan of this graph: " + problems.list().get(0));
        }
        return new StepViews(g, st);
    }

    /** The steps of one plan as the rule sees them; see {@link #stepViews}. */
    public static final class StepViews {
        private final GraphIndex g;
        private final StepStructure st;
        private final Map<String, Integer> positions = new java.util.HashMap<>();

        private StepViews(GraphIndex g, StepStructure st) {
            this.g = g;
            this.st = st;
            for (int i = 0; i < st.order().size(); i++) {
                positions.putIfAbsent(st.order().get(i).id(), i);
            }
        }

        /**
         * The view of the step {@code stepId}.
         *
         * @throws IllegalArgumentException when the plan has no such step
         */
        public StepView of(String stepId) {
            Integer i = positions.get(stepId);
            if (i == null) {
                throw new IllegalArgumentException("the plan has no step '" + stepId + "'");
            }
            BitSet sub = Subsystems.of(g, st, i);
            List<BitSet> parents = new ArrayList<>();
            Set<String> before = new TreeSet<>();
            for (int p : st.parents()[i]) {
                BitSet parent = Subsystems.of(g, st, p);
                parents.add(parent);
                before.addAll(ids(g, parent));
            }
            Map<String, Set<String>> stubs = new TreeMap<>();
            BitSet stubbed = Subsystems.stubbed(sub, Subsystems.suppliers(g, sub));
            for (int v = stubbed.nextSetBit(0); v >= 0; v = stubbed.nextSetBit(v + 1)) {
                stubs.put(g.id(v), clients(g, v, sub, true));
            }
            Map<String, Set<String>> drivers = new TreeMap<>();
            BitSet driven = Subsystems.driven(g, sub, Subsystems.clients(g, sub));
            for (int v = driven.nextSetBit(0); v >= 0; v = driven.nextSetBit(v + 1)) {
                drivers.put(g.id(v), clients(g, v, sub, false));
            }
            Set<DependencyRef> tested = new TreeSet<>();
            for (int li = 0; li < g.linkCount(); li++) {
                Link l = g.link(li);
                if (Subsystems.firstTests(sub, parents, l.from(), l.to())) {
                    tested.add(new DependencyRef(g.id(l.from()), g.id(l.to())));
                }
            }
            return new StepView(stepId, before, new TreeSet<>(st.order().get(i).integrate()), stubs, drivers, tested);
        }
    }

    /** The clients of {@code v} inside (or outside) the subsystem. */
    private static Set<String> clients(GraphIndex g, int v, BitSet sub, boolean inside) {
        Set<String> out = new TreeSet<>();
        for (int li : g.inLinks(v)) {
            int u = g.link(li).from();
            if (sub.get(u) == inside) {
                out.add(g.id(u));
            }
        }
        return out;
    }

    private static Set<String> ids(GraphIndex g, BitSet set) {
        Set<String> out = new TreeSet<>();
        for (int v = set.nextSetBit(0); v >= 0; v = set.nextSetBit(v + 1)) {
            out.add(g.id(v));
        }
        return out;
    }

    /** Whether {@code a} and {@code b} are equal to within the checker's tolerance; for callers comparing metrics. */
    public static boolean same(double a, double b) {
        return Objects.equals(a, b) || Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
    }
}
