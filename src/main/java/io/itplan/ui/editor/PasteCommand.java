package io.itplan.ui.editor;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds copies of modules and of the dependencies among them, each copy with a fresh id where its own is
 * taken ({@code orders} becomes {@code orders-2}) and moved by an offset so it does not hide the original.
 */
public final class PasteCommand implements EditCommand {
    private final List<Module> modules;
    private final List<Dependency> dependencies;
    private final double offset;
    private final String verb;
    private Map<String, String> lastIds = Map.of();

    public PasteCommand(List<Module> modules, List<Dependency> dependencies, double offset, String verb) {
        this.modules = List.copyOf(modules);
        this.dependencies = List.copyOf(dependencies);
        this.offset = offset;
        this.verb = verb;
    }

    @Override
    public String description() {
        return verb + " " + DeleteElementsCommand.Counts.plural(modules.size(), "module");
    }

    @Override
    public DependencyGraph apply(DependencyGraph current) {
        GraphEdit edit = GraphEdit.of(current);
        Set<String> taken = new HashSet<>();
        current.modules().forEach(m -> taken.add(m.id()));
        Map<String, String> ids = new HashMap<>();
        for (Module m : modules) {
            String id = freshId(m.id(), taken);
            ids.put(m.id(), id);
            edit.putModule(
                    m.withId(id).withPosition(m.x() + offset, m.y() + offset).withPinned(false));
        }
        for (Dependency d : dependencies) {
            if (ids.containsKey(d.from()) && ids.containsKey(d.to())) {
                edit.putDependency(new Dependency(
                        ids.get(d.from()),
                        ids.get(d.to()),
                        d.kind(),
                        d.weight(),
                        d.attributes(),
                        d.methods(),
                        d.label(),
                        d.stubbable()));
            }
        }
        lastIds = Map.copyOf(ids);
        return edit.build();
    }

    /** The ids the pasted copies got, by original id, after the last {@link #apply}. */
    public Map<String, String> pastedIds() {
        return lastIds;
    }

    static String freshId(String id, Set<String> taken) {
        if (taken.add(id)) {
            return id;
        }
        String base = id.replaceFirst("-\\d+$", "");
        for (int i = 2; ; i++) {
            String candidate = base + "-" + i;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }
}
