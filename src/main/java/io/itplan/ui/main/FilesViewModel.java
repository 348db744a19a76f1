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
import java.util.concurrent.Callable;
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
    private Background background = Background.IN_PLACE;
    /**
     * Counts the files asked for and the graphs shown: a read that finishes after another file was asked for, or
     * after another graph replaced the window's, is dropped.
     */
    private long latest;

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
        dialogs.chooseFileToOpen(folder()).ifPresent(this::loadInBackground);
    }

    /**
     * Reading and checking a file (a graph, or a plan and its graph) can take seconds for a large system: the
     * window's opens run it here, off the JavaFX thread with progress and Cancel. Without one, files are read in
     * place.
     */
    public interface Background {
        /** Runs {@code work}, then hands its result to {@code then} on the JavaFX thread; nothing when cancelled. */
        <T> void run(String progress, Callable<T> work, Consumer<T> then);

        /** The work done where it is asked for, the caller waiting. */
        Background IN_PLACE = new Background() {
            @Override
            public <T> void run(String progress, Callable<T> work, Consumer<T> then) {
                try {
                    then.accept(work.call());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    public void setBackground(Background background) {
        this.background = background;
    }

    /**
     * Opens a graph, or a plan with the graph it was made for, without asking about unsaved changes (the caller
     * has). A bad file changes nothing.
     */
    public boolean load(Path file) {
        return show(read(file, null), null, document.graph());
    }

    /** Like {@link #load}, the file read in the background; edits made meanwhile are not lost without asking. */
    private void loadInBackground(Path file) {
        readThenShow(file, null, background);
    }

    /**
     * Reads {@code file} (a plan with {@code planGraph}, if given) on {@code reader}, then shows it, unless another
     * file was asked for or another graph shown meanwhile.
     */
    private void readThenShow(Path file, Path planGraph, Background reader) {
        DependencyGraph before = document.graph();
        long mine = ++latest;
        reader.run("Opening " + file.getFileName() + "…", () -> read(file, planGraph), read -> {
            if (mine == latest) {
                show(read, reader, before);
            }
        });
    }

    /** What reading a file gave: a graph, a plan checked on its graph, a plan whose graph was not found, or why not. */
    private sealed interface Read {
        Path file();
    }

    private record GraphRead(Path file, DependencyGraph graph) implements Read {}

    private record PlanRead(Path file, OpenPlan.Opened opened) implements Read {}

    private record PlanWithoutGraph(Path file) implements Read {}

    private record Failed(Path file, String why) implements Read {}

    /** Reads a graph file, or a plan file with its graph ({@code planGraph}, or the one it names). Slow; no UI. */
    private static Read read(Path file, Path planGraph) {
        try {
            if (planGraph != null || OpenPlan.isPlanFile(file)) {
                try {
                    return new PlanRead(file, OpenPlan.open(file, planGraph));
                } catch (OpenPlan.GraphNotFoundException e) {
                    if (planGraph == null) {
                        return new PlanWithoutGraph(file);
                    }
                    throw e;
                }
            }
            return new GraphRead(file, OpenGraph.open(file).graph());
        } catch (InputException e) {
            return new Failed(file, e.getMessage());
        } catch (OutOfMemoryError e) {
            return new Failed(file, "Out of memory reading it; give itplan more heap (JAVA_TOOL_OPTIONS=-Xmx4g).");
        }
    }

    /**
     * Shows what was read: only a graph, or a plan that keeps to the schema and the rule, replaces the current
     * graph; a bad file changes nothing. When the graph changed since the file was asked for ({@code before}),
     * unsaved changes are asked about again before it is replaced.
     */
    private boolean show(Read read, Background again, DependencyGraph before) {
        String name = String.valueOf(read.file().getFileName());
        if (read instanceof Failed f) {
            dialogs.showError("Cannot open " + name, f.why());
            return false;
        }
        if (read instanceof GraphRead g) {
            if (editedMeanwhile(before, name)) {
                return false;
            }
            replace(g.graph(), g.file());
            remember(g.file());
            say.accept("Opened " + name
                    + (g.graph().warnings().isEmpty()
                            ? ""
                            : " (" + Plural.count(g.graph().warnings().size(), "warning") + ", see Problems)"));
            return true;
        }
        if (read instanceof PlanWithoutGraph p) {
            Optional<Path> graph =
                    dialogs.choosePlansGraph(p.file().toAbsolutePath().getParent(), name);
            if (graph.isEmpty()) {
                say.accept(
                        "Did not open " + name + ": a plan opens with the graph it was made for, and none was chosen");
                return false;
            }
            if (again == null) {
                return show(read(p.file(), graph.get()), null, document.graph());
            }
            readThenShow(p.file(), graph.get(), again);
            return false;
        }
        OpenPlan.Opened opened = ((PlanRead) read).opened();
        if (!opened.valid()) {
            dialogs.showError("Cannot open " + name, whyInvalid(opened));
            return false;
        }
        if (editedMeanwhile(before, name)) {
            return false;
        }
        replace(opened.graph(), opened.graphFile());
        remember(read.file());
        onPlanOpened.accept(opened);
        say.accept("Opened the plan " + name + " on " + opened.graphFile().getFileName()
                + ": checked, it keeps to the rule");
        return true;
    }

    /** Whether the graph was edited since {@code before} and the user wants to keep those edits. */
    private boolean editedMeanwhile(DependencyGraph before, String name) {
        if (document.graph() == before || confirmDiscard()) {
            return false;
        }
        say.accept("Did not open " + name + ": the graph changed while it was read");
        return true;
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
            loadInBackground(file);
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
            loadInBackground(file);
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
        latest++;
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
