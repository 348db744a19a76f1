package io.itplan.ui.importer;

import io.itplan.app.ImportGraph;
import io.itplan.app.report.Drawing;
import io.itplan.core.format.ForeignFormat;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.importer.ImportProgress;
import io.itplan.core.importer.bytecode.JavaLevel;
import io.itplan.ui.editor.EditCommand;
import io.itplan.ui.editor.GraphDocument;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File › Import…: choosing what to import, running the import in the background with progress and Cancel,
 * showing a preview (counts and warnings) before anything changes, and on accept laying the graph out and
 * putting it in the window as one undoable step. Needs no JavaFX toolkit.
 *
 * <p>Why one undoable edit: the tester can look at an import and take it back with Undo, like any other
 * change. The window forgets the file it had open, so that Save never writes a jar's graph over the graph
 * file that was there; Save asks where to keep it. Undo brings the previous graph back; its file on disk was
 * never touched.
 */
public final class ImportViewModel {
    private final Executor ui;
    private final Executor worker;
    private final ObjectProperty<ForeignFormat> format = new SimpleObjectProperty<>(this, "format");
    private final ObservableList<Path> sources = FXCollections.observableArrayList();
    private final ObjectProperty<JavaLevel> level = new SimpleObjectProperty<>(this, "level", JavaLevel.CLASS);
    private final StringProperty includes = new SimpleStringProperty(this, "includes", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<ImportGraph.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final BooleanBinding canImport;
    private final BooleanBinding canAccept;
    private AtomicBoolean cancelled = new AtomicBoolean();
    private long generation;

    /**
     * @param ui     runs a task on the window's thread
     * @param worker runs the import and the layout
     */
    public ImportViewModel(Executor ui, Executor worker) {
        this.ui = ui;
        this.worker = worker;
        canImport = Bindings.createBooleanBinding(() -> !running.get() && !sources.isEmpty(), running, sources);
        canAccept = Bindings.createBooleanBinding(() -> !running.get() && result.get() != null, running, result);
        sources.addListener((javafx.collections.ListChangeListener<Path>) c -> forget());
        format.addListener((o, a, b) -> forget());
        level.addListener((o, a, b) -> forget());
        includes.addListener((o, a, b) -> forget());
    }

    /** The formats a user can choose; null stands for "tell from the file". */
    public static List<ForeignFormat> formats() {
        return Arrays.asList(ForeignFormat.values());
    }

    public ObjectProperty<ForeignFormat> formatProperty() {
        return format;
    }

    public ObservableList<Path> sources() {
        return sources;
    }

    public ObjectProperty<JavaLevel> levelProperty() {
        return level;
    }

    /** Package prefixes for Java, separated by commas or spaces. */
    public StringProperty includesProperty() {
        return includes;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The one-line message of a failed import, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportGraph.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The preview's counts: modules and dependencies by kind. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public BooleanBinding canAcceptProperty() {
        return canAccept;
    }

    /** Adds files or folders; the format is told from the first when none is chosen. */
    public void addSources(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        sources.addAll(paths);
        if (format.get() == null) {
            ImportGraph.detect(paths.get(0)).ifPresent(format::set);
        }
    }

    /** Runs the import in the background; the preview shows when it is done. */
    public void start() {
        if (!canImport.get()) {
            return;
        }
        forget();
        long mine = ++generation;
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        running.set(true);
        progress.set(-1);
        status.set("Importing…");
        ImportGraph.Request request = new ImportGraph.Request(
                format.get(),
                List.copyOf(sources),
                level.get(),
                Arrays.stream(includes.get().split("[,\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList());
        ImportProgress hook = new ImportProgress() {
            @Override
            public void progress(String message, long done, long total) {
                ui.execute(() -> {
                    if (mine == generation && running.get()) {
                        status.set(message);
                        progress.set(total > 0 ? Math.min(1, (double) done / total) : -1);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return stop.get();
            }
        };
        worker.execute(() -> {
            try {
                ImportGraph.Result r = ImportGraph.run(request, hook);
                ui.execute(() -> finish(mine, r, null));
            } catch (InputException e) {
                ui.execute(() -> finish(mine, null, e.getMessage()));
            } catch (CancellationException e) {
                ui.execute(() -> finish(mine, null, null));
            } catch (RuntimeException | OutOfMemoryError e) {
                String why = e instanceof OutOfMemoryError
                        ? "out of memory; give itplan more heap (JAVA_TOOL_OPTIONS=-Xmx4g)"
                        : String.valueOf(e.getMessage());
                ui.execute(() -> finish(mine, null, "cannot import: " + why));
            }
        });
    }

    private void finish(long mine, ImportGraph.Result r, String failure) {
        if (mine != generation) {
            return;
        }
        running.set(false);
        progress.set(0);
        if (r != null) {
            result.set(r);
            summary.set(r.summary());
            warnings.setAll(r.warnings());
            status.set(
                    "Imported '" + r.graph().name() + "': nothing in the window changes until you replace the graph");
        } else if (failure != null) {
            error.set(failure);
            status.set("Import failed; nothing changed");
        } else {
            status.set("Import cancelled; nothing changed");
        }
    }

    /** Stops the import or layout that is running. */
    public void cancel() {
        cancelled.set(true);
        if (running.get()) {
            generation++;
            running.set(false);
            progress.set(0);
            status.set("Cancelled; nothing changed");
        }
    }

    private void forget() {
        if (running.get()) {
            return;
        }
        result.set(null);
        summary.set("");
        error.set("");
        warnings.clear();
    }

    /**
     * Lays the imported graph out in the background (unless it has positions of its own), then puts it into
     * {@code document} as one undoable edit and calls {@code done}. Box widths are measured here, on the
     * window's thread, before the layout leaves it.
     *
     * @param width  the width of a module's box
     * @param height the height of every box
     */
    public void accept(GraphDocument document, ToDoubleFunction<Module> width, double height, Consumer<String> done) {
        ImportGraph.Result r = result.get();
        if (r == null || running.get()) {
            return;
        }
        DependencyGraph g = r.graph();
        Map<String, Double> widths = new HashMap<>();
        g.modules().forEach(m -> widths.put(m.id(), width.applyAsDouble(m)));
        long mine = ++generation;
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        running.set(true);
        progress.set(-1);
        status.set("Laying out " + g.modules().size() + " modules…");
        worker.execute(() -> {
            try {
                DependencyGraph laid = Drawing.positioned(g, m -> widths.get(m.id()), height, stop::get);
                ui.execute(() -> {
                    if (mine != generation) {
                        return;
                    }
                    running.set(false);
                    progress.set(0);
                    replace(document, laid);
                    status.set("Replaced the graph; Undo brings the previous one back");
                    done.accept("Imported '" + laid.name() + "': " + r.summary() + " (Undo to take it back)");
                });
            } catch (CancellationException e) {
                ui.execute(() -> finish(mine, null, null));
            } catch (RuntimeException e) {
                ui.execute(() -> finish(mine, null, "layout failed: " + e.getMessage()));
            }
        });
    }

    /** The imported graph replaces the document's as one edit; the document no longer names a file. */
    static void replace(GraphDocument document, DependencyGraph imported) {
        document.commands().execute(new EditCommand() {
            @Override
            public String description() {
                return "Import " + imported.name();
            }

            @Override
            public DependencyGraph apply(DependencyGraph current) {
                return imported;
            }
        });
        document.fileProperty().set(null);
    }
}
