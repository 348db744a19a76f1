package io.itplan.ui.panels;

import io.itplan.core.cycles.Cycles;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.GraphWarning;
import io.itplan.ui.editor.DependencyKey;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.editor.Selection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The problems panel: cycles that no stub can break, cycles that planning will break, what the file reader
 * changed (self-loops, merged duplicates) and isolated modules. Recomputed on every edit; choosing one
 * selects what it is about.
 */
public final class ProblemsViewModel {
    private final GraphDocument document;
    private final Selection selection;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();

    public ProblemsViewModel(GraphDocument document, Selection selection) {
        this.document = document;
        this.selection = selection;
        document.graphProperty().addListener((obs, a, b) -> problems.setAll(problemsOf(b)));
        problems.setAll(problemsOf(document.graph()));
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    /** Selects the modules and dependencies a problem is about. */
    public void select(Problem p) {
        if (p != null) {
            selection.selectOnly(p.modules(), p.dependencies());
        }
    }

    public GraphDocument document() {
        return document;
    }

    static List<Problem> problemsOf(DependencyGraph g) {
        GraphIndex index = g.index();
        List<Problem> out = new ArrayList<>();
        IntPredicate unstubbable = li -> !index.link(li).stubbable();
        for (int[] comp : Cycles.components(index, unstubbable)) {
            if (comp.length > 1) {
                List<Integer> cycle = Cycles.shortestCycleThrough(index, comp[0], unstubbable);
                out.add(new Problem(
                        Problem.Severity.ERROR,
                        "Cycle of unstubbable dependencies cannot be broken: " + name(index, cycle),
                        ids(index, comp),
                        within(g, index, comp, true)));
            }
        }
        for (int[] comp : Cycles.components(index, li -> true)) {
            if (comp.length > 1) {
                List<Integer> cycle = Cycles.shortestCycleThrough(index, comp[0], li -> true);
                String more = comp.length > cycle.size() ? " (" + comp.length + " modules in the cycle group)" : "";
                out.add(new Problem(
                        Problem.Severity.WARNING,
                        "Cycle: " + name(index, cycle) + more,
                        ids(index, comp),
                        within(g, index, comp, false)));
            }
        }
        for (GraphWarning w : g.warnings()) {
            String[] ends = w.subject().split(" -> ", 2);
            List<String> mods = ends.length == 2 && g.contains(ends[0]) && g.contains(ends[1])
                    ? List.of(ends[0], ends[1])
                    : List.of();
            out.add(new Problem(Problem.Severity.WARNING, "File: " + w, mods, List.of()));
        }
        if (index.size() > 1) {
            for (int v = 0; v < index.size(); v++) {
                if (index.outLinks(v).length == 0 && index.inLinks(v).length == 0) {
                    out.add(new Problem(
                            Problem.Severity.INFO,
                            "Isolated module: " + index.id(v) + " has no dependencies in either direction",
                            List.of(index.id(v)),
                            List.of()));
                }
            }
        }
        return out;
    }

    private static String name(GraphIndex g, List<Integer> cycle) {
        return cycle.stream().map(g::id).collect(Collectors.joining(" → ")) + " → " + g.id(cycle.get(0));
    }

    private static List<String> ids(GraphIndex g, int[] comp) {
        return Arrays.stream(comp).mapToObj(g::id).toList();
    }

    private static List<DependencyKey> within(
            DependencyGraph graph, GraphIndex g, int[] comp, boolean unstubbableOnly) {
        Set<String> members = new HashSet<>(ids(g, comp));
        List<DependencyKey> out = new ArrayList<>();
        for (Dependency d : graph.dependencies()) {
            if (members.contains(d.from()) && members.contains(d.to()) && (!unstubbableOnly || !d.stubbable())) {
                out.add(DependencyKey.of(d));
            }
        }
        return out;
    }
}
