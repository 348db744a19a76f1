package io.itplan.ui.editor;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a changed copy of an immutable graph: put, replace and remove modules and dependencies. Removing
 * a module removes its dependencies; renaming one carries its dependencies along.
 */
public final class GraphEdit {
    private final DependencyGraph base;
    private String name;
    private final Map<String, Module> modules = new LinkedHashMap<>();
    private final Map<DependencyKey, Dependency> dependencies = new LinkedHashMap<>();

    private GraphEdit(DependencyGraph base) {
        this.base = base;
        this.name = base.name();
        base.modules().forEach(m -> modules.put(m.id(), m));
        base.dependencies().forEach(d -> dependencies.put(DependencyKey.of(d), d));
    }

    public static GraphEdit of(DependencyGraph graph) {
        return new GraphEdit(graph);
    }

    public GraphEdit name(String newName) {
        this.name = newName;
        return this;
    }

    /** Adds a module or replaces the one with the same id. */
    public GraphEdit putModule(Module m) {
        modules.put(m.id(), m);
        return this;
    }

    /**
     * Replaces module {@code oldId} by {@code m}; when the id changes, every dependency follows.
     *
     * @throws IllegalArgumentException when the new id is taken by another module
     */
    public GraphEdit replaceModule(String oldId, Module m) {
        if (!oldId.equals(m.id()) && modules.containsKey(m.id())) {
            throw new IllegalArgumentException("a module with id '" + m.id() + "' already exists");
        }
        if (oldId.equals(m.id())) {
            modules.put(oldId, m);
            return this;
        }
        Map<String, Module> reordered = new LinkedHashMap<>();
        modules.forEach((id, old) -> reordered.put(id.equals(oldId) ? m.id() : id, id.equals(oldId) ? m : old));
        modules.clear();
        modules.putAll(reordered);
        Map<DependencyKey, Dependency> moved = new LinkedHashMap<>();
        dependencies.values().forEach(d -> {
            Dependency r = new Dependency(
                    d.from().equals(oldId) ? m.id() : d.from(),
                    d.to().equals(oldId) ? m.id() : d.to(),
                    d.kind(),
                    d.weight(),
                    d.attributes(),
                    d.methods(),
                    d.label(),
                    d.stubbable());
            moved.put(DependencyKey.of(r), r);
        });
        dependencies.clear();
        dependencies.putAll(moved);
        return this;
    }

    public GraphEdit removeModules(Collection<String> ids) {
        ids.forEach(modules::remove);
        dependencies.values().removeIf(d -> ids.contains(d.from()) || ids.contains(d.to()));
        return this;
    }

    /** Adds a dependency or replaces the one with the same ends and kind. */
    public GraphEdit putDependency(Dependency d) {
        dependencies.put(DependencyKey.of(d), d);
        return this;
    }

    /** Replaces the dependency {@code key} by {@code d}, which may have another kind. */
    public GraphEdit replaceDependency(DependencyKey key, Dependency d) {
        Map<DependencyKey, Dependency> copy = new LinkedHashMap<>();
        dependencies.forEach((k, old) -> {
            if (k.equals(key)) {
                copy.put(DependencyKey.of(d), d);
            } else if (!k.equals(DependencyKey.of(d))) {
                copy.put(k, old);
            }
        });
        dependencies.clear();
        dependencies.putAll(copy);
        return this;
    }

    public GraphEdit removeDependencies(Collection<DependencyKey> keys) {
        keys.forEach(dependencies::remove);
        return this;
    }

    public boolean hasModule(String id) {
        return modules.containsKey(id);
    }

    public DependencyGraph build() {
        DependencyGraph.Builder b = DependencyGraph.builder(name);
        modules.values().forEach(b::addModule);
        dependencies.values().forEach(b::addDependency);
        base.commands().forEach(b::command);
        base.settings().forEach(b::setting);
        return b.build();
    }
}
