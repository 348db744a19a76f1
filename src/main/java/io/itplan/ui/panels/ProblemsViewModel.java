package io.itplan.ui.panels;

import io.itplan.app.LintGraph;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.DependencyRef;
import io.itplan.ui.editor.DependencyKey;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.editor.Selection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        document.graphProperty().addListener((obs, a, b) -> problems.setAll(problemsOf(b, source())));
        problems.setAll(problemsOf(document.graph(), source()));
    }

    /** The file's name for messages about its settings. */
    private String source() {
        return document.file() == null
                ? "the graph"
                : document.file().getFileName().toString();
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

    /**
     * The graph's lint findings as problems, each with the dependencies it is about (in the graph's order, as a
     * finding lists them sorted): one pass over the dependencies for all findings, as this runs on every edit.
     */
    public static List<Problem> problemsOf(DependencyGraph g, String source) {
        List<LintGraph.Finding> findings = LintGraph.lint(g, source);
        Map<DependencyRef, List<DependencyKey>> keysOf = new HashMap<>();
        for (LintGraph.Finding f : findings) {
            f.dependencies().forEach(r -> keysOf.put(r, new ArrayList<>()));
        }
        if (!keysOf.isEmpty()) {
            for (Dependency d : g.dependencies()) {
                List<DependencyKey> keys = keysOf.get(new DependencyRef(d.from(), d.to()));
                if (keys != null) {
                    keys.add(DependencyKey.of(d));
                }
            }
        }
        List<Problem> out = new ArrayList<>();
        for (LintGraph.Finding f : findings) {
            List<DependencyKey> keys = new ArrayList<>();
            f.dependencies().forEach(r -> keys.addAll(keysOf.get(r)));
            Problem.Severity severity = switch (f.severity()) {
                case ERROR -> Problem.Severity.ERROR;
                case WARNING -> Problem.Severity.WARNING;
                case NOTE -> Problem.Severity.INFO;
            };
            String text = f.message().isEmpty()
                    ? f.message()
                    : Character.toUpperCase(f.message().charAt(0)) + f.message().substring(1);
            out.add(new Problem(severity, text, f.modules(), keys));
        }
        return out;
    }
}
