package io.itplan.core.plan;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Link;
import io.itplan.core.graph.Module;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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
 * stub are those that have u's step behind them but not v's. Reachability between steps is kept as runs of step
 * numbers ({@link StepSets}): one run per step for chains of steps, a bit set at most for a tangled DAG. The {@code
 * PlanChecker} verifies the result the other way round, step by step.
 */
public final class PlanProducer {
    private final GraphIndex g;
    private final List<StepDraft> drafts;
    private final int[] stepOf;
    private final int[][] parents;
    private final StepSets anc;
    private final StepSets desc;

    public PlanProducer(GraphIndex g, List<StepDraft> drafts) {
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
        parents = new int[s][];
        int[] childCount = new int[s];
        for (int i = 0; i < s; i++) {
            parents[i] = drafts.get(i).after();
            for (int p : parents[i]) {
                if (p >= i) {
                    throw new IllegalStateException("step " + drafts.get(i).id() + " comes after a later step");
                }
                childCount[p]++;
            }
        }
        int[][] children = new int[s][];
        for (int i = 0; i < s; i++) {
            children[i] = new int[childCount[i]];
        }
        int[] filled = new int[s];
        for (int i = 0; i < s; i++) {
            for (int p : parents[i]) {
                children[p][filled[p]++] = i;
            }
        }
        anc = new StepSets(s);
        for (int i = 0; i < s; i++) {
            anc.unionOf(i, parents[i]);
        }
        desc = new StepSets(s);
        for (int i = s - 1; i >= 0; i--) {
            desc.unionOf(i, children[i]);
        }
    }

    private boolean needsStub(Link l) {
        return !anc.contains(stepOf[l.from()], stepOf[l.to()]);
    }

    private boolean needsDriver(Link l) {
        return !anc.contains(stepOf[l.to()], stepOf[l.from()]);
    }

    /** Summed weights of the specific stubs and drivers: what sandwich minimises over target depths. */
    public double standInCost() {
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

    public IntegrationPlan assemble(
            DependencyGraph graph, GraphRef graphRef, StrategyRef strategy, CycleBreaking cycleBreaking) {
        int s = drafts.size();
        // First pass: which suppliers need a stub, for which clients, and what the stubs cost.
        List<List<Integer>> stubFor = new ArrayList<>(java.util.Collections.nCopies(g.size(), null));
        List<List<Integer>> driverFor = new ArrayList<>(java.util.Collections.nCopies(g.size(), null));
        java.util.BitSet stubLinks = new java.util.BitSet(g.linkCount());
        int specificDrivers = 0;
        for (int li = 0; li < g.linkCount(); li++) {
            Link l = g.link(li);
            if (needsStub(l)) {
                stubLinks.set(li);
                add(stubFor, l.to(), l.from());
            }
            if (needsDriver(l)) {
                specificDrivers++;
                add(driverFor, l.to(), l.from());
            }
        }
        BrokenCost stubCost = BrokenCost.of(g, stubLinks);

        // Stand-in ids, and each one's rank in id order, so that per-step lists come out sorted.
        Set<String> taken = new HashSet<>();
        drafts.forEach(d -> taken.add(d.id()));
        List<StandIn> doubles = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            Module m = graph.module(g.id(v));
            if (stubFor.get(v) != null) {
                doubles.add(new StandIn(
                        PlanIds.unique("stub", m.id(), taken), Role.STUB, m.id(), ids(stubFor.get(v)), m.stub()));
            }
        }
        for (int v = 0; v < g.size(); v++) {
            Module m = graph.module(g.id(v));
            if (driverFor.get(v) != null) {
                doubles.add(new StandIn(
                        PlanIds.unique("driver", m.id(), taken),
                        Role.DRIVER,
                        m.id(),
                        ids(driverFor.get(v)),
                        m.driver()));
            }
        }
        doubles.sort((a, b) -> a.id().compareTo(b.id()));
        String[] doubleIds = new String[doubles.size()];
        int[] replaced = new int[doubles.size()];
        int[] stubRank = new int[g.size()];
        int[] driverRank = new int[g.size()];
        for (int r = 0; r < doubles.size(); r++) {
            StandIn d = doubles.get(r);
            doubleIds[r] = d.id();
            replaced[r] = g.indexOf(d.of());
            (d.role() == Role.STUB ? stubRank : driverRank)[replaced[r]] = r;
        }

        // Second pass: the steps that use each stand-in, and the steps that first test each link.
        // Stand-ins are visited in rank order, so each step's list comes out sorted; a step is listed once per
        // stand-in however many of its clients need it there.
        IntList[] standInsAt = new IntList[s];
        List<List<DependencyRef>> testsAt = new ArrayList<>(s);
        for (int i = 0; i < s; i++) {
            standInsAt[i] = new IntList();
            testsAt.add(new ArrayList<>());
        }
        int[] lastRank = new int[s];
        Arrays.fill(lastRank, -1);
        for (int r = 0; r < doubles.size(); r++) {
            int rank = r;
            int v = replaced[r];
            boolean stub = doubles.get(r).role() == Role.STUB;
            for (int li : g.inLinks(v)) {
                Link l = g.link(li);
                int su = stepOf[l.from()];
                int sv = stepOf[l.to()];
                java.util.function.IntConsumer use = step -> {
                    if (lastRank[step] != rank) {
                        lastRank[step] = rank;
                        standInsAt[step].add(rank);
                    }
                };
                if (stub && needsStub(l)) {
                    desc.forEachDifference(su, sv, use);
                } else if (!stub && needsDriver(l)) {
                    desc.forEachDifference(sv, su, use);
                }
            }
        }
        for (int li = 0; li < g.linkCount(); li++) {
            Link l = g.link(li);
            DependencyRef ref = new DependencyRef(g.id(l.from()), g.id(l.to()));
            firstSharedSteps(
                    stepOf[l.from()], stepOf[l.to()], step -> testsAt.get(step).add(ref));
        }

        int[] level = StepDepths.of(parents);
        int depth = StepDepths.longestChain(level);
        int width = StepDepths.width(level);

        List<Step> steps = new ArrayList<>(s);
        for (int i = 0; i < s; i++) {
            StepDraft d = drafts.get(i);
            List<String> after = Arrays.stream(d.after())
                    .mapToObj(p -> drafts.get(p).id())
                    .sorted()
                    .toList();
            List<String> integrate = ids(d.modules());
            List<String> stubs = new ArrayList<>();
            List<String> drivers = new ArrayList<>();
            List<Integer> stubbed = new ArrayList<>();
            List<Integer> driven = new ArrayList<>();
            IntList used = standInsAt[i];
            for (int k = 0; k < used.size; k++) {
                int r = used.items[k];
                StandIn standIn = doubles.get(r);
                boolean stub = standIn.role() == Role.STUB;
                (stub ? stubs : drivers).add(doubleIds[r]);
                (stub ? stubbed : driven).add(replaced[r]);
            }
            // Links are in (client, supplier) id order, which is the order of DependencyRef: already sorted.
            List<DependencyRef> tests = testsAt.get(i);
            testsAt.set(i, null);
            List<List<String>> run = runCommands(graph, d.id(), integrate, stubbed, driven);
            steps.add(new Step(d.id(), d.name(), after, integrate, stubs, drivers, tests, run, null));
            standInsAt[i] = null;
        }
        int genericStubs =
                (int) doubles.stream().filter(x -> x.role() == Role.STUB).count();
        Metrics metrics = new Metrics(
                s,
                depth,
                width,
                stubCost.count(),
                genericStubs,
                Metrics.round(stubCost.weight()),
                stubCost.attributes(),
                stubCost.methods(),
                Metrics.round(stubCost.ocplx()),
                specificDrivers,
                doubles.size() - genericStubs);
        return new IntegrationPlan(
                graphRef, strategy, metrics, cycleBreaking, Math.max(1, width), Execution.DEFAULTS, doubles, steps);
    }

