package io.itplan.ui.editor;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;

/** Adds one module. */
public final class AddModuleCommand implements EditCommand {
    private final Module module;

    public AddModuleCommand(Module module) {
        this.module = module;
    }

    @Override
    public String description() {
        return "Add module " + module.name();
    }

    @Override
    public DependencyGraph apply(DependencyGraph current) {
        if (current.contains(module.id())) {
            throw new IllegalArgumentException("a module with id '" + module.id() + "' already exists");
        }
        return GraphEdit.of(current).putModule(module).build();
    }
}
