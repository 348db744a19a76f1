package io.itplan.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itplan.core.RandomGraphs;
import io.itplan.core.RandomGraphs.GraphSpec;
import io.itplan.core.RandomGraphs.Pair;
import io.itplan.core.RandomGraphs.Shape;
import io.itplan.core.RuleReference;
import io.itplan.core.cycles.UnbreakableCycleException;
import io.itplan.core.format.GraphDigest;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.PlanFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.DependencyRef;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Metrics;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.plan.PlanEdits;
import io.itplan.core.plan.Role;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the planning core on random graphs (DESIGN §2–§4): every strategy under every option makes a
 * plan the independent checker accepts, plans are deterministic and survive plan files, and cycle breaking is
 * stubbable and minimal.
 */
class PlanPropertiesTest {
    private static final Pattern STEP_ID = Pattern.compile("^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$");
    private static final Planner PLANNER = Planner.standard();

    // ----- generators --------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<GraphSpec> graphs() {
        return RandomGraphs.graphs(1, 30, Shape.ACYCLIC, Shape.BREAKABLE, Shape.BREAKABLE, Shape.ANY);
    }

    @Provide
    Arbitrary<GraphSpec> breakableGraphs() {
        return RandomGraphs.graphs(1, 30, Shape.ACYCLIC, Shape.BREAKABLE, Shape.BREAKABLE);
    }

    @Provide
    Arbitrary<GraphSpec> acyclicGraphs() {
        return RandomGraphs.graphs(1, 30, Shape.ACYCLIC);
    }

    @Provide
    Arbitrary<GraphSpec> smallGraphs() {
        return RandomGraphs.graphs(1, 7, Shape.BREAKABLE, Shape.BREAKABLE, Shape.ANY);
    }

    /** Options of every kind; a sandwich target depth is a raw number, fitted to the graph by {@link #fit}. */
    @Provide
    Arbitrary<PlanOptions> options() {
        Arbitrary<StrategyName> strategies = Arbitraries.of(
                StrategyName.TOP_DOWN,
                StrategyName.BOTTOM_UP,
                StrategyName.SANDWICH,
                StrategyName.TOP_DOWN,
                StrategyName.BOTTOM_UP,
                StrategyName.SANDWICH,
                StrategyName.BIG_BANG);
        return Combinators.combine(
                        strategies,
                        Arbitraries.of(Granularity.class),
                        Arbitraries.of(ModuleOrder.class),
                        Arbitraries.of(CyclePolicy.class),
                        Arbitraries.of(Objective.class),
                        Arbitraries.of(false, true),
                        Arbitraries.integers().between(0, 40).injectNull(0.5))
                .as((s, g, o, c, obj, risk, t) -> PlanOptions.of(s)
                        .withGranularity(g)
                        .withOrder(o)
                        .withCycles(c)
                        .withObjective(obj)
                        .withRiskFirst(risk)
                        .withTargetDepth(t));
    }

    @Provide
    Arbitrary<GraphSpec> graphsWithDependencies() {
        return RandomGraphs.graphs(2, 30, Shape.ACYCLIC, Shape.BREAKABLE, Shape.BREAKABLE)
                .filter(spec -> !spec.edges().isEmpty());
    }

    /** Options that give a step per module or unit: plans where a module can be moved to another step. */
    @Provide
    Arbitrary<PlanOptions> severalStepOptions() {
        return options()
                .filter(o -> o.strategy() != StrategyName.BIG_BANG)
                .map(o -> o.strategy() == StrategyName.SANDWICH
                        ? o
                        : o.withGranularity(
                                o.granularity() == Granularity.LEVEL ? Granularity.MODULE : o.granularity()));
    }

    @Provide
    Arbitrary<PlanOptions> layeredOptions() {
        return options().map(o -> o.withTargetDepth(null));
    }

    // ----- helpers -----------------------------------------------------------------------------------------------

    /** Deepest module depth after cycles are handled, computed without the planner's levels. */
    private static int maxDepth(DependencyGraph graph, PlanOptions options) {
        if (options.cycles() == CyclePolicy.CLUSTER) {
            return RandomGraphs.maxDepthOfComponents(graph);
        }
        IntegrationPlan p = PLANNER.plan(graph, options.withTargetDepth(null));
        return RandomGraphs.maxDepthWithout(graph, refs(p.cycleBreaking().brokenDependencies()));
    }

    /** Turns a raw sandwich target depth into one within the graph's depth. */
    private static PlanOptions fit(DependencyGraph graph, PlanOptions options) {
        if (options.strategy() != StrategyName.SANDWICH || options.targetDepth() == null) {
            return options;
        }
        return options.withTargetDepth(options.targetDepth() % (maxDepth(graph, options) + 1));
    }

    private static boolean refusedAsUnbreakable(DependencyGraph graph, PlanOptions options) {
        return options.strategy() != StrategyName.BIG_BANG
                && options.cycles() == CyclePolicy.BREAK
                && RandomGraphs.hasUnstubbableCycle(graph);
    }

    /**
     * The plan for a graph and options, or null when the break policy must refuse a cycle of unstubbable
     * dependencies; in that case it asserts that the planner does refuse.
     */
    private static IntegrationPlan planOrRefusal(DependencyGraph graph, PlanOptions options) {
        boolean refused = refusedAsUnbreakable(graph, options);
        // most tries must make a plan, or the properties that check plans would pass by checking nothing
        Statistics.label("planned")
                .collect(!refused)
                .coverage(c -> c.check(true).percentage(p -> p >= 60));
        if (refused) {
            assertThrows(UnbreakableCycleException.class, () -> PLANNER.plan(graph, options));
            Statistics.label("plan").collect("refused: unbreakable cycle");
            return null;
        }
        PlanOptions fitted = fit(graph, options);
        Statistics.label("plan")
                .collect(options.strategy()
                        + (fitted.strategy() == StrategyName.SANDWICH && fitted.targetDepth() != null ? " at t" : ""));
        Statistics.label("graph")
                .collect(
                        graph.modules().size() < 8
                                ? "1-7 modules"
                                : graph.modules().size() < 16 ? "8-15 modules" : "16-30 modules",
                        RandomGraphs.isAcyclic(graph, Set.of()) ? "acyclic" : "cyclic");
        return PLANNER.plan(graph, fitted);
    }

    private static Set<List<String>> refs(List<DependencyRef> refs) {
        return refs.stream().map(r -> List.of(r.from(), r.to())).collect(Collectors.toSet());
    }

    /** The subsystem of each step by id: its modules and those of every step before it through {@code after}. */
    private static Map<String, Set<String>> subsystems(IntegrationPlan plan) {
        Map<String, Set<String>> sub = new HashMap<>();
        for (Step s : plan.steps()) {
            Set<String> mine = new HashSet<>(s.integrate());
            for (String a : s.after()) {
                mine.addAll(sub.get(a));
            }
            sub.put(s.id(), mine);
        }
        return sub;
    }

    private static void assertCheckerAgrees(DependencyGraph graph, IntegrationPlan plan) {
        List<String> problems = PlanChecker.check(graph, plan, GraphDigest.of(graph));
        assertEquals(List.of(), problems, () -> "checker disagrees with\n" + PlanFiles.toJson(plan));
    }

    // ----- 1–3: every plan is valid --------------------------------------------------------------------------------

    @Property(tries = 300)
    void checkerAgreesWithEveryStrategy(@ForAll("graphs") GraphSpec spec, @ForAll("options") PlanOptions options) {
        DependencyGraph graph = spec.build();
        IntegrationPlan plan = planOrRefusal(graph, options);
        if (plan != null) {
            assertCheckerAgrees(graph, plan);
        }
    }

    @Property(tries = 200)
    void everyPlanClaimsWhatTheRuleSays(@ForAll("graphs") GraphSpec spec, @ForAll("options") PlanOptions options) {
        // the same question as the checker's, answered by a separate plain reading of DESIGN §3
        DependencyGraph graph = spec.build();
        IntegrationPlan plan = planOrRefusal(graph, options);
        if (plan != null) {
            assertEquals(RuleReference.expected(graph, plan), RuleReference.claimed(plan));
        }
    }

    @Property(tries = 200)
    void everyModuleIsIntegratedExactlyOnceInADagOfSteps(
            @ForAll("graphs") GraphSpec spec, @ForAll("options") PlanOptions options) {
        DependencyGraph graph = spec.build();
        IntegrationPlan plan = planOrRefusal(graph, options);
        if (plan == null) {
            return;
        }
        Set<String> seenSteps = new HashSet<>();
        Map<String, String> stepOf = new HashMap<>();
        for (Step s : plan.steps()) {
            assertTrue(STEP_ID.matcher(s.id()).matches(), "step id " + s.id());
            for (String a : s.after()) {
                assertTrue(seenSteps.contains(a), "step " + s.id() + " comes after " + a + ", not an earlier step");
            }
            assertTrue(seenSteps.add(s.id()), "step id used twice: " + s.id());
            assertFalse(s.integrate().isEmpty(), "step " + s.id() + " integrates nothing");
            for (String m : s.integrate()) {
                assertTrue(graph.contains(m), "unknown module " + m);
                String before = stepOf.put(m, s.id());
                assertEquals(null, before, "module " + m + " integrated twice");
            }
        }
        assertEquals(graph.modules().stream().map(Module::id).collect(Collectors.toSet()), stepOf.keySet());
        assertEquals(plan.steps().size(), plan.metrics().steps());
        Set<String> doubleIds = new HashSet<>();
        for (StandIn d : plan.doubles()) {
            assertTrue(STEP_ID.matcher(d.id()).matches(), "double id " + d.id());
            assertFalse(seenSteps.contains(d.id()), "double id is a step id: " + d.id());
            assertTrue(doubleIds.add(d.id()), "double id used twice: " + d.id());
        }
        assertTrue(plan.maxParallel() >= 1);
    }

    @Property(tries = 200)
    void everyDependencyIsTestedBySomeStep(@ForAll("graphs") GraphSpec spec, @ForAll("options") PlanOptions options) {
        DependencyGraph graph = spec.build();
        IntegrationPlan plan = planOrRefusal(graph, options);
        if (plan == null) {
            return;
        }
        Map<String, Set<String>> sub = subsystems(plan);
        Set<List<String>> tested = new HashSet<>();
        for (Step s : plan.steps()) {
            for (DependencyRef t : s.tests()) {
                assertTrue(
                        sub.get(s.id()).containsAll(List.of(t.from(), t.to())),
                        "step " + s.id() + " tests " + t + " but does not hold both ends");
                tested.add(List.of(t.from(), t.to()));
            }
        }
        for (Pair p : RandomGraphs.pairs(graph).values()) {
            assertTrue(
                    tested.contains(List.of(p.from(), p.to())),
                    "dependency " + p.from() + " -> " + p.to() + " is tested by no step");
            assertTrue(sub.values().stream().anyMatch(s -> s.contains(p.from()) && s.contains(p.to())));
        }
        assertEquals(RandomGraphs.pairs(graph).size(), tested.size(), "tests name a dependency not in the graph");
    }

    // ----- 4–5: what the strategies promise ----------------------------------------------------------------------

    @Property(tries = 200)
    void acyclicGraphsNeedNoStubsBottomUpAndNoDriversTopDownWhenEverythingIsStubbable(
            @ForAll("acyclicGraphs") GraphSpec spec, @ForAll("layeredOptions") PlanOptions options) {
        DependencyGraph graph = spec.build();
        IntegrationPlan bottomUp = PLANNER.plan(graph, withStrategy(options, StrategyName.BOTTOM_UP));
        assertEquals(0, bottomUp.metrics().specificStubs());
        assertEquals(0, bottomUp.metrics().genericStubs());
        assertTrue(bottomUp.steps().stream().allMatch(s -> s.stubs().isEmpty()));
        assertTrue(bottomUp.cycleBreaking().brokenDependencies().isEmpty());
        IntegrationPlan topDown =
                PLANNER.plan(spec.everythingStubbable().build(), withStrategy(options, StrategyName.TOP_DOWN));
        assertEquals(0, topDown.metrics().specificDrivers());
        assertEquals(0, topDown.metrics().genericDrivers());
        assertTrue(topDown.steps().stream().allMatch(s -> s.drivers().isEmpty()));
    }

    @Property(tries = 100)
    void topDownStartsWithEveryRootAndBottomUpWithEveryLeaf(@ForAll("acyclicGraphs") GraphSpec spec) {
        // top-down's promise holds where nothing must be pulled up: every dependency stubbable
        DependencyGraph graph = spec.everythingStubbable().build();
        Set<String> roots = graph.modules().stream().map(Module::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> leaves = new TreeSet<>(roots);
        graph.dependencies().forEach(d -> {
            roots.remove(d.to());
            leaves.remove(d.from());
        });
        IntegrationPlan td = PLANNER.plan(graph, PlanOptions.of(StrategyName.TOP_DOWN));
        assertEquals(roots, new TreeSet<>(td.steps().get(0).integrate()));
        IntegrationPlan bu = PLANNER.plan(graph, PlanOptions.of(StrategyName.BOTTOM_UP));
        assertEquals(leaves, new TreeSet<>(bu.steps().get(0).integrate()));
    }

    private static PlanOptions withStrategy(PlanOptions o, StrategyName s) {
        return new PlanOptions(
                s,
                o.granularity(),
                o.order(),
                o.targetDepth(),
                o.cycles(),
                o.objective(),
                o.riskFirst(),
                o.cycleBudget());
    }

    @Property(tries = 100)
    void bigBangIsOneStepWithoutDoubles(@ForAll("graphs") GraphSpec spec, @ForAll("options") PlanOptions options) {
        DependencyGraph graph = spec.build();
        IntegrationPlan plan = PLANNER.plan(graph, withStrategy(options, StrategyName.BIG_BANG));
        assertEquals(1, plan.steps().size());
        assertEquals(graph.modules().size(), plan.steps().get(0).integrate().size());
        assertEquals(List.of(), plan.doubles());
        assertEquals(0, plan.metrics().specificStubs() + plan.metrics().specificDrivers());
        assertEquals(
                RandomGraphs.pairs(graph).size(), plan.steps().get(0).tests().size());
        assertCheckerAgrees(graph, plan);
    }

    // ----- 6: determinism ------------------------------------------------------------------------------------------

    @Property(tries = 150)
    void planIsTheSameWhateverOrderTheGraphWasDrawnIn(
            @ForAll("graphs") GraphSpec spec, @ForAll("options") PlanOptions options, @ForAll long seed) {
        DependencyGraph graph = spec.build();
        DependencyGraph shuffled = spec.buildShuffled(new Random(seed));
        Statistics.label("planned")
                .collect(!refusedAsUnbreakable(graph, options))
                .coverage(c -> c.check(true).percentage(p -> p >= 60));
        if (refusedAsUnbreakable(graph, options)) {
            UnbreakableCycleException a =
                    assertThrows(UnbreakableCycleException.class, () -> PLANNER.plan(graph, options));
            UnbreakableCycleException b =
                    assertThrows(UnbreakableCycleException.class, () -> PLANNER.plan(shuffled, options));
            assertEquals(a.getMessage(), b.getMessage());
            return;
        }
        PlanOptions fitted = fit(graph, options);
        assertEquals(GraphFiles.toJson(graph), GraphFiles.toJson(shuffled));
        assertEquals(PlanFiles.toJson(PLANNER.plan(graph, fitted)), PlanFiles.toJson(PLANNER.plan(shuffled, fitted)));
    }

    @Property(tries = 150)
    void planIsTheSameAfterAShuffledGraphFileRoundTrip(
            @ForAll("graphs") GraphSpec spec, @ForAll("options") PlanOptions options, @ForAll long seed)
            throws Exception {
        DependencyGraph graph = spec.build();
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(GraphFiles.toJson(graph));
        Random random = new Random(seed);
        for (String key : List.of("modules", "dependencies")) {
            List<JsonNode> items = new ArrayList<>();
            tree.get(key).forEach(items::add);
            Collections.shuffle(items, random);
            ArrayNode a = tree.putArray(key);
            items.forEach(a::add);
        }
        DependencyGraph reread = GraphFiles.parse(json.writeValueAsString(tree), "shuffled.graph.json");
        assertEquals(graph, reread);
        assertEquals(GraphDigest.of(graph), GraphDigest.of(reread));
        if (refusedAsUnbreakable(graph, options)) {
            assertThrows(UnbreakableCycleException.class, () -> PLANNER.plan(reread, options));
            return;
        }
        PlanOptions fitted = fit(graph, options);
        assertEquals(PlanFiles.toJson(PLANNER.plan(graph, fitted)), PlanFiles.toJson(PLANNER.plan(reread, fitted)));
    }

    // ----- 7: plan files -------------------------------------------------------------------------------------------

    @Property(tries = 150)
    void planFilesRoundTripInJsonAndYaml(@ForAll("graphs") GraphSpec spec, @ForAll("options") PlanOptions options)
            throws Exception {
        DependencyGraph graph = spec.build();
        IntegrationPlan plan = planOrRefusal(graph, options);
        if (plan == null) {
            return;
        }
        String text = PlanFiles.toJson(plan);
        IntegrationPlan fromJson = PlanFiles.parse(text, "p", false);
        assertEquals(text, PlanFiles.toJson(fromJson));
        assertCheckerAgrees(graph, fromJson);
        IntegrationPlan fromYaml = PlanFiles.parse(PlanFiles.toYaml(plan), "p", true);
        assertEquals(text, PlanFiles.toJson(fromYaml));
        assertCheckerAgrees(graph, fromYaml);
    }

    // ----- 8: cycles of unstubbable dependencies -----------------------------------------------------------------

    /** A random graph with an extra cycle of unstubbable dependencies through {@code cycle} of its modules. */
    record Planted(GraphSpec spec, List<Integer> cycle, List<String> kinds) {
        DependencyGraph build() {
            DependencyGraph g = spec.build();
            DependencyGraph.Builder b = g.toBuilder();
            for (int i = 0; i < cycle.size(); i++) {
                String from = spec.modules().get(cycle.get(i)).id();
                String to =
                        spec.modules().get(cycle.get((i + 1) % cycle.size())).id();
                String kind = kinds.get(i % kinds.size());
                b.addDependency(
                        kind.equals("uses!")
                                ? io.itplan.core.graph.Dependency.of(from, to).withStubbable(false)
                                : io.itplan.core.graph.Dependency.of(
                                        from, to, io.itplan.core.graph.DependencyKind.fromKey(kind)));
            }
            return b.build();
        }

        Set<String> cycleIds() {
            return cycle.stream().map(i -> spec.modules().get(i).id()).collect(Collectors.toSet());
        }
    }

    @Provide
    Arbitrary<Planted> planted() {
        // extra dependencies are all stubbable, so the planted cycle is the only unstubbable one
        return RandomGraphs.graphs(2, 20, Shape.ACYCLIC).flatMap(spec -> {
            List<RandomGraphs.EdgeSpec> stubbable = spec.edges().stream()
                    .map(e -> new RandomGraphs.EdgeSpec(
                            e.from(), e.to(), e.kind(), e.weight(), e.attributes(), e.methods(), true))
                    .toList();
            GraphSpec s = new GraphSpec(Shape.ANY, spec.modules(), stubbable, spec.projectCommand());
            int n = s.size();
            Arbitrary<List<Integer>> cycle = Arbitraries.integers()
                    .between(0, n - 1)
                    .list()
                    .ofMinSize(2)
                    .ofMaxSize(Math.min(n, 6))
                    .uniqueElements();
            Arbitrary<List<String>> kinds = Arbitraries.of("inheritance", "composition", "inter-type", "uses!")
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(3);
            return Combinators.combine(cycle, kinds).as((c, k) -> new Planted(s, c, k));
        });
    }

    @Property(tries = 150)
    void breakRefusesACycleOfUnstubbableDependenciesAndNamesItWhileClusterPlansIt(
            @ForAll("planted") Planted planted, @ForAll("layeredOptions") PlanOptions options) {
        DependencyGraph graph = planted.build();
        StrategyName strategy =
                options.strategy() == StrategyName.BIG_BANG ? StrategyName.SANDWICH : options.strategy();
        PlanOptions breaking = withStrategy(options, strategy).withCycles(CyclePolicy.BREAK);
        UnbreakableCycleException e =
                assertThrows(UnbreakableCycleException.class, () -> PLANNER.plan(graph, breaking));
        assertEquals(planted.cycleIds(), new HashSet<>(e.cycle()));
        for (String id : planted.cycleIds()) {
            assertTrue(e.getMessage().contains(id), () -> "message '" + e.getMessage() + "' does not name " + id);
        }
        IntegrationPlan clustered = PLANNER.plan(graph, fit(graph, breaking.withCycles(CyclePolicy.CLUSTER)));
        assertCheckerAgrees(graph, clustered);
        assertTrue(
                clustered.steps().stream().anyMatch(s -> s.integrate().containsAll(planted.cycleIds())),
                "the cycle is integrated in one step");
    }

    // ----- 9: the checker catches mutated plans --------------------------------------------------------------------

    private static Step withIntegrate(Step s, List<String> integrate) {
        return new Step(
                s.id(), s.name(), s.after(), integrate, s.stubs(), s.drivers(), s.tests(), s.run(), s.execution());
    }

    @Property(tries = 150)
    void checkerCatchesADroppedStandIn(
            @ForAll("breakableGraphs") GraphSpec spec, @ForAll("options") PlanOptions options, @ForAll long seed) {
        DependencyGraph graph = spec.build();
        IntegrationPlan plan = PLANNER.plan(graph, fit(graph, options));
        Random r = new Random(seed);
        List<Integer> withDoubles = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            Step s = plan.steps().get(i);
            if (!s.stubs().isEmpty() || !s.drivers().isEmpty()) {
                withDoubles.add(i);
            }
        }
        Statistics.label("has stand-ins").collect(!withDoubles.isEmpty());
        if (withDoubles.isEmpty()) {
            return;
        }
        int i = withDoubles.get(r.nextInt(withDoubles.size()));
        Step s = plan.steps().get(i);
        List<String> stubs = new ArrayList<>(s.stubs());
        List<String> drivers = new ArrayList<>(s.drivers());
        if (!stubs.isEmpty() && (drivers.isEmpty() || r.nextBoolean())) {
            stubs.remove(r.nextInt(stubs.size()));
        } else {
            drivers.remove(r.nextInt(drivers.size()));
        }
        List<Step> steps = new ArrayList<>(plan.steps());
        steps.set(
                i,
                new Step(
                        s.id(), s.name(), s.after(), s.integrate(), stubs, drivers, s.tests(), s.run(), s.execution()));
        assertFalse(
                PlanChecker.check(graph, PlanEdits.withSteps(plan, steps), null).isEmpty());
    }

    @Property(tries = 150)
    void checkerCatchesAModuleMovedToAnotherStep(
            @ForAll("graphsWithDependencies") GraphSpec spec,
            @ForAll("severalStepOptions") PlanOptions options,
            @ForAll long seed) {
        DependencyGraph graph = spec.build();
        IntegrationPlan plan = PLANNER.plan(graph, fit(graph, options));
        Set<String> connected = new HashSet<>();
        graph.dependencies().forEach(d -> {
            connected.add(d.from());
            connected.add(d.to());
        });
        Statistics.label("movable")
                .collect(plan.steps().size() > 1 && !connected.isEmpty())
                .coverage(c -> c.check(true).percentage(p -> p >= 60));
        if (plan.steps().size() < 2 || connected.isEmpty()) {
            return;
        }
        Random r = new Random(seed);
        List<String> candidates = new ArrayList<>(new TreeSet<>(connected));
        String module = candidates.get(r.nextInt(candidates.size()));
        int from = -1;
        for (int i = 0; i < plan.steps().size(); i++) {
            if (plan.steps().get(i).integrate().contains(module)) {
                from = i;
            }
        }
        int to = (from + 1 + r.nextInt(plan.steps().size() - 1)) % plan.steps().size();
        List<Step> steps = new ArrayList<>(plan.steps());
        List<String> left = new ArrayList<>(steps.get(from).integrate());
        left.remove(module);
        List<String> joined = new ArrayList<>(steps.get(to).integrate());
        joined.add(module);
        Collections.sort(joined);
        steps.set(from, withIntegrate(steps.get(from), left));
        steps.set(to, withIntegrate(steps.get(to), joined));
        IntegrationPlan mutated = PlanEdits.withSteps(plan, steps);
        // a move can leave every stand-in, test and metric as it was (a root moved to a later step that still
        // lacks its suppliers, say): then the mutated plan is valid, just different
        boolean changed = !RuleReference.expected(graph, mutated).equals(RuleReference.claimed(mutated));
        Statistics.label("move changes the rule's outcome").collect(changed);
        List<String> problems = PlanChecker.check(graph, mutated, null);
        String moved = module + " from " + steps.get(from).id() + " to "
                + steps.get(to).id();
        if (changed) {
            assertFalse(
                    problems.isEmpty(), () -> "moving " + moved + " went unnoticed in\n" + PlanFiles.toJson(mutated));
        } else {
            assertEquals(List.of(), problems, () -> "moving " + moved + " keeps the plan valid");
        }
    }

    /**
     * Hand edits of a valid plan — dropping or adding an {@code after}, dropping a test, dropping a client from a
     * stand-in, listing a stand-in a step does not need: the checker objects exactly when the plain reading of
     * the rule says the edited plan's claims are wrong.
     */
    @Property(tries = 200)
    void checkerObjectsExactlyWhenAnEditedPlanBreaksTheRule(
            @ForAll("graphs") GraphSpec spec,
            @ForAll("options") PlanOptions options,
            @ForAll @IntRange(min = 0, max = 4) int edit,
            @ForAll long seed) {
        DependencyGraph graph = spec.build();
        IntegrationPlan plan = planOrRefusal(graph, options);
        if (plan == null) {
            return;
        }
        Random r = new Random(seed);
        List<Step> steps = new ArrayList<>(plan.steps());
        List<StandIn> doubles = new ArrayList<>(plan.doubles());
        String what;
        int i = r.nextInt(steps.size());
        Step s = steps.get(i);
        switch (edit) {
            case 0 -> {
                if (s.after().isEmpty()) {
                    return;
                }
                List<String> after = new ArrayList<>(s.after());
                what = "dropped after " + after.remove(r.nextInt(after.size())) + " from " + s.id();
                steps.set(
                        i,
                        new Step(
                                s.id(),
                                s.name(),
                                after,
                                s.integrate(),
                                s.stubs(),
                                s.drivers(),
                                s.tests(),
                                s.run(),
                                s.execution()));
            }
            case 1 -> {
                if (i == 0) {
                    return;
                }
                String earlier = steps.get(r.nextInt(i)).id();
                if (s.after().contains(earlier)) {
                    return;
                }
                List<String> after = new ArrayList<>(s.after());
                after.add(earlier);
                Collections.sort(after);
                what = "added after " + earlier + " to " + s.id();
                steps.set(
                        i,
                        new Step(
                                s.id(),
                                s.name(),
                                after,
                                s.integrate(),
                                s.stubs(),
                                s.drivers(),
                                s.tests(),
                                s.run(),
                                s.execution()));
            }
            case 2 -> {
                if (s.tests().isEmpty()) {
                    return;
                }
                List<DependencyRef> tests = new ArrayList<>(s.tests());
                what = "dropped test " + tests.remove(r.nextInt(tests.size())) + " from " + s.id();
                steps.set(
                        i,
                        new Step(
                                s.id(),
                                s.name(),
                                s.after(),
                                s.integrate(),
                                s.stubs(),
                                s.drivers(),
                                tests,
                                s.run(),
                                s.execution()));
            }
            case 3 -> {
                if (doubles.isEmpty()) {
                    return;
                }
                int d = r.nextInt(doubles.size());
                StandIn old = doubles.get(d);
                List<String> clients = new ArrayList<>(old.forModules());
                what = "dropped client " + clients.remove(r.nextInt(clients.size())) + " from " + old.id();
                doubles.set(d, new StandIn(old.id(), old.role(), old.of(), clients, old.provider()));
            }
            default -> {
                List<StandIn> unused = doubles.stream()
                        .filter(d -> d.role() == Role.STUB
                                ? !s.stubs().contains(d.id())
                                : !s.drivers().contains(d.id()))
                        .toList();
                if (unused.isEmpty()) {
                    return;
                }
                StandIn extra = unused.get(r.nextInt(unused.size()));
                List<String> stubs = new ArrayList<>(s.stubs());
                List<String> drivers = new ArrayList<>(s.drivers());
                (extra.role() == Role.STUB ? stubs : drivers).add(extra.id());
                Collections.sort(stubs);
                Collections.sort(drivers);
                what = "listed " + extra.id() + " at " + s.id();
                steps.set(
                        i,
                        new Step(
                                s.id(),
                                s.name(),
                                s.after(),
                                s.integrate(),
                                stubs,
                                drivers,
                                s.tests(),
                                s.run(),
                                s.execution()));
            }
        }
        IntegrationPlan edited = PlanEdits.withDoublesAndSteps(plan, doubles, steps);
        boolean wrong = !RuleReference.expected(graph, edited).equals(RuleReference.claimed(edited));
        Statistics.label("edit breaks the rule").collect(wrong);
        List<String> problems = PlanChecker.check(graph, edited, GraphDigest.of(graph));
        if (wrong) {
            assertFalse(problems.isEmpty(), () -> what + " went unnoticed in\n" + PlanFiles.toJson(edited));
        } else {
            assertEquals(List.of(), problems, what + " keeps the plan valid");
        }
    }

    @Property(tries = 150)
    void checkerCatchesAChangedMetric(
            @ForAll("graphs") GraphSpec spec,
            @ForAll("options") PlanOptions options,
            @ForAll @IntRange(min = 0, max = 10) int which,
            @ForAll @IntRange(min = 1, max = 3) int delta) {
        DependencyGraph graph = spec.build();
        IntegrationPlan plan = planOrRefusal(graph, options);
        if (plan == null) {
            return;
        }
        Number[] v = new Number[Metrics.KEYS.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = plan.metrics().value(Metrics.KEYS[k]);
        }
        v[which] = v[which] instanceof Double d ? (Number) (d + delta * 0.5) : (Number) (v[which].intValue() + delta);
        Metrics m = new Metrics(
                v[0].intValue(),
                v[1].intValue(),
                v[2].intValue(),
                v[3].intValue(),
                v[4].intValue(),
                v[5].doubleValue(),
                v[6].intValue(),
                v[7].intValue(),
                v[8].doubleValue(),
                v[9].intValue(),
                v[10].intValue());
        IntegrationPlan mutated = new IntegrationPlan(
                plan.graph(),
                plan.strategy(),
                m,
                plan.cycleBreaking(),
                plan.maxParallel(),
                plan.defaults(),
                plan.doubles(),
                plan.steps());
        List<String> problems = PlanChecker.check(graph, mutated, null);
        assertTrue(
                problems.stream().anyMatch(p -> p.contains(Metrics.KEYS[which])),
                () -> Metrics.KEYS[which] + " changed unnoticed: " + problems);
    }

    // ----- 10: cycle breaking ------------------------------------------------------------------------------------

    @Property(tries = 200)
    void brokenDependenciesAreStubbableAndLeaveTheGraphAcyclic(
            @ForAll("breakableGraphs") GraphSpec spec, @ForAll("options") PlanOptions options) {
        DependencyGraph graph = spec.build();
        PlanOptions o = withStrategy(
                        options,
                        options.strategy() == StrategyName.BIG_BANG ? StrategyName.TOP_DOWN : options.strategy())
                .withCycles(CyclePolicy.BREAK)
                .withTargetDepth(null);
        IntegrationPlan plan = PLANNER.plan(graph, o);
        Map<List<String>, Pair> pairs = RandomGraphs.pairs(graph);
        Set<List<String>> broken = refs(plan.cycleBreaking().brokenDependencies());
        for (List<String> b : broken) {
            assertTrue(pairs.containsKey(b), "broken " + b + " is not a dependency");
            assertTrue(pairs.get(b).stubbable(), "broken " + b + " is not stubbable");
        }
        assertTrue(RandomGraphs.isAcyclic(graph, broken), "cycles remain after breaking " + broken);
        assertTrue(plan.cycleBreaking().lowerBound() >= 0);
        Statistics.label("broken").collect(broken.isEmpty() ? "none" : broken.size() < 4 ? "1-3" : "4+");
        Statistics.label("optimal").collect(plan.cycleBreaking().optimal());
    }

    @Property(tries = 200)
    void brokenSetIsAMinimumFeedbackArcSetOnSmallGraphs(
            @ForAll("smallGraphs") GraphSpec spec, @ForAll Objective objective) {
        DependencyGraph graph = spec.build();
        PlanOptions o = PlanOptions.of(StrategyName.TOP_DOWN).withObjective(objective);
        Statistics.label("breakable")
                .collect(!RandomGraphs.hasUnstubbableCycle(graph))
                .coverage(c -> c.check(true).percentage(p -> p >= 50));
        if (RandomGraphs.hasUnstubbableCycle(graph)) {
            assertThrows(UnbreakableCycleException.class, () -> PLANNER.plan(graph, o));
            return;
        }
        IntegrationPlan plan = PLANNER.plan(graph, o);
        Map<List<String>, Pair> pairs = RandomGraphs.pairs(graph);
        double amax =
                pairs.values().stream().mapToDouble(Pair::attributes).max().orElse(0);
        double mmax = pairs.values().stream().mapToDouble(Pair::methods).max().orElse(0);
        String key = objective.key();
        double cost = 0;
        for (List<String> b : refs(plan.cycleBreaking().brokenDependencies())) {
            cost += RandomGraphs.cost(pairs.get(b), key, amax, mmax);
        }
        double optimum = RandomGraphs.bruteForceMinimumFeedbackArcSet(graph, key);
        Statistics.label("optimal").collect(plan.cycleBreaking().optimal());
        assertTrue(cost >= optimum - 1e-6, "cost " + cost + " below the brute-force optimum " + optimum);
        assertTrue(plan.cycleBreaking().lowerBound() <= optimum + 1e-6, "lower bound above the optimum");
        if (plan.cycleBreaking().optimal()) {
            assertEquals(optimum, cost, 1e-5, "claimed optimal");
            assertEquals(cost, plan.cycleBreaking().lowerBound(), 1e-5);
            if (objective == Objective.STUBS) {
                assertEquals(
                        (int) Math.round(optimum),
                        plan.cycleBreaking().brokenDependencies().size());
            }
        }
    }

    // ----- the shape of each strategy (DESIGN §4) ----------------------------------------------------------------

    private static RandomGraphs.Units units(DependencyGraph graph, IntegrationPlan plan) {
        return RandomGraphs.units(
                graph,
                plan.cycleBreaking().policy().equals("cluster"),
                refs(plan.cycleBreaking().brokenDependencies()));
    }

    private static int unitRisk(DependencyGraph graph, RandomGraphs.Units u, String module) {
        return u.members().get(u.unitOf().get(module)).stream()
                .mapToInt(m -> graph.module(m).risk().ordinal())
                .max()
                .orElseThrow();
    }

    @Property(tries = 150)
    void levelStepsFollowDepthTopDownAndHeightBottomUp(
            @ForAll("breakableGraphs") GraphSpec spec,
            @ForAll CyclePolicy cycles,
            @ForAll boolean riskFirst,
            @ForAll boolean bottomUp) {
        // top-down's shape, as below, holds where nothing must be pulled up: every dependency stubbable
        DependencyGraph graph = (bottomUp ? spec : spec.everythingStubbable()).build();
        IntegrationPlan plan = PLANNER.plan(
                graph,
                PlanOptions.of(bottomUp ? StrategyName.BOTTOM_UP : StrategyName.TOP_DOWN)
                        .withCycles(cycles)
                        .withRiskFirst(riskFirst));
        RandomGraphs.Units u = units(graph, plan);
        String word = bottomUp ? "height" : "depth";
        int previousLevel = -1;
        int previousRisk = Integer.MAX_VALUE;
        for (Step s : plan.steps()) {
            Set<Integer> levels = s.integrate().stream()
                    .map(m -> bottomUp ? u.heightOf(m) : u.depthOf(m))
                    .collect(Collectors.toSet());
            assertEquals(1, levels.size(), "step " + s.id() + " mixes " + word + "s " + levels);
            int level = levels.iterator().next();
            assertTrue(
                    s.id().equals(word + "-" + level) || s.id().startsWith(word + "-" + level + "-"),
                    "step " + s.id() + " holds modules of " + word + " " + level);
            Set<Integer> risks =
                    s.integrate().stream().map(m -> unitRisk(graph, u, m)).collect(Collectors.toSet());
            if (level == previousLevel) {
                assertTrue(riskFirst, "two steps for " + word + " " + level + " without risk first");
                assertEquals(1, risks.size(), "risk group " + s.id() + " mixes risks");
                assertTrue(risks.iterator().next() < previousRisk, "lower risk before higher at " + s.id());
            } else {
                assertTrue(level == previousLevel + 1, "levels skip or go back at " + s.id());
            }
            previousLevel = level;
            previousRisk = risks.stream().mapToInt(Integer::intValue).min().orElseThrow();
        }
    }

    @Property(tries = 150)
    void sandwichRunsTopAndBottomTracksSideBySideThenTheTargetLayer(
            @ForAll("breakableGraphs") GraphSpec spec,
            @ForAll CyclePolicy cycles,
            @ForAll Objective objective,
            @ForAll @IntRange(min = 0, max = 40) int rawTarget,
            @ForAll boolean explicit) {
        // the tracks' shape, as below, holds where nothing must be pulled up: every dependency stubbable
        DependencyGraph graph = spec.everythingStubbable().build();
        PlanOptions o = fit(
                graph,
                PlanOptions.of(StrategyName.SANDWICH)
                        .withCycles(cycles)
                        .withObjective(objective)
                        .withTargetDepth(explicit ? rawTarget : null));
        IntegrationPlan plan = PLANNER.plan(graph, o);
        int t = ((Number) plan.strategy().options().get("targetDepth")).intValue();
        if (explicit) {
            assertEquals(o.targetDepth(), t);
        }
        RandomGraphs.Units u = units(graph, plan);
        String lastTop = null;
        String lastBottom = null;
        int topLevel = -1;
        int bottomLevel = -1;
        List<Step> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.id().startsWith("top-depth-")) {
                int d = Integer.parseInt(s.id().substring("top-depth-".length()));
                assertTrue(d < t && d > topLevel);
                assertTrue(s.integrate().stream().allMatch(m -> u.depthOf(m) == d), s.id());
                assertEquals(lastTop == null ? List.of() : List.of(lastTop), s.after(), s.id());
                lastTop = s.id();
                topLevel = d;
            } else if (s.id().startsWith("bottom-height-")) {
                int h = Integer.parseInt(s.id().substring("bottom-height-".length()));
                assertTrue(h > bottomLevel);
                assertTrue(s.integrate().stream().allMatch(m -> u.depthOf(m) > t && u.heightOf(m) == h), s.id());
                assertEquals(lastBottom == null ? List.of() : List.of(lastBottom), s.after(), s.id());
                lastBottom = s.id();
                bottomLevel = h;
            } else {
                assertEquals("target-depth-" + t, s.id());
                assertEquals(steps.size() - 1, i, "the target layer comes last");
                assertTrue(s.integrate().stream().allMatch(m -> u.depthOf(m) == t));
                Set<String> after = new TreeSet<>();
                if (lastTop != null) {
                    after.add(lastTop);
                }
                if (lastBottom != null) {
                    after.add(lastBottom);
                }
                assertEquals(after, new TreeSet<>(s.after()));
            }
        }
        assertTrue(steps.get(steps.size() - 1).id().equals("target-depth-" + t), "no target step");
    }

    @Property(tries = 150)
    void parallelStepsWaitExactlyForTheModulesBeforeThem(
            @ForAll("breakableGraphs") GraphSpec spec,
            @ForAll CyclePolicy cycles,
            @ForAll boolean bottomUp,
            @ForAll boolean riskFirst) {
        // top-down's shape, as below, holds where nothing must be pulled up: every dependency stubbable
        DependencyGraph graph = (bottomUp ? spec : spec.everythingStubbable()).build();
        IntegrationPlan plan = PLANNER.plan(
                graph,
                PlanOptions.of(bottomUp ? StrategyName.BOTTOM_UP : StrategyName.TOP_DOWN)
                        .withCycles(cycles)
                        .withGranularity(Granularity.PARALLEL)
                        .withRiskFirst(riskFirst));
        RandomGraphs.Units u = units(graph, plan);
        assertEquals(u.members().size(), plan.steps().size());
        Map<Integer, String> stepOfUnit = new HashMap<>();
        for (Step s : plan.steps()) {
            int unit = u.unitOf().get(s.integrate().get(0));
            assertEquals(u.members().get(unit), new HashSet<>(s.integrate()), "step " + s.id() + " is one unit");
            stepOfUnit.put(unit, s.id());
        }
        for (Step s : plan.steps()) {
            int unit = u.unitOf().get(s.integrate().get(0));
            Set<Integer> waitsFor =
                    bottomUp ? u.suppliers().get(unit) : u.clients().get(unit);
            assertEquals(
                    waitsFor.stream().map(stepOfUnit::get).collect(Collectors.toCollection(TreeSet::new)),
                    new TreeSet<>(s.after()),
                    "step " + s.id());
        }
    }

    @Property(tries = 150)
    void moduleChainsTakeTheShallowestOrRiskiestReadyModule(
            @ForAll("breakableGraphs") GraphSpec spec, @ForAll boolean bottomUp, @ForAll boolean riskFirst) {
        // top-down's shape, as below, holds where nothing must be pulled up: every dependency stubbable
        DependencyGraph graph = (bottomUp ? spec : spec.everythingStubbable()).build();
        IntegrationPlan plan = PLANNER.plan(
                graph,
                PlanOptions.of(bottomUp ? StrategyName.BOTTOM_UP : StrategyName.TOP_DOWN)
                        .withGranularity(Granularity.MODULE)
                        .withOrder(ModuleOrder.BFS)
                        .withRiskFirst(riskFirst));
        RandomGraphs.Units u = units(graph, plan);
        Set<String> done = new HashSet<>();
        for (Step s : plan.steps()) {
            assertEquals(1, s.integrate().size());
            String m = s.integrate().get(0);
            List<String> ready = new ArrayList<>();
            for (Module x : graph.modules()) {
                int unit = u.unitOf().get(x.id());
                Set<Integer> before =
                        bottomUp ? u.suppliers().get(unit) : u.clients().get(unit);
                if (!done.contains(x.id())
                        && before.stream()
                                .allMatch(b -> done.containsAll(u.members().get(b)))) {
                    ready.add(x.id());
                }
            }
            // ties: higher risk (when risk first), then shallower in the order's direction, then smaller id
            java.util.Comparator<String> preference = java.util.Comparator.comparingInt(
                            (String x) -> riskFirst ? -graph.module(x).risk().ordinal() : 0)
                    .thenComparingInt(x -> bottomUp ? u.heightOf(x) : u.depthOf(x))
                    .thenComparing(java.util.Comparator.naturalOrder());
            String expected = ready.stream().min(preference).orElseThrow();
            assertEquals(expected, m, "ready were " + ready + " at step " + s.id());
            done.add(m);
        }
    }

    // ----- sandwich target depth ---------------------------------------------------------------------------------

    /** Summed weights of the specific stubs and drivers, from the plan's doubles. */
    private static double standInCost(DependencyGraph graph, IntegrationPlan plan) {
        Map<List<String>, Pair> pairs = RandomGraphs.pairs(graph);
        double c = 0;
        for (StandIn d : plan.doubles()) {
            for (String client : d.forModules()) {
                c += pairs.get(List.of(client, d.of())).weight();
            }
        }
        return c;
    }

    @Property(tries = 150)
    void sandwichDefaultTargetDepthIsTheCheapestNearestTheMiddle(
            @ForAll("breakableGraphs") GraphSpec spec, @ForAll CyclePolicy cycles, @ForAll Objective objective) {
        DependencyGraph graph = spec.build();
        PlanOptions o = PlanOptions.of(StrategyName.SANDWICH).withCycles(cycles).withObjective(objective);
        IntegrationPlan chosen = PLANNER.plan(graph, o);
        int t = ((Number) chosen.strategy().options().get("targetDepth")).intValue();
        int max = maxDepth(graph, o);
        assertTrue(t >= 0 && t <= max);
        double best = standInCost(graph, chosen);
        double middle = max / 2.0;
        for (int d = 0; d <= max; d++) {
            IntegrationPlan p = PLANNER.plan(graph, o.withTargetDepth(d));
            assertEquals(d, ((Number) p.strategy().options().get("targetDepth")).intValue());
            double c = standInCost(graph, p);
            assertTrue(
                    c >= best - 1e-6,
                    "target depth " + d + " costs " + c + ", less than the default " + t + " at " + best);
            if (Math.abs(c - best) <= 1e-6 && d != t) {
                double dd = Math.abs(d - middle);
                double dt = Math.abs(t - middle);
                assertTrue(
                        dd > dt || (dd == dt && d > t),
                        "target depth " + d + " ties with the default " + t + " and is nearer the middle");
            }
        }
        int tooDeep = max + 1;
        assertThrows(IllegalArgumentException.class, () -> PLANNER.plan(graph, o.withTargetDepth(tooDeep)));
    }
}
