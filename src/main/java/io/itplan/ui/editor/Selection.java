package io.itplan.ui.editor;

import io.itplan.core.graph.DependencyGraph;
import java.util.Collection;
import java.util.Set;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** The selected modules (by id) and dependencies of the canvas, shared by every panel. */
public final class Selection {
    private final ObservableSet<String> modules = FXCollections.observableSet(new java.util.LinkedHashSet<>());
    private final ObservableSet<DependencyKey> dependencies =
            FXCollections.observableSet(new java.util.LinkedHashSet<>());
    /** One more for each call that changes the selection, however many members it adds and drops. */
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "changes");

    /**
     * Changes once per change of the selection as a whole: a view of the whole selection listens here, not to the
     * sets, which tell of each member dropped and added (selecting another module drops one, then adds one).
     */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    private void changed(boolean any) {
        if (any) {
            changes.set(changes.get() + 1);
        }
    }

    public ObservableSet<String> modules() {
        return modules;
    }

    public ObservableSet<DependencyKey> dependencies() {
        return dependencies;
    }

    public boolean isEmpty() {
        return modules.isEmpty() && dependencies.isEmpty();
    }

    public void clear() {
        boolean any = !isEmpty();
        modules.clear();
        dependencies.clear();
        changed(any);
    }

    public void selectOnly(Collection<String> moduleIds, Collection<DependencyKey> deps) {
        boolean any = modules.retainAll(Set.copyOf(moduleIds));
        any |= modules.addAll(moduleIds);
        any |= dependencies.retainAll(Set.copyOf(deps));
        any |= dependencies.addAll(deps);
        changed(any);
    }

    public void selectModule(String id) {
        selectOnly(Set.of(id), Set.of());
    }

    public void toggleModule(String id) {
        if (!modules.remove(id)) {
            modules.add(id);
        }
        changed(true);
    }

    public void toggleDependency(DependencyKey key) {
        if (!dependencies.remove(key)) {
            dependencies.add(key);
        }
        changed(true);
    }

    /** Forgets what the graph no longer has (after undo, delete or reload). */
    public void prune(DependencyGraph g) {
        boolean any = modules.removeIf(id -> !g.contains(id));
        any |= dependencies.removeIf(k -> g.dependencies().stream().noneMatch(k::matches));
        changed(any);
    }
}
