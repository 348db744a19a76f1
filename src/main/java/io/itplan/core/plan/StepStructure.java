package io.itplan.core.plan;

import io.itplan.core.graph.GraphIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The shape of a plan, checked before the rule can be applied: valid and unique ids, {@code after} naming known
 * steps without a cycle, and every module integrated in exactly one step. Steps are put in an order that respects
 * {@code after} (found by JGraphT, not taken from the file).
 *
 * @param order   the steps, each after the steps it names
 * @param parents for each step in {@code order}, the positions of the steps it comes after
 * @param stepOf  for each module, the position of the step that integrates it
 */
record StepStructure(List<Step> order, int[][] parents, int[] stepOf) {

    /** The plan's structure, or null after listing on {@code problems} what keeps the rule from applying. */
    static StepStructure of(GraphIndex g, IntegrationPlan plan, Problems problems) {
        Map<String, Step> steps = new HashMap<>();
        for (Step s : plan.steps()) {
            if (!PlanIds.isValid(s.id())) {
                problems.add("step '" + s.id() + "': id does not match " + PlanIds.ID.pattern());
            }
            if (steps.put(s.id(), s) != null) {
                problems.add("step '" + s.id() + "': id used twice");
            }
        }
        Map<String, StandIn> doubles = new HashMap<>();
        for (StandIn d : plan.doubles()) {
            if (!PlanIds.isValid(d.id())) {
                problems.add("double '" + d.id() + "': id does not match " + PlanIds.ID.pattern());
            }
            if (steps.containsKey(d.id()) || doubles.put(d.id(), d) != null) {
                problems.add("double '" + d.id() + "': id used twice");
            }
        }
        List<Step> order = order(plan, steps, problems);
        if (order == null) {
            return null;
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i).id(), i);
        }
        int[][] parents = new int[order.size()][];
        for (int i = 0; i < order.size(); i++) {
            parents[i] = order.get(i).after().stream().mapToInt(position::get).toArray();
        }
        int[] stepOf = integratedOnce(g, order, problems);
        return stepOf == null ? null : new StepStructure(order, parents, stepOf);
    }

    private static List<Step> order(IntegrationPlan plan, Map<String, Step> steps, Problems problems) {
        Graph<String, DefaultEdge> dag = new DefaultDirectedGraph<>(DefaultEdge.class);
        plan.steps().forEach(s -> dag.addVertex(s.id()));
        boolean ok = true;
        for (Step s : plan.steps()) {
            for (String a : s.after()) {
                if (!steps.containsKey(a)) {
                    problems.add("step '" + s.id() + "': comes after unknown step '" + a + "'");
                    ok = false;
                } else if (a.equals(s.id())) {
                    problems.add("step '" + s.id() + "': comes after itself");
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
            problems.add("steps: 'after' forms a cycle through " + new TreeSet<>(cycles.findCycles()));
            return null;
        }
        List<Step> order = new ArrayList<>();
        new TopologicalOrderIterator<>(dag).forEachRemaining(id -> order.add(steps.get(id)));
        return order;
    }

    private static int[] integratedOnce(GraphIndex g, List<Step> order, Problems problems) {
        int[] stepOf = new int[g.size()];
        Arrays.fill(stepOf, -1);
        boolean ok = true;
        for (int i = 0; i < order.size(); i++) {
            for (String id : order.get(i).integrate()) {
                int v = g.indexOf(id);
                if (v < 0) {
                    problems.add("step '" + order.get(i).id() + "': integrates unknown module '" + id + "'");
                    ok = false;
                } else if (stepOf[v] >= 0) {
                    problems.add("module '" + id + "': integrated in step '"
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
                problems.add("module '" + g.id(v) + "': integrated in no step");
                ok = false;
            }
        }
        return ok ? stepOf : null;
    }
}
