package io.itplan.ui.editor;

import io.itplan.core.graph.DependencyGraph;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The graph being edited, the file it belongs to (none for a new graph) and its history. Every change of
 * the graph goes through {@link #commands()}.
 */
public final class GraphDocument {
    private final ReadOnlyObjectWrapper<DependencyGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final CommandStack commands = new CommandStack(this);
    private final BooleanBinding dirty;
    private final StringBinding title;

    public GraphDocument(DependencyGraph initial, Path file) {
        graph.set(initial);
        this.file.set(file);
        dirty = Bindings.createBooleanBinding(commands::isDirty, commands.revisionProperty());
        title = Bindings.createStringBinding(
                () -> "itplan — " + displayName() + (dirty.get() ? " •" : ""), graph, dirty, this.file);
    }

    /** A new, empty, unsaved graph. */
    public static GraphDocument untitled() {
        return new GraphDocument(DependencyGraph.builder("Untitled").build(), null);
    }

    public DependencyGraph graph() {
        return graph.get();
    }

    public ReadOnlyObjectProperty<DependencyGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    void replaceGraph(DependencyGraph g) {
        graph.set(g);
    }

    /** Replaces everything without history: after opening or reverting a file. */
    public void reset(DependencyGraph g, Path newFile) {
        graph.set(g);
        file.set(newFile);
        commands.clear();
    }

    public CommandStack commands() {
        return commands;
    }

    public Path file() {
        return file.get();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    /** {@code itplan — <graph name>}, with {@code •} while there are unsaved changes. */
    public StringBinding titleProperty() {
        return title;
    }

    public String displayName() {
        String name = graph.get().name();
        if (!name.isBlank()) {
            return name;
        }
        return file.get() == null ? "Untitled" : file.get().getFileName().toString();
    }
}
