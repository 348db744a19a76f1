package io.itplan.core.strategy;

import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Risk;
import io.itplan.core.plan.StepDraft;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Top-down ordering of a {@link UnitDag} — every unit after all its clients — at each granularity.
 * Bottom-up is the same ordering of the reversed DAG. Ties go to the smaller unit, i.e. module id.
 *
 * <p>The top-down and bottom-up approaches are those of the classic integration-testing literature
 * (Myers, <i>The Art of Software Testing</i>, 1979); risk-first ordering follows risk-based testing practice.
 */
final class Layering {
    private final UnitDag dag;
    private final PlanOptions options;
    private final String levelWord;
    private final StepNames names;

    /**
     * @param dag       units to order, every unit after its clients
     * @param levelWord what a level is called in step ids and names ("depth" or "height")
     */
    Layering(UnitDag dag, PlanOptions options, String levelWord, StepNames names) {
        this.dag = dag;
        this.options = options;
        this.levelWord = levelWord;
        this.names = names;
    }

    List<StepDraft> steps() {
        return switch (options.granularity()) {
            case LEVEL -> byLevel();
            case MODULE -> byModule();
            case PARALLEL -> parallel();
        };
    }

    /**
     * The steps, with the supplier of every unstubbable dependency pulled up into its client's step or before it
     * ({@link UnstubbablePull}): what an order of clients before suppliers needs to stay executable.
     */
    List<StepDraft> stepsPullingUnstubbable(GraphIndex g) {
        List<StepDraft> pulled = UnstubbablePull.apply(
                g,
                dag,
                steps(),
                options.granularity() == Granularity.LEVEL ? null : names::modules,
                options.granularity() == Granularity.PARALLEL);
        if (options.granularity() != Granularity.MODULE) {
            return pulled;
        }
        List<StepDraft> renumbered = new ArrayList<>(pulled.size());
        for (int i = 0; i < pulled.size(); i++) {
            StepDraft d = pulled.get(i);
            renumbered.add(new StepDraft(moduleStepId(i, pulled.size()), d.name(), d.modules(), d.after()));
        }
        return renumbered;
    }

    private static String moduleStepId(int i, int count) {
        int digits = String.valueOf(count).length();
        return String.format(java.util.Locale.ROOT, "step-%0" + Math.max(2, digits) + "d", i + 1);
    }

    private List<StepDraft> byLevel() {
        TreeMap<Integer, List<Integer>> levels = new TreeMap<>();
        for (int u = 0; u < dag.size(); u++) {
            levels.computeIfAbsent(dag.depth(u), k -> new ArrayList<>()).add(u);
        }
        List<StepDraft> steps = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> level : levels.entrySet()) {
            Map<String, List<Integer>> groups = new LinkedHashMap<>();
            if (options.riskFirst()) {
                for (Risk r : new Risk[] {Risk.HIGH, Risk.MEDIUM, Risk.LOW}) {
                    List<Integer> units = level.getValue().stream()
                            .filter(u -> dag.risk(u) == r)
                            .toList();
                    if (!units.isEmpty()) {
                        groups.put(r.key(), units);
                    }
                }
            } else {
                groups.put("", level.getValue());
            }
            for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
                String suffix = group.getKey().isEmpty() || groups.size() == 1 ? "" : "-" + group.getKey();
                String id = levelWord + "-" + level.getKey() + suffix;
                String name = names.level(level.getKey()) + (suffix.isEmpty() ? "" : ", " + group.getKey() + " risk");
                steps.add(new StepDraft(
                        id,
                        name,
                        modulesOf(group.getValue()),
                        steps.isEmpty() ? new int[0] : new int[] {steps.size() - 1}));
            }
        }
        return steps;
    }

    private List<StepDraft> byModule() {
        int[] order = order(options.order() == ModuleOrder.DFS);
        List<StepDraft> steps = new ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            steps.add(new StepDraft(
                    moduleStepId(i, order.length),
                    names.units(dag, order[i]),
                    dag.members(order[i]),
                    i == 0 ? new int[0] : new int[] {i - 1}));
        }
        return steps;
    }

    private List<StepDraft> parallel() {
        int[] order = order(false);
        int[] stepOfUnit = new int[dag.size()];
        List<StepDraft> steps = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (int i = 0; i < order.length; i++) {
            int u = order[i];
            stepOfUnit[u] = i;
            int[] after = Arrays.stream(dag.clients(u))
                    .map(c -> stepOfUnit[c])
                    .sorted()
                    .toArray();
            String id = io.itplan.core.plan.PlanIds.unique("integrate", names.unitId(dag, u), taken);
            steps.add(new StepDraft(id, names.units(dag, u), dag.members(u), after));
        }
        return steps;
    }

    /**
     * Kahn's algorithm: a unit may go once all its clients have gone. Breadth-first takes the shallowest
     * ready unit; depth-first the one released most recently; risk-first puts higher risk before both.
     */
    private int[] order(boolean depthFirst) {
        int n = dag.size();
        int[] pending = new int[n];
        long[] released = new long[n];
        Comparator<Integer> byRisk = Comparator.comparing(
                (Integer u) -> options.riskFirst() ? -dag.risk(u).ordinal() : 0);
        Comparator<Integer> byShape = depthFirst
                ? Comparator.comparingLong((Integer u) -> -released[u])
                : Comparator.comparingInt(dag::depth);
        PriorityQueue<Integer> ready =
                new PriorityQueue<>(byRisk.thenComparing(byShape).thenComparingInt(u -> u));
        for (int u = 0; u < n; u++) {
            pending[u] = dag.clients(u).length;
            if (pending[u] == 0) {
                ready.add(u);
            }
        }
        int[] order = new int[n];
        int k = 0;
        while (!ready.isEmpty()) {
            int u = ready.poll();
            order[k++] = u;
            for (int s : dag.suppliers(u)) {
                if (--pending[s] == 0) {
                    released[s] = k;
                    ready.add(s);
                }
            }
        }
        return order;
    }

    private int[] modulesOf(List<Integer> units) {
        return units.stream()
                .flatMapToInt(u -> Arrays.stream(dag.members(u)))
                .sorted()
                .toArray();
    }

    /** How steps are named for people. */
    interface StepNames {
        String level(int level);

        String units(UnitDag dag, int unit);

        String unitId(UnitDag dag, int unit);

        /** A name for a step that integrates {@code modules}. */
        String modules(int[] modules);
    }
}
