package io.itplan.ui.editor;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;

/** Connects two modules: {@code from} depends on {@code to}. */
public final class AddDependencyCommand implements EditCommand {
    private final Dependency dependency;

    public AddDependencyCommand(Dependency dependency) {
        this.dependency = dependency;
    }

    @Override
    public String description() {
        return "Connect " + dependency.from() + " → " + dependency.to();
    }

    @Override
    public DependencyGraph apply(DependencyGraph current) {
        if (dependency.from().equals(dependency.to())) {
            throw new IllegalArgumentException("a module cannot depend on itself");
        }
        if (!current.contains(dependency.from()) || !current.contains(dependency.to())) {
            throw new IllegalArgumentException("both ends of a dependency must be modules of the graph");
        }
        DependencyKey key = DependencyKey.of(dependency);
        if (current.dependencies().stream().anyMatch(key::matches)) {
            throw new IllegalArgumentException(dependency.from() + " already has a "
                    + dependency.kind().key() + " dependency on " + dependency.to());
        }
        return GraphEdit.of(current).putDependency(dependency).build();
    }
}
