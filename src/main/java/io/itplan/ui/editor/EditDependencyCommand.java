package io.itplan.ui.editor;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;

/** Changes one dependency's kind, weight, coupling counts, label or stubbability. */
public final class EditDependencyCommand implements EditCommand {
    private final DependencyKey key;
    private final Dependency changed;

    public EditDependencyCommand(DependencyKey key, Dependency changed) {
        this.key = key;
        this.changed = changed;
    }

    @Override
    public String description() {
        return "Edit dependency " + key.from() + " → " + key.to();
    }

    @Override
    public DependencyGraph apply(DependencyGraph current) {
        if (current.dependencies().stream().noneMatch(key::matches)) {
            throw new IllegalArgumentException(
                    "dependency " + key.from() + " → " + key.to() + " is no longer in the graph");
        }
        DependencyKey newKey = DependencyKey.of(changed);
        if (!newKey.equals(key) && current.dependencies().stream().anyMatch(newKey::matches)) {
            throw new IllegalArgumentException(
                    key.from() + " already has a " + changed.kind().key() + " dependency on " + key.to());
        }
        return GraphEdit.of(current).replaceDependency(key, changed).build();
    }
}
