package io.itplan.ui.main;

import io.itplan.app.OpenGraph;
import io.itplan.app.files.RecentFiles;
import io.itplan.app.files.RecoveryStore;
import io.itplan.app.text.Plural;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.ui.common.DialogService;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.editor.Selection;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the main window does, apart from how it looks, in four parts: {@link #files()}, {@link #exports()},
 * {@link #edit()} and {@link #recovery()}; here the window's title and status text. Needs no toolkit.
 */
public final class MainViewModel {
    private final GraphDocument document;
    private final Selection selection = new Selection();
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final StringBinding counts;
    private final StringBinding title;
    private final RecoveryViewModel recovery;
    private final FilesViewModel files;
    private final ExportsViewModel exports;
    private final EditViewModel edit;

    public MainViewModel(
            GraphDocument document,
            DialogService dialogs,
            RecentFiles recent,
            RecoveryStore recoveryStore,
            String sessionKey) {
        this.document = document;
        this.dialogs = dialogs;
        recovery = new RecoveryViewModel(document, selection, dialogs, recoveryStore, sessionKey, this::say);
        files = new FilesViewModel(document, selection, dialogs, recent, recovery, this::say);
        recovery.setOnRecovered(files::opened);
        exports = new ExportsViewModel(document, dialogs, files::folder, this::say);
        edit = new EditViewModel(document, selection, this::say);
        counts = Bindings.createStringBinding(
                () -> {
                    DependencyGraph g = document.graph();
                    int sel = selection.modules().size()
                            + selection.dependencies().size();
                    return Plural.count(g.modules().size(), "module") + " · "
                            + Plural.count(g.dependencies().size(), "dependency")
                            + (sel > 0 ? " · " + sel + " selected" : "");
                },
                document.graphProperty(),
                selection.modules(),
                selection.dependencies());
        title = Bindings.createStringBinding(
                () -> "itplan — " + titleName(document) + (document.isDirty() ? " •" : ""),
                document.graphProperty(),
                document.fileProperty(),
                document.dirtyProperty());
    }

    /** The file's name and the graph's, or the graph's alone while it has no file. */
    private static String titleName(GraphDocument document) {
        Path file = document.file();
        if (file == null) {
            return document.displayName();
        }
        String fileName = file.getFileName().toString();
        String name = document.graph().name();
        return name.isBlank() || name.equals(fileName) ? fileName : fileName + " (" + name + ")";
    }

    public GraphDocument document() {
        return document;
    }

    public Selection selection() {
        return selection;
    }

    public FilesViewModel files() {
        return files;
    }

    public ExportsViewModel exports() {
        return exports;
    }

    public EditViewModel edit() {
        return edit;
    }

    public RecoveryViewModel recovery() {
        return recovery;
    }

    /** {@code itplan — shop.graph.json (Web shop)}, with {@code •} while there are unsaved changes. */
    public StringBinding titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Module and dependency counts and the selection's size, for the status bar. */
    public StringBinding countsProperty() {
        return counts;
    }

    /** Opens a file without asking about unsaved changes (the caller has). A bad file changes nothing. */
    public boolean load(Path file) {
        return files.load(file);
    }

    /** Whether a graph has no drawing yet: more than one module and every one at the origin (an import, say). */
    public static boolean needsLayout(DependencyGraph g) {
        return OpenGraph.needsLayout(g);
    }

    public void say(String text) {
        // Setting the same text again must still show it.
        message.set("");
        message.set(text);
    }

    public void showError(String title, String message) {
        dialogs.showError(title, message);
    }
}
