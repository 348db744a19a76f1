package io.itplan.ui.editor;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Replaces modules by changed versions with the same ids: a move, a nudge, a layout, pinning. Commands
 * with the same non-null {@code runKey} done one after the other merge into one undo step, so a run of
 * arrow-key nudges is undone at once.
 */
public final class ChangeModulesCommand implements EditCommand {
    private final String description;
    private final Map<String, Module> changed;
    private final String runKey;

    public ChangeModulesCommand(String description, Collection<Module> changed, String runKey) {
        this.description = description;
        this.changed = new LinkedHashMap<>();
        changed.forEach(m -> this.changed.put(m.id(), m));
        this.runKey = runKey;
    }

    /** Moves modules to new top-left positions. */
    public static ChangeModulesCommand move(
            DependencyGraph g, Map<String, double[]> positions, String description, String runKey) {
        return new ChangeModulesCommand(
                description,
                positions.entrySet().stream()
                        .map(e -> g.module(e.getKey()).withPosition(e.getValue()[0], e.getValue()[1]))
                        .toList(),
                runKey);
    }

    /** Pins or unpins modules, so that layout leaves them where they are. */
    public static ChangeModulesCommand pin(DependencyGraph g, Collection<String> ids, boolean pinned) {
        return new ChangeModulesCommand(
                (pinned ? "Pin " : "Unpin ") + DeleteElementsCommand.Counts.plural(ids.size(), "module"),
                ids.stream().map(g::module).map(m -> m.withPinned(pinned)).toList(),
                null);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public DependencyGraph apply(DependencyGraph current) {
        GraphEdit edit = GraphEdit.of(current);
        for (Module m : changed.values()) {
            if (!current.contains(m.id())) {
                throw new IllegalArgumentException("module '" + m.id() + "' is no longer in the graph");
            }
            edit.putModule(m);
        }
        return edit.build();
    }

    @Override
    public boolean absorbs(EditCommand next) {
        return runKey != null
                && next instanceof ChangeModulesCommand c
                && Objects.equals(runKey, c.runKey)
                && c.changed.keySet().equals(changed.keySet());
    }
}
