package io.itplan.ui.main;

import io.itplan.app.OpenGraph;
import io.itplan.app.OpenPlan;
import io.itplan.app.SaveGraph;
import io.itplan.app.files.RecentFiles;
import io.itplan.app.text.Plural;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.PlanIds;
import io.itplan.ui.common.DialogService;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.editor.Selection;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The File menu's work: new, open, recent files, examples, save, save as and revert, never losing unsaved
 * changes without asking. Needs no toolkit.
 */
public final class FilesViewModel {
    private final GraphDocument document;
    private final Selection selection;
    private final DialogService dialogs;
    private final RecentFiles recent;
    private final RecoveryViewModel recovery;
    private final Consumer<String> say;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private Runnable onOpened = () -> {};
    private Consumer<OpenPlan.Opened> onPlanOpened = opened -> {};

    FilesViewModel(
            GraphDocument document,
            Selection selection,
            DialogService dialogs,
            RecentFiles recent,
            RecoveryViewModel recovery,
            Consumer<String> say) {
        this.document = document;
        this.selection = selection;
        this.dialogs = dialogs;
        this.recent = recent;
        this.recovery = recovery;
        this.say = say;
        recentFiles.setAll(recent.list());
    }

    /** The recently opened or saved files, newest first. */
    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** Called after another graph replaced the current one (new, open, example, revert, recovery). */
    public void setOnOpened(Runnable onOpened) {
        this.onOpened = onOpened;
    }

    void opened() {
        onOpened.run();
    }

    /** Asks what to do with unsaved changes; true when it is fine to go on and lose the current state. */
    public boolean confirmDiscard() {
        if (!document.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSave(document.displayName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    public void newGraph() {
        if (confirmDiscard()) {
            replace(DependencyGraph.builder("Untitled").build(), null);
            say.accept("New graph: double-click the canvas to add a module");
        }
    }

    /** Called with a plan file opened and checked, after its graph replaced the current one. */
    public void setOnPlanOpened(Consumer<OpenPlan.Opened> onPlanOpened) {
        this.onPlanOpened = onPlanOpened;
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        dialogs.chooseFileToOpen(folder()).ifPresent(this::load);
    }

    /**
     * Opens a graph, or a plan with the graph it was made for, without asking about unsaved changes (the caller
     * has). A bad file changes nothing.
     */
    public boolean load(Path file) {
        if (OpenPlan.isPlanFile(file)) {
            return loadPlan(file);
        }
        try {
            DependencyGraph g = OpenGraph.open(file).graph();
            replace(g, file);
            remember(file);
            say.accept("Opened " + file.getFileName()
                    + (g.warnings().isEmpty()
                            ? ""
                            : " (" + Plural.count(g.warnings().size(), "warning") + ", see Problems)"));
            return true;
        } catch (InputException e) {
            dialogs.showError("Cannot open " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    /**
     * A plan file: its graph found (or asked for), the plan checked against it; only a plan that keeps to the
     * schema and the rule replaces the current graph and is shown.
     */
    private boolean loadPlan(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            OpenPlan.Opened opened;
            try {
                opened = OpenPlan.open(file, null);
            } catch (OpenPlan.GraphNotFoundException e) {
                Path folder = file.toAbsolutePath().getParent();
                Optional<Path> graph = dialogs.choosePlansGraph(folder, name);
                if (graph.isEmpty()) {
                    say.accept("Did not open " + name
                            + ": a plan opens with the graph it was made for, and none was chosen");
                    return false;
                }
                opened = OpenPlan.open(file, graph.get());
            }
            if (!opened.valid()) {
                dialogs.showError("Cannot open " + name, whyInvalid(opened));
                return false;
            }
            replace(opened.graph(), opened.graphFile());
            remember(file);
            onPlanOpened.accept(opened);
            say.accept("Opened the plan " + name + " on " + opened.graphFile().getFileName()
                    + ": checked, it keeps to the rule");
            return true;
        } catch (InputException e) {
            dialogs.showError("Cannot open " + name, e.getMessage());
            return false;
        }
    }

    private static String whyInvalid(OpenPlan.Opened opened) {
        boolean schema = opened.plan() == null || !opened.schemaViolations().isEmpty();
        List<String> why = schema ? opened.schemaViolations() : opened.disagreements();
        String head = schema
                ? "The file is not a plan itplan can read:"
                : "The plan does not keep to the rule for " + opened.graphFile().getFileName() + ":";
        int shown = Math.min(why.size(), 8);
        return head + "\n" + String.join("\n", why.subList(0, shown))
                + (why.size() > shown ? "\n… and " + (why.size() - shown) + " more (itplan check lists them all)" : "");
    }

    public void openRecent(Path file) {
        if (confirmDiscard()) {
            load(file);
        }
    }

    public void openExample(String title) {
        if (!confirmDiscard()) {
            return;
        }
        DependencyGraph g = Examples.load(Examples.ALL.get(title));
        replace(g, null);
        say.accept("Opened the example " + g.name() + "; Save As keeps your own copy");
    }

    public boolean save() {
        if (document.file() == null) {
            return saveAs();
        }
        return writeTo(document.file());
    }

    public boolean saveAs() {
        String suggested = document.file() != null
                ? document.file().getFileName().toString()
                : PlanIds.unique("g", document.displayName(), new HashSet<>()).substring(2) + ".graph.json";
        Optional<Path> target = dialogs.chooseGraphToSave(folder(), suggested);
        return target.isPresent() && writeTo(target.get());
    }

    private boolean writeTo(Path file) {
        try {
            SaveGraph.save(document.graph(), file);
        } catch (InputException e) {
            dialogs.showError("Cannot save", e.getMessage());
            return false;
        }
        document.fileProperty().set(file);
        document.commands().markSaved();
        recovery.discard();
        remember(file);
        say.accept("Saved " + file.getFileName());
        return true;
    }

    public void revert() {
        Path file = document.file();
        if (file == null || !document.isDirty()) {
            return;
        }
        if (dialogs.confirm("Revert to saved", "Discard all changes since " + file.getFileName() + " was saved?")) {
            load(file);
        }
    }

    /** Whether the window may close: unsaved work saved or knowingly discarded. */
    public boolean requestClose() {
        if (!confirmDiscard()) {
            return false;
        }
        recovery.discard();
        return true;
    }

    private void replace(DependencyGraph g, Path file) {
        selection.clear();
        document.reset(g, file);
        recovery.discard();
        onOpened.run();
    }

    private void remember(Path file) {
        recent.add(file);
        recentFiles.setAll(recent.list());
    }

    /** The folder file dialogs start in: the document's, else the most recent file's. */
    Path folder() {
        if (document.file() != null && document.file().toAbsolutePath().getParent() != null) {
            return document.file().toAbsolutePath().getParent();
        }
        return recentFiles.isEmpty()
                ? null
                : recentFiles.get(0).toAbsolutePath().getParent();
    }
}
