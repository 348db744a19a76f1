package io.itplan.core.strategy;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Link;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.CommandTemplates;
import io.itplan.core.plan.CycleBreaking;
import io.itplan.core.plan.DependencyRef;
import io.itplan.core.plan.Execution;
import io.itplan.core.plan.GraphRef;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Metrics;
import io.itplan.core.plan.PlanIds;
import io.itplan.core.plan.Role;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import io.itplan.core.plan.StrategyRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the steps a strategy chose into a full plan: the stubs and drivers each step needs, the
 * dependencies each step tests, and the metrics.
 *
 * <p>It applies the rule of DESIGN §3 pair by pair: a link {@code u -> v} needs a stub of v for u exactly
 * when v is not integrated in u's step or before it ({@code v ∉ S(step(u))}), and the steps that use the
 * stub are those that have u's step behind them but not v's. Reachability between steps is kept as bit
 * sets, so the cost is about (steps² / 64 + links · steps / 64) words. The {@code PlanChecker} verifies
 * the result the other way round, step by step.
 */
final class PlanAssembler {
    private final GraphIndex g;
    private final List<StepDraft> drafts;
    private final int[] stepOf;
    private final long[][] anc;
    private final long[][] desc;

    PlanAssembler(GraphIndex g, List<StepDraft> drafts) {
        this.g = g;
        this.drafts = drafts;
        int s = drafts.size();
        stepOf = new int[g.size()];
        Arrays.fill(stepOf, -1);
        for (int i = 0; i < s; i++) {
            for (int v : drafts.get(i).modules()) {
                stepOf[v] = i;
            }
        }
        int words = (s + 63) >>> 6;
        anc = new long[s][words];
        for (int i = 0; i < s; i++) {
            anc[i][i >>> 6] |= 1L << i;
            for (int p : drafts.get(i).after()) {
                if (p >= i) {
                    throw new IllegalStateException("step " + drafts.get(i).id() + " comes after a later step");
                }
                or(anc[i], anc[p]);
            }
        }
        desc = new long[s][words];
        for (int i = 0; i < s; i++) {
            for (int w = 0; w < words; w++) {
                long bits = anc[i][w];
                while (bits != 0) {
                    int a = (w << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    desc[a][i >>> 6] |= 1L << i;
                }
            }
        }
    }

    private static void or(long[] into, long[] from) {
        for (int w = 0; w < into.length; w++) {
            into[w] |= from[w];
        }
    }

    private static boolean has(long[] set, int i) {
        return (set[i >>> 6] & (1L << i)) != 0;
    }

    private boolean needsStub(Link l) {
        return !has(anc[stepOf[l.from()]], stepOf[l.to()]);
    }

    private boolean needsDriver(Link l) {
        return !has(anc[stepOf[l.to()]], stepOf[l.from()]);
    }

    /** Summed weights of the specific stubs and drivers: what sandwich minimises over target depths. */
    double standInCost() {
        double cost = 0;
        for (int li = 0; li < g.linkCount(); li++) {
            Link l = g.link(li);
            if (needsStub(l)) {
                cost += l.weight();
            }
            if (needsDriver(l)) {
                cost += l.weight();
            }
        }
        return cost;
    }

    IntegrationPlan assemble(DependencyGraph graph, GraphRef graphRef, StrategyRef strategy,
                             CycleBreaking cycleBreaking) {
        int s = drafts.size();
        List<List<Integer>> stubsAt = new ArrayList<>();
        List<List<Integer>> driversAt = new ArrayList<>();
        List<List<DependencyRef>> testsAt = new ArrayList<>();
        for (int i = 0; i < s; i++) {
            stubsAt.add(new ArrayList<>());
            driversAt.add(new ArrayList<>());
            testsAt.add(new ArrayList<>());
        }
        Map<Integer, List<Integer>> stubFor = new TreeMap<>();
        Map<Integer, List<Integer>> driverFor = new TreeMap<>();
        double stubCost = 0;
        double ocplx = 0;
        int attributes = 0;
        int methods = 0;
        int specificStubs = 0;
        int specificDrivers = 0;
        for (int li = 0; li < g.linkCount(); li++) {
            Link l = g.link(li);
            int su = stepOf[l.from()];
            int sv = stepOf[l.to()];
            if (needsStub(l)) {
                specificStubs++;
                stubCost += l.weight();
                attributes += l.attributes();
                methods += l.methods();
                ocplx += g.complexity(li);
                stubFor.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l.from());
                forEachIn(desc[su], desc[sv], step -> stubsAt.get(step).add(l.to()));
            }
            if (needsDriver(l)) {
                specificDrivers++;
                driverFor.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l.from());
                forEachIn(desc[sv], desc[su], step -> driversAt.get(step).add(l.to()));
            }
            DependencyRef ref = new DependencyRef(g.id(l.from()), g.id(l.to()));
            for (int step : firstSharedSteps(su, sv)) {
                testsAt.get(step).add(ref);
            }
        }

