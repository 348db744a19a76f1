package io.itplan.app;

import io.itplan.core.cycles.Cycles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.GraphWarning;
import io.itplan.core.graph.Link;
import io.itplan.core.plan.DependencyRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * Linting a graph, the one list of problems the app's problems panel and {@code itplan validate} show: cycles that
 * no stub can break (errors), wrong planning settings (errors), cycles that planning will break, what the file
 * reader changed and unknown settings (warnings), and isolated modules (notes).
 */
public final class LintGraph {
    private LintGraph() {}

    public enum Severity {
        ERROR,
        WARNING,
        NOTE
    }

    /**
     * One problem and what it is about.
     *
     * @param modules      the modules it is about, to select them
     * @param dependencies the dependencies it is about, sorted
     */
    public record Finding(Severity severity, String message, List<String> modules, List<DependencyRef> dependencies) {
        public Finding {
            modules = List.copyOf(modules);
            dependencies = List.copyOf(dependencies);
        }
    }

    /**
     * @param source names the graph's file in messages about its settings
     */
    public static List<Finding> lint(DependencyGraph graph, String source) {
        GraphIndex g = graph.index();
        List<Finding> out = new ArrayList<>();
        IntPredicate unstubbable = li -> !g.link(li).stubbable();
        for (int[] comp : Cycles.components(g, unstubbable)) {
            if (comp.length > 1) {
                List<Integer> cycle = Cycles.shortestCycleThrough(g, comp[0], unstubbable);
                out.add(new Finding(
                        Severity.ERROR,
                        "cycle of unstubbable dependencies cannot be broken: " + name(g, cycle),
                        ids(g, comp),
                        within(g, comp, true)));
            }
        }
        PlanSettings.Saved settings = PlanSettings.read(graph.settings(), source);
        settings.errors().forEach(e -> out.add(new Finding(Severity.ERROR, e, List.of(), List.of())));
        for (int[] comp : Cycles.components(g, li -> true)) {
            if (comp.length > 1) {
                List<Integer> cycle = Cycles.shortestCycleThrough(g, comp[0], li -> true);
                String more = comp.length > cycle.size() ? " (" + comp.length + " modules in the cycle group)" : "";
                out.add(new Finding(
                        Severity.WARNING, "cycle: " + name(g, cycle) + more, ids(g, comp), within(g, comp, false)));
            }
        }
        for (GraphWarning w : graph.warnings()) {
            String[] ends = w.subject().split(" -> ", 2);
            boolean dependency = ends.length == 2 && graph.contains(ends[0]) && graph.contains(ends[1]);
            out.add(new Finding(
                    Severity.WARNING,
                    "file: " + w,
                    dependency ? List.of(ends[0], ends[1]) : List.of(),
                    dependency ? List.of(new DependencyRef(ends[0], ends[1])) : List.of()));
        }
        settings.warnings().forEach(w -> out.add(new Finding(Severity.WARNING, w, List.of(), List.of())));
        if (g.size() > 1) {
            for (int v = 0; v < g.size(); v++) {
                if (g.outLinks(v).length == 0 && g.inLinks(v).length == 0) {
                    out.add(new Finding(
                            Severity.NOTE,
                            "module '" + g.id(v) + "' is isolated: nothing depends on it and it depends on nothing",
                            List.of(g.id(v)),
                            List.of()));
                }
            }
        }
        return out;
    }

    /** Whether the graph can be planned: no finding is an error. */
    public static boolean plannable(List<Finding> findings) {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    private static String name(GraphIndex g, List<Integer> cycle) {
        return cycle.stream().map(g::id).collect(Collectors.joining(" -> ")) + " -> " + g.id(cycle.get(0));
    }

    private static List<String> ids(GraphIndex g, int[] comp) {
        return Arrays.stream(comp).mapToObj(g::id).toList();
    }

    /** The dependencies between members of {@code comp} (unstubbable ones only, if asked), by their links. */
    private static List<DependencyRef> within(GraphIndex g, int[] comp, boolean unstubbableOnly) {
        Set<Integer> members = new HashSet<>();
        Arrays.stream(comp).forEach(members::add);
        Set<DependencyRef> out = new java.util.TreeSet<>();
        for (int v : comp) {
            for (int li : g.outLinks(v)) {
                Link l = g.link(li);
                if (members.contains(l.to()) && (!unstubbableOnly || !l.stubbable())) {
                    out.add(new DependencyRef(g.id(l.from()), g.id(l.to())));
                }
            }
        }
        return new ArrayList<>(out);
    }
}
