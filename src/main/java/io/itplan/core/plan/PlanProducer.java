package io.itplan.core.plan;

import io.itplan.core.graph.Adjacency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Link;
import io.itplan.core.graph.Module;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
        stepOf = stepOf(g.size(), drafts);
        parents = parents(drafts);
        anc = ancestors(parents);
        int[][] children = Adjacency.reversed(parents);
        desc = new StepSets(drafts.size());
        for (int i = children.length - 1; i >= 0; i--) {
            desc.unionOf(i, children[i]);
        }
    }

    private static int[][] parents(List<StepDraft> drafts) {
        int[][] parents = new int[drafts.size()][];
        for (int i = 0; i < drafts.size(); i++) {
            parents[i] = drafts.get(i).after();
            for (int p : parents[i]) {
                if (p >= i) {
                    throw new IllegalStateException("step " + drafts.get(i).id() + " comes after a later step");
                }
            }
        }
        return parents;
    }

    /** Each step and the steps before it. */
    private static StepSets ancestors(int[][] parents) {
        StepSets anc = new StepSets(parents.length);
        for (int i = 0; i < parents.length; i++) {
            anc.unionOf(i, parents[i]);
        }
        return anc;
    }

    private static int[] stepOf(int modules, List<StepDraft> drafts) {
        int[] stepOf = new int[modules];
        Arrays.fill(stepOf, -1);
        for (int i = 0; i < drafts.size(); i++) {
            for (int v : drafts.get(i).modules()) {
                stepOf[v] = i;
            }
        }
        return stepOf;
    }

    /** Whether step {@code other} is neither step {@code step} nor before it: then {@code step} needs a stand-in. */
    private static boolean notBefore(StepSets anc, int step, int other) {
        return !anc.contains(step, other);
    }

    /** Whether {@code l} needs a stub of its supplier: the supplier's step is neither the client's nor before it. */
    private static boolean needsStub(StepSets anc, int[] stepOf, Link l) {
        return notBefore(anc, stepOf[l.from()], stepOf[l.to()]);
    }

    /** Whether {@code l} needs a driver of its client: the client's step is neither the supplier's nor before it. */
    private static boolean needsDriver(StepSets anc, int[] stepOf, Link l) {
        return notBefore(anc, stepOf[l.to()], stepOf[l.from()]);
    }

    /**
     * Summed weights of the specific stubs and drivers the steps need: what sandwich minimises over target depths.
     * Only which steps come before which counts, not their order or the stand-ins' lists, so only that is built.
     */
    public static double standInCost(GraphIndex g, List<StepDraft> drafts) {
        int[] stepOf = stepOf(g.size(), drafts);
        StepSets anc = ancestors(parents(drafts));
        int s = drafts.size();
        if ((long) s * s <= 4L * g.linkCount()) {
            // Few steps for the links: each link's weight goes to its pair of steps, and each pair that has links is
            // asked once whether it needs stubs and drivers, not once per link.
            double[] byPair = new double[s * s];
            for (int li = 0; li < g.linkCount(); li++) {
                Link l = g.link(li);
                byPair[stepOf[l.from()] * s + stepOf[l.to()]] += l.weight();
            }
            double cost = 0;
            for (int client = 0; client < s; client++) {
                for (int supplier = 0; supplier < s; supplier++) {
                    double w = byPair[client * s + supplier];
                    if (w != 0) {
                        cost += notBefore(anc, client, supplier) ? w : 0; // a stub of the supplier
                        cost += notBefore(anc, supplier, client) ? w : 0; // a driver of the client
                    }
                }
            }
            return cost;
        }
        double cost = 0;
        for (int li = 0; li < g.linkCount(); li++) {
            Link l = g.link(li);
            if (needsStub(anc, stepOf, l)) {
                cost += l.weight();
            }
            if (needsDriver(anc, stepOf, l)) {
                cost += l.weight();
            }
        }
        return cost;
    }

    public IntegrationPlan assemble(
            DependencyGraph graph, GraphRef graphRef, StrategyRef strategy, CycleBreaking cycleBreaking) {
        // Each pass is a method of its own: the JIT compiles small loops quickly, one large method slowly and often.
        Needs needs = needs();
        StandIns standIns = standIns(graph, needs);
        int[][] stubsAt = usesByStep(standIns, true);
        int[][] driversAt = usesByStep(standIns, false);
        List<List<DependencyRef>> testsAt = testsByStep();
        int[] level = StepDepths.of(parents);
        int width = StepDepths.width(level);
        List<Step> steps = steps(graph, standIns, stubsAt, driversAt, testsAt);
        BrokenCost stubCost = BrokenCost.of(g, needs.stubLinks());
        int genericStubs = needs.stubbed().cardinality();
        Metrics metrics = new Metrics(
                drafts.size(),
                StepDepths.longestChain(level),
                width,
                stubCost.count(),
                genericStubs,
                Metrics.round(stubCost.weight()),
                stubCost.attributes(),
                stubCost.methods(),
                Metrics.round(stubCost.ocplx()),
                needs.driverLinks().cardinality(),
                standIns.all().size() - genericStubs);
        return new IntegrationPlan(
                graphRef,
                strategy,
                metrics,
                cycleBreaking,
                Math.max(1, width),
                Execution.DEFAULTS,
                standIns.all(),
                steps);
    }

    /**
     * The links that need a stub of their supplier or a driver, and the modules stubbed or driven.
     *
     * @param driven the suppliers of links that need a driver: the module a driver is named after
     */
    private record Needs(BitSet stubLinks, BitSet driverLinks, BitSet stubbed, BitSet driven) {}

    private Needs needs() {
        BitSet stubLinks = new BitSet(g.linkCount());
        BitSet driverLinks = new BitSet(g.linkCount());
        BitSet stubbed = new BitSet(g.size());
        BitSet driven = new BitSet(g.size());
        for (int li = 0; li < g.linkCount(); li++) {
            Link l = g.link(li);
            if (needsStub(anc, stepOf, l)) {
                stubLinks.set(li);
                stubbed.set(l.to());
            }
            if (needsDriver(anc, stepOf, l)) {
                driverLinks.set(li);
                driven.set(l.to());
            }
        }
        return new Needs(stubLinks, driverLinks, stubbed, driven);
    }

    /**
     * The plan's stand-ins in id order, which is the order each step lists them in.
     *
     * @param replaced by rank, the module a stand-in is of
     */
    private record StandIns(List<StandIn> all, String[] ids, int[] replaced, boolean[] isStub) {}

    private StandIns standIns(DependencyGraph graph, Needs needs) {
        Set<String> taken = new HashSet<>();
        drafts.forEach(d -> taken.add(d.id()));
        List<StandIn> all = new ArrayList<>();
        for (int v = needs.stubbed().nextSetBit(0); v >= 0; v = needs.stubbed().nextSetBit(v + 1)) {
            Module m = graph.module(g.id(v));
            all.add(new StandIn(
                    PlanIds.unique("stub", m.id(), taken), Role.STUB, m.id(), clients(v, needs.stubLinks()), m.stub()));
        }
        for (int v = needs.driven().nextSetBit(0); v >= 0; v = needs.driven().nextSetBit(v + 1)) {
            Module m = graph.module(g.id(v));
            all.add(new StandIn(
                    PlanIds.unique("driver", m.id(), taken),
                    Role.DRIVER,
                    m.id(),
                    clients(v, needs.driverLinks()),
                    m.driver()));
        }
        all.sort((a, b) -> a.id().compareTo(b.id()));
        String[] ids = new String[all.size()];
        int[] replaced = new int[all.size()];
        boolean[] isStub = new boolean[all.size()];
        for (int r = 0; r < all.size(); r++) {
            ids[r] = all.get(r).id();
            replaced[r] = g.indexOf(all.get(r).of());
            isStub[r] = all.get(r).role() == Role.STUB;
        }
        return new StandIns(all, ids, replaced, isStub);
    }

    /** The clients of {@code v} over the given links, in id order. */
    private List<String> clients(int v, BitSet links) {
        int[] in = g.inLinks(v);
        int[] from = new int[in.length];
        int n = 0;
        for (int li : in) {
            if (links.get(li)) {
                from[n++] = g.link(li).from();
            }
        }
        int[] clients = Arrays.copyOf(from, n);
        Arrays.sort(clients);
        return ids(clients);
    }

    /**
     * Per step, the ranks of the stubs (or drivers) it uses, ascending: swept step by step where the plan's step sets
     * are runs, else counted first and then listed in arrays of that size, as a plan by module or in parallel steps
     * mentions its stand-ins tens of millions of times. Stand-ins are visited in rank order, so each step's list comes
     * out sorted; a step lists a stand-in once however many of its clients need it there.
     */
    private int[][] usesByStep(StandIns standIns, boolean stubs) {
        int[][] swept = swept(standIns, stubs);
        if (swept != null) {
            return swept;
        }
        int s = drafts.size();
        int[] count = new int[s];
        forEachUse(standIns, stubs, (step, r) -> count[step]++);
        int[][] at = new int[s][];
        for (int i = 0; i < s; i++) {
            at[i] = new int[count[i]];
        }
        Arrays.fill(count, 0);
        forEachUse(standIns, stubs, (step, r) -> at[step][count[step]++] = r);
        return at;
    }

    /**
     * Per step, the ranks of the stubs (or drivers) it uses, found by sweeping the steps in order with the stand-ins
     * whose spans cover each: every step's array is written in one go, where filling them stand-in by stand-in jumps
     * between thousands of arrays. The spans are kept meanwhile, so this is for plans whose step sets are runs (chains
     * of steps, where a stand-in has a span or two); null when a set is a bit set or the spans are many.
     */
    private int[][] swept(StandIns standIns, boolean stubs) {
        int s = drafts.size();
        int n = standIns.replaced().length;
        Spans spans = new Spans(4 * n + s);
        for (int r = 0; r < n; r++) {
            if (standIns.isStub()[r] != stubs) {
                continue;
            }
            int rank = r;
            int sv = stepOf[standIns.replaced()[r]];
            StepSets.RunAction keep = (first, last) -> spans.add(first, last, rank);
            for (int su : spanningClientSteps(standIns.replaced()[r], stubs)) {
                boolean runs =
                        stubs ? desc.forEachDifferenceRun(su, sv, keep) : desc.forEachDifferenceRun(sv, su, keep);
                if (!runs || spans.full()) {
                    return null;
                }
            }
        }
        ByStep starting = byStep(spans, s, spans::first);
        ByStep ending = byStep(spans, s, k -> spans.last(k) + 1);
        // Sweep: a stand-in is on at a step while some span of it covers the step.
        int[] covering = new int[n];
        BitSet on = new BitSet(n);
        int[][] at = new int[s][];
        for (int step = 0; step < s; step++) {
            for (int e = ending.offsets[step]; e < ending.offsets[step + 1]; e++) {
                if (--covering[ending.ranks[e]] == 0) {
                    on.clear(ending.ranks[e]);
                }
            }
            for (int e = starting.offsets[step]; e < starting.offsets[step + 1]; e++) {
                if (covering[starting.ranks[e]]++ == 0) {
                    on.set(starting.ranks[e]);
                }
            }
            int[] ranks = new int[on.cardinality()];
            int k = 0;
            for (int r = on.nextSetBit(0); r >= 0; r = on.nextSetBit(r + 1)) {
                ranks[k++] = r;
            }
            at[step] = ranks;
        }
        return at;
    }

    /** The ranks of spans grouped by a step of each: those of step i are {@code ranks[offsets[i]..offsets[i + 1])}. */
    private record ByStep(int[] offsets, int[] ranks) {}

    /** The spans' ranks grouped by the step {@code stepOfSpan} gives each, a step up to {@code steps}. */
    private static ByStep byStep(Spans spans, int steps, java.util.function.IntUnaryOperator stepOfSpan) {
        int[] offsets = new int[steps + 2];
        for (int k = 0; k < spans.size; k++) {
            offsets[stepOfSpan.applyAsInt(k) + 1]++;
        }
        for (int i = 0; i < steps + 1; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] ranks = new int[spans.size];
        int[] filled = Arrays.copyOf(offsets, steps + 1);
        for (int k = 0; k < spans.size; k++) {
            ranks[filled[stepOfSpan.applyAsInt(k)]++] = spans.rank(k);
        }
        return new ByStep(offsets, ranks);
    }

    /** Spans of steps a stand-in serves, (first, last, rank) each, up to a limit. */
    private static final class Spans {
        private final int limit;
        private int[] data = new int[3 * 64];
        int size;

        Spans(int limit) {
            this.limit = limit;
        }

        void add(int first, int last, int rank) {
            if (size >= limit) {
                size = limit + 1;
                return;
            }
            if (3 * size + 3 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[3 * size] = first;
            data[3 * size + 1] = last;
            data[3 * size + 2] = rank;
            size++;
        }

        boolean full() {
            return size > limit;
        }

        int first(int k) {
            return data[3 * k];
        }

        int last(int k) {
            return data[3 * k + 1];
        }

        int rank(int k) {
            return data[3 * k + 2];
        }
    }

    /** Per step, the dependencies it tests first, in (client, supplier) id order as links are. */
    private List<List<DependencyRef>> testsByStep() {
        List<List<DependencyRef>> testsAt = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            testsAt.add(new ArrayList<>());
        }
        for (int li = 0; li < g.linkCount(); li++) {
            Link l = g.link(li);
            DependencyRef ref = new DependencyRef(g.id(l.from()), g.id(l.to()));
            firstSharedSteps(
                    stepOf[l.from()], stepOf[l.to()], step -> testsAt.get(step).add(ref));
        }
        return testsAt;
    }

    private List<Step> steps(
            DependencyGraph graph,
            StandIns standIns,
            int[][] stubsAt,
            int[][] driversAt,
            List<List<DependencyRef>> testsAt) {
        List<Step> steps = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            StepDraft d = drafts.get(i);
            List<String> after = Arrays.stream(d.after())
                    .mapToObj(p -> drafts.get(p).id())
                    .sorted()
                    .toList();
            List<String> integrate = ids(d.modules());
            List<List<String>> run =
                    runCommands(graph, d.id(), integrate, stubsAt[i], driversAt[i], standIns.replaced());
            steps.add(new Step(
                    d.id(),
                    d.name(),
                    after,
                    integrate,
                    new IdList(standIns.ids(), stubsAt[i]),
                    new IdList(standIns.ids(), driversAt[i]),
                    testsAt.get(i),
                    run,
                    null));
            testsAt.set(i, null);
        }
        return steps;
    }

    /** A step's use of a stand-in, by the stand-in's rank. */
    private interface Use {
        void accept(int step, int rank);
    }

    /**
     * Each step that uses each stub (or driver), in rank order, once per stand-in and step. A stub of v serves its
     * clients u from u's step until v's: the steps after u's step but not after v's. A driver of v serves from v's
     * step until the client's. Of the clients' steps only those whose span is not inside another's are walked — in a
     * chain of steps that is one per stand-in, so the work follows the plan's mentions, not clients times steps.
     */
    private void forEachUse(StandIns standIns, boolean stubs, Use use) {
        int[] lastRank = new int[drafts.size()];
        Arrays.fill(lastRank, -1);
        for (int r = 0; r < standIns.replaced().length; r++) {
            if (standIns.isStub()[r] != stubs) {
                continue;
            }
            int rank = r;
            java.util.function.IntConsumer atStep = step -> {
                if (lastRank[step] != rank) {
                    lastRank[step] = rank;
                    use.accept(step, rank);
                }
            };
            int v = standIns.replaced()[r];
            int sv = stepOf[v];
            int[] clientSteps = spanningClientSteps(v, stubs);
            for (int su : clientSteps) {
                if (stubs) {
                    desc.forEachDifference(su, sv, atStep);
                } else {
                    desc.forEachDifference(sv, su, atStep);
                }
            }
        }
    }

    /**
     * The steps of v's clients that need a stub (or driver) of v, keeping only those whose span of steps is not
     * inside another's: for a stub, the steps after no other one (a later step's descendants are among an earlier
     * one's); for a driver, the steps before no other one.
     */
    private int[] spanningClientSteps(int v, boolean stubs) {
        int[] in = g.inLinks(v);
        int[] steps = new int[in.length];
        int n = 0;
        for (int li : in) {
            Link l = g.link(li);
            if (stubs ? needsStub(anc, stepOf, l) : needsDriver(anc, stepOf, l)) {
                steps[n++] = stepOf[l.from()];
            }
        }
        steps = Arrays.stream(steps, 0, n).sorted().distinct().toArray();
        int kept = 0;
        if (stubs) {
            for (int x : steps) {
                if (!reachedFromAny(steps, kept, x)) {
                    steps[kept++] = x;
                }
            }
        } else {
            for (int k = steps.length - 1; k >= 0; k--) {
                int x = steps[k];
                if (!reachesAny(steps, steps.length - kept, steps.length, x)) {
                    steps[steps.length - 1 - kept++] = x;
                }
            }
            return Arrays.copyOfRange(steps, steps.length - kept, steps.length);
        }
        return Arrays.copyOf(steps, kept);
    }

    /** Whether step {@code x} comes after (or is) one of {@code steps[0..to)}. */
    private boolean reachedFromAny(int[] steps, int to, int x) {
        for (int k = 0; k < to; k++) {
            if (desc.contains(steps[k], x)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code steps[from..to)} comes after (or is) step {@code x}. */
    private boolean reachesAny(int[] steps, int from, int to, int x) {
        for (int k = from; k < to; k++) {
            if (desc.contains(x, steps[k])) {
                return true;
            }
        }
        return false;
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

    /** Ids of modules given in ascending index order, which is ascending id order. */
    private List<String> ids(int[] modules) {
        String[] out = new String[modules.length];
        for (int i = 0; i < modules.length; i++) {
            out[i] = g.id(modules[i]);
        }
        return List.of(out);
    }

    /** Ids of the modules the stand-ins of these ranks replace, ascending. */
    private List<String> replacedIds(int[] ranks, int[] replaced) {
        return ids(Arrays.stream(ranks).map(r -> replaced[r]).sorted().toArray());
    }

    /**
     * The step's commands: the project's {@code test} template for the modules without one of their own,
     * then each module's own {@code test} template.
     */
    private List<List<String>> runCommands(
            DependencyGraph graph,
            String stepId,
            List<String> integrate,
            int[] stubRanks,
            int[] driverRanks,
            int[] replaced) {
        List<List<String>> run = new ArrayList<>();
        List<String> project = graph.commands().get("test");
        if (project == null
                && integrate.stream()
                        .noneMatch(id -> graph.module(id).commands().containsKey("test"))) {
            return run;
        }
        Map<String, String> values = new TreeMap<>();
        values.put("step", stepId);
        values.put("stubs", String.join(",", replacedIds(stubRanks, replaced)));
        values.put("drivers", String.join(",", replacedIds(driverRanks, replaced)));
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
