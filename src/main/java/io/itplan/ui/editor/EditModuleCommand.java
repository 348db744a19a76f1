package io.itplan.ui.editor;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;

/** Changes one module's fields; a new id carries its dependencies along. */
public final class EditModuleCommand implements EditCommand {
    private final String id;
    private final Module changed;
    private final String description;

    public EditModuleCommand(String id, Module changed, String description) {
        this.id = id;
        this.changed = changed;
        this.description = description;
    }

    /** Renames a module in place: its display name. */
    public static EditModuleCommand rename(Module m, String newName) {
        return new EditModuleCommand(m.id(), m.withName(newName), "Rename " + m.name() + " to " + newName);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public DependencyGraph apply(DependencyGraph current) {
        if (!current.contains(id)) {
            throw new IllegalArgumentException("module '" + id + "' is no longer in the graph");
        }
        return GraphEdit.of(current).replaceModule(id, changed).build();
    }
}
