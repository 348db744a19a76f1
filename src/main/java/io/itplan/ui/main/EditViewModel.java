package io.itplan.ui.main;

import io.itplan.app.text.Plural;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.ui.editor.AddModuleCommand;
import io.itplan.ui.editor.ChangeModulesCommand;
import io.itplan.ui.editor.DeleteElementsCommand;
import io.itplan.ui.editor.EditCommand;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.editor.PasteCommand;
import io.itplan.ui.editor.Selection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/** The Edit and Graph menus' work on the document: add, delete, pin, undo, the clipboard, and find. */
public final class EditViewModel {
    private final GraphDocument document;
    private final Selection selection;
    private final Consumer<String> say;
    private String clipboard;
    private int created;

    EditViewModel(GraphDocument document, Selection selection, Consumer<String> say) {
        this.document = document;
        this.selection = selection;
        this.say = say;
    }

    private boolean run(EditCommand command) {
        try {
            document.commands().execute(command);
            return true;
        } catch (IllegalArgumentException e) {
            say.accept(e.getMessage());
            return false;
        }
    }

    /** Adds a module of {@code kind} at a world position and selects it; returns its id. */
    public String addModule(double x, double y, ModuleKind kind) {
        Set<String> taken = new HashSet<>();
        document.graph().modules().forEach(m -> taken.add(m.id()));
        String id;
        do {
            id = kind.key() + "-" + (++created);
        } while (taken.contains(id));
        String name = Character.toUpperCase(kind.key().charAt(0)) + kind.key().substring(1) + " " + created;
        Module m = new Module(
                id, name, kind, null, null, null, null, Math.round(x), Math.round(y), false, null, null, null);
        if (run(new AddModuleCommand(m))) {
            selection.selectModule(id);
        }
        return id;
    }

    public void delete() {
        if (!selection.isEmpty()) {
            run(new DeleteElementsCommand(Set.copyOf(selection.modules()), Set.copyOf(selection.dependencies())));
        }
    }

    public void selectAll() {
        DependencyGraph g = document.graph();
        selection.selectOnly(g.modules().stream().map(Module::id).toList(), List.of());
    }

    public void undo() {
        document.commands().undoDescription().ifPresent(d -> say.accept("Undid: " + d));
        document.commands().undo();
    }

    public void redo() {
        document.commands().redoDescription().ifPresent(d -> say.accept("Redid: " + d));
        document.commands().redo();
    }

    public void togglePin() {
        if (selection.modules().isEmpty()) {
            return;
        }
        DependencyGraph g = document.graph();
        boolean pin = selection.modules().stream().anyMatch(id -> !g.module(id).pinned());
        run(ChangeModulesCommand.pin(g, selection.modules(), pin));
    }

    /** The selected modules and the dependencies among them, as graph-file text; null when nothing is selected. */
    public String copy() {
        if (selection.modules().isEmpty()) {
            return null;
        }
        DependencyGraph g = document.graph();
        DependencyGraph.Builder b = DependencyGraph.builder("clipboard");
        g.modules().stream().filter(m -> selection.modules().contains(m.id())).forEach(b::addModule);
        inside(g).forEach(b::addDependency);
        clipboard = GraphFiles.toJson(b.build());
        say.accept("Copied " + Plural.count(selection.modules().size(), "module"));
        return clipboard;
    }

    private List<Dependency> inside(DependencyGraph g) {
        return g.dependencies().stream()
                .filter(d -> selection.modules().contains(d.from())
                        && selection.modules().contains(d.to()))
                .toList();
    }

    public String cut() {
        String text = copy();
        if (text != null) {
            run(new DeleteElementsCommand(Set.copyOf(selection.modules()), Set.of()));
        }
        return text;
    }

    /** Pastes graph-file text (from any itplan window), or this window's last copy when {@code text} is null. */
    public void paste(String text) {
        String source = text != null && text.contains("itplan.graph/") ? text : clipboard;
        if (source == null) {
            say.accept("Nothing to paste: copy modules first");
            return;
        }
        DependencyGraph pasted;
        try {
            pasted = GraphFiles.parse(source, "clipboard");
        } catch (InputException e) {
            say.accept("Nothing to paste: the clipboard holds no itplan modules");
            return;
        }
        insertCopies(pasted.modules(), pasted.dependencies(), "Paste");
    }

    public void duplicate() {
        if (selection.modules().isEmpty()) {
            return;
        }
        DependencyGraph g = document.graph();
        List<Module> ms = new ArrayList<>();
        g.modules().stream().filter(m -> selection.modules().contains(m.id())).forEach(ms::add);
        insertCopies(ms, inside(g), "Duplicate");
    }

    private void insertCopies(List<Module> modules, List<Dependency> deps, String verb) {
        PasteCommand paste = new PasteCommand(modules, deps, 30, verb);
        if (run(paste)) {
            selection.selectOnly(paste.pastedIds().values(), List.of());
        }
    }

    /** Modules whose id or name matches {@code text}: exact matches first, then those containing it. */
    public List<String> find(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return List.of();
        }
        List<String> exact = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (Module m : document.graph().modules()) {
            String id = m.id().toLowerCase(Locale.ROOT);
            String name = m.name().toLowerCase(Locale.ROOT);
            if (id.equals(t) || name.equals(t)) {
                exact.add(m.id());
            } else if (id.contains(t) || name.contains(t)) {
                partial.add(m.id());
            }
        }
        exact.addAll(partial);
        return exact;
    }

    /**
     * Selects the module {@code text} finds best; returns its id for the view to centre on, or null when none
     * matches.
     */
    public String goTo(String text) {
        List<String> hits = find(text);
        if (hits.isEmpty()) {
            say.accept("No module matches '" + text.strip() + "'");
            return null;
        }
        String id = hits.get(0);
        selection.selectModule(id);
        Module m = document.graph().module(id);
        say.accept(
                hits.size() == 1
                        ? "Found " + m.name()
                        : "Found " + Plural.count(hits.size(), "module") + "; showing " + m.name());
        return id;
    }

    /** How a module is shown among find suggestions: its name, and its id when that differs. */
    public String describe(String id) {
        Module m = document.graph().module(id);
        if (m == null) {
            return id;
        }
        return m.name().equals(m.id()) ? m.name() : m.name() + "  (" + m.id() + ")";
    }
}
