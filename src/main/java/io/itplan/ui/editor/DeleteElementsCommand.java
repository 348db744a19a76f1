package io.itplan.ui.editor;

import io.itplan.core.graph.DependencyGraph;
import java.util.List;
import java.util.Set;

/** Deletes modules (with their dependencies) and dependencies. */
public final class DeleteElementsCommand implements EditCommand {
    private final Set<String> modules;
    private final Set<DependencyKey> dependencies;

    public DeleteElementsCommand(Set<String> modules, Set<DependencyKey> dependencies) {
        this.modules = Set.copyOf(modules);
        this.dependencies = Set.copyOf(dependencies);
    }

    @Override
    public String description() {
        return "Delete " + Counts.of(modules.size(), "module", dependencies.size(), "dependency");
    }

    @Override
    public DependencyGraph apply(DependencyGraph current) {
        return GraphEdit.of(current)
                .removeDependencies(dependencies)
                .removeModules(modules)
                .build();
    }

    /** The description's nouns. */
    static final class Counts {
        private Counts() {}

        static String of(int a, String aNoun, int b, String bNoun) {
            List<String> parts = new java.util.ArrayList<>();
            if (a > 0) {
                parts.add(plural(a, aNoun));
            }
            if (b > 0) {
                parts.add(plural(b, bNoun));
            }
            return parts.isEmpty() ? "nothing" : String.join(" and ", parts);
        }

        static String plural(int n, String noun) {
            if (n == 1) {
                return "1 " + noun;
            }
            return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
        }
    }
}