    private static void add(List<List<Integer>> lists, int key, int value) {
        List<Integer> l = lists.get(key);
        if (l == null) {
            l = new ArrayList<>(2);
            lists.set(key, l);
        }
        l.add(value);
    }

    /** The earliest steps whose subsystems hold both steps' modules: the minimal common descendants. */
    private void firstSharedSteps(int su, int sv, java.util.function.IntConsumer action) {
        if (anc.contains(sv, su)) {
            action.accept(sv);
            return;
        }
        if (anc.contains(su, sv)) {
            action.accept(su);
            return;
        }
        desc.forEachCommon(su, sv, step -> {
            for (int p : parents[step]) {
                if (desc.contains(su, p) && desc.contains(sv, p)) {
                    return;
                }
            }
            action.accept(step);
        });
    }

    /** A growable list of ints. */
    private static final class IntList {
        int[] items = new int[4];
        int size;

        void add(int x) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = x;
        }
    }

    /** Ids of modules given in ascending index order, which is ascending id order. */
    private List<String> ids(int[] modules) {
        String[] out = new String[modules.length];
        for (int i = 0; i < modules.length; i++) {
            out[i] = g.id(modules[i]);
        }
        return List.of(out);
    }

    private List<String> ids(List<Integer> modules) {
        return ids(modules.stream().mapToInt(Integer::intValue).sorted().toArray());
    }

    /**
     * The step's commands: the project's {@code test} template for the modules without one of their own,
     * then each module's own {@code test} template.
     */
    private List<List<String>> runCommands(
            DependencyGraph graph, String stepId, List<String> integrate, List<Integer> stubs, List<Integer> drivers) {
        List<List<String>> run = new ArrayList<>();
        List<String> project = graph.commands().get("test");
        if (project == null
                && integrate.stream()
                        .noneMatch(id -> graph.module(id).commands().containsKey("test"))) {
            return run;
        }
        Map<String, String> values = new TreeMap<>();
        values.put("step", stepId);
        values.put("stubs", String.join(",", ids(stubs)));
        values.put("drivers", String.join(",", ids(drivers)));
        List<String> plain = integrate.stream()
                .filter(id -> !graph.module(id).commands().containsKey("test"))
                .toList();
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
