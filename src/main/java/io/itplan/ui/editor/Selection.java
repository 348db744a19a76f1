package io.itplan.ui.editor;

import io.itplan.core.graph.DependencyGraph;
import java.util.Collection;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** The selected modules (by id) and dependencies of the canvas, shared by every panel. */
public final class Selection {
    private final ObservableSet<String> modules = FXCollections.observableSet(new java.util.LinkedHashSet<>());
    private final ObservableSet<DependencyKey> dependencies =
            FXCollections.observableSet(new java.util.LinkedHashSet<>());

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
        modules.clear();
        dependencies.clear();
    }

    public void selectOnly(Collection<String> moduleIds, Collection<DependencyKey> deps) {
        modules.retainAll(Set.copyOf(moduleIds));
        modules.addAll(moduleIds);
        dependencies.retainAll(Set.copyOf(deps));
        dependencies.addAll(deps);
    }

    public void selectModule(String id) {
        selectOnly(Set.of(id), Set.of());
    }

    public void toggleModule(String id) {
        if (!modules.remove(id)) {
            modules.add(id);
        }
    }

    public void toggleDependency(DependencyKey key) {
        if (!dependencies.remove(key)) {
            dependencies.add(key);
        }
    }

    /** Forgets what the graph no longer has (after undo, delete or reload). */
    public void prune(DependencyGraph g) {
        modules.removeIf(id -> !g.contains(id));
        dependencies.removeIf(k -> g.dependencies().stream().noneMatch(k::matches));
    }
}