        Set<String> taken = new HashSet<>();
        drafts.forEach(d -> taken.add(d.id()));
        Map<Integer, String> stubId = new LinkedHashMap<>();
        Map<Integer, String> driverId = new LinkedHashMap<>();
        List<StandIn> doubles = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : stubFor.entrySet()) {
            String id = PlanIds.unique("stub", g.id(e.getKey()), taken);
            stubId.put(e.getKey(), id);
            Module m = graph.module(g.id(e.getKey()));
            doubles.add(new StandIn(id, Role.STUB, m.id(), ids(e.getValue()), m.stub()));
        }
        for (Map.Entry<Integer, List<Integer>> e : driverFor.entrySet()) {
            String id = PlanIds.unique("driver", g.id(e.getKey()), taken);
            driverId.put(e.getKey(), id);
            Module m = graph.module(g.id(e.getKey()));
            doubles.add(new StandIn(id, Role.DRIVER, m.id(), ids(e.getValue()), m.driver()));
        }
        doubles.sort((a, b) -> a.id().compareTo(b.id()));

        int[] level = new int[s];
        int depth = 0;
        for (int i = 0; i < s; i++) {
            for (int p : drafts.get(i).after()) {
                level[i] = Math.max(level[i], level[p] + 1);
            }
            depth = Math.max(depth, level[i] + 1);
        }
        int[] perLevel = new int[depth + 1];
        int width = 0;
        for (int i = 0; i < s; i++) {
            width = Math.max(width, ++perLevel[level[i]]);
        }

        List<Step> steps = new ArrayList<>(s);
        for (int i = 0; i < s; i++) {
            StepDraft d = drafts.get(i);
            List<String> after = Arrays.stream(d.after()).mapToObj(p -> drafts.get(p).id()).sorted().toList();
            List<String> integrate = ids(d.modules());
            List<String> stubs = distinct(stubsAt.get(i), stubId);
            List<String> drivers = distinct(driversAt.get(i), driverId);
            List<DependencyRef> tests = testsAt.get(i).stream().sorted().toList();
            List<List<String>> run = runCommands(graph, d.id(), integrate, stubsAt.get(i), driversAt.get(i));
            steps.add(new Step(d.id(), d.name(), after, integrate, stubs, drivers, tests, run, null));
        }
        Metrics metrics = new Metrics(s, depth, width, specificStubs, stubFor.size(), Metrics.round(stubCost),
                attributes, methods, Metrics.round(ocplx), specificDrivers, driverFor.size());
        return new IntegrationPlan(graphRef, strategy, metrics, cycleBreaking, Math.max(1, width), Execution.DEFAULTS,
                doubles, steps);
    }

    /** Steps in {@code in} but not in {@code notIn}. */
    private static void forEachIn(long[] in, long[] notIn, java.util.function.IntConsumer action) {
        for (int w = 0; w < in.length; w++) {
            long bits = in[w] & ~notIn[w];
            while (bits != 0) {
                action.accept((w << 6) + Long.numberOfTrailingZeros(bits));
                bits &= bits - 1;
            }
        }
    }

    /** The earliest steps whose subsystems hold both steps' modules: the minimal common descendants. */
    private List<Integer> firstSharedSteps(int su, int sv) {
        if (has(anc[sv], su)) {
            return List.of(sv);
        }
        if (has(anc[su], sv)) {
            return List.of(su);
        }
        List<Integer> first = new ArrayList<>();
        long[] common = desc[su].clone();
        for (int w = 0; w < common.length; w++) {
            common[w] &= desc[sv][w];
        }
        forEachIn(common, new long[common.length], step -> {
            for (int p : drafts.get(step).after()) {
                if (has(common, p)) {
                    return;
                }
            }
            first.add(step);
        });
        return first;
    }

    private List<String> ids(int[] modules) {
        return Arrays.stream(modules).mapToObj(g::id).sorted().toList();
    }

    private List<String> ids(List<Integer> modules) {
        return modules.stream().map(g::id).distinct().sorted().toList();
    }

    private static List<String> distinct(List<Integer> modules, Map<Integer, String> idOf) {
        return modules.stream().map(idOf::get).distinct().sorted().toList();
    }

    /**
     * The step's commands: the project's {@code test} template for the modules without one of their own,
     * then each module's own {@code test} template.
     */
    private List<List<String>> runCommands(DependencyGraph graph, String stepId, List<String> integrate,
                                           List<Integer> stubs, List<Integer> drivers) {
        List<List<String>> run = new ArrayList<>();
        Map<String, String> values = new TreeMap<>();
        values.put("step", stepId);
        values.put("stubs", String.join(",", ids(stubs)));
        values.put("drivers", String.join(",", ids(drivers)));
        List<String> plain = integrate.stream().filter(id -> !graph.module(id).commands().containsKey("test")).toList();
        List<String> project = graph.commands().get("test");
        if (project != null && !plain.isEmpty()) {
            values.put("modules", String.join(",", plain));
            values.put("module", plain.get(0));
            run.add(CommandTemplates.render(project, values));
        }
        for (String id : integrate) {
            List<String> own = graph.module(id).commands().get("test");
            if (own != null) {
                values.put("modules", id);
                values.put("module", id);
                run.add(CommandTemplates.render(own, values));
            }
        }
        return run;
    }
}
