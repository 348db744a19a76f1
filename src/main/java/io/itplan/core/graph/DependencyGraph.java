package io.itplan.core.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * An immutable dependency graph: modules, the dependencies between them, project command templates and
 * the settings a tester saved with it.
 *
 * <p>Modules are kept in ascending id order and dependencies in (from, to, kind) order, so that any
 * two graphs with the same content are equal and are written to identical files, whatever order they
 * were drawn in. Build one with {@link #builder(String)}.
 */
public final class DependencyGraph {
    private final String name;
    private final List<Module> modules;
    private final Map<String, Module> byId;
    private final List<Dependency> dependencies;
    private final Map<String, List<String>> commands;
    private final Map<String, String> settings;
    private final List<GraphWarning> warnings;
    private volatile GraphIndex index;

    private DependencyGraph(Builder b) {
        this.name = b.name;
        List<Module> ms = new ArrayList<>(b.modules.values());
        ms.sort(Comparator.comparing(Module::id));
        this.modules = List.copyOf(ms);
        Map<String, Module> map = new LinkedHashMap<>();
        for (Module m : modules) {
            map.put(m.id(), m);
        }
        this.byId = Collections.unmodifiableMap(map);
        List<Dependency> ds = new ArrayList<>();
        b.dependencies.values().forEach(same -> ds.add(merge(same)));
        ds.sort(DEPENDENCY_ORDER);
        this.dependencies = List.copyOf(ds);
        this.commands = Collections.unmodifiableMap(new TreeMap<>(b.commands));
        this.settings = Collections.unmodifiableMap(new TreeMap<>(b.settings));
        this.warnings = List.copyOf(b.warnings);
    }

    /**
     * One dependency for several of the same kind between the same modules: weights and coupling counts
     * added, stubbable only if all are, distinct labels joined. They are combined in a fixed order, so
     * that the result does not depend on the order they were drawn in.
     */
    private static Dependency merge(List<Dependency> same) {
        if (same.size() == 1) {
            return same.get(0);
        }
        List<Dependency> sorted = new ArrayList<>(same);
        sorted.sort(Comparator.comparingDouble(Dependency::weight)
                .thenComparingInt(Dependency::attributes)
                .thenComparingInt(Dependency::methods)
                .thenComparing(Dependency::label));
        double weight = 0;
        int attributes = 0;
        int methods = 0;
        boolean stubbable = true;
        java.util.TreeSet<String> labels = new java.util.TreeSet<>();
        for (Dependency d : sorted) {
            weight += d.weight();
            attributes += d.attributes();
            methods += d.methods();
            stubbable &= d.stubbable();
            if (!d.label().isEmpty()) {
                labels.add(d.label());
            }
        }
        Dependency first = sorted.get(0);
        return new Dependency(
                first.from(),
                first.to(),
                first.kind(),
                Math.min(weight, Dependency.MAX_WEIGHT),
                Math.min(attributes, Dependency.MAX_COUNT),
                Math.min(methods, Dependency.MAX_COUNT),
                String.join("; ", labels),
                stubbable);
    }

    /** Dependencies ordered by client, supplier, then kind. */
    public static final Comparator<Dependency> DEPENDENCY_ORDER = Comparator.comparing(Dependency::from)
            .thenComparing(Dependency::to)
            .thenComparing(d -> d.kind().key());

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder that starts with everything in this graph. */
    public Builder toBuilder() {
        Builder b = new Builder(name);
        modules.forEach(b::addModule);
        dependencies.forEach(d -> b.dependencies.put(List.of(d.from(), d.to(), d.kind()), new ArrayList<>(List.of(d))));
        b.commands.putAll(commands);
        b.settings.putAll(settings);
        b.warnings.clear();
        return b;
    }

    public String name() {
        return name;
    }

    /** Modules in ascending id order. */
    public List<Module> modules() {
        return modules;
    }

    public Module module(String id) {
        return byId.get(id);
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Dependencies in (from, to, kind) order; no self-loops, at most one per (from, to, kind). */
    public List<Dependency> dependencies() {
        return dependencies;
    }

    /** Project command templates by purpose, each an argv list. */
    public Map<String, List<String>> commands() {
        return commands;
    }

    /** Settings saved with the graph (strategy, granularity, cycles...), by key. */
    public Map<String, String> settings() {
        return settings;
    }

    /** What was accepted but changed while building: dropped self-loops, merged duplicates. */
    public List<GraphWarning> warnings() {
        return warnings;
    }

    /** The indexed view used by the algorithms; computed once. */
    public GraphIndex index() {
        GraphIndex i = index;
        if (i == null) {
            i = new GraphIndex(modules, dependencies);
            index = i;
        }
        return i;
    }

    /** The graph as a JGraphT multigraph whose vertices are module ids and whose edges are the dependencies. */
    public Graph<String, Dependency> asGraph() {
        Graph<String, Dependency> g = new DirectedMultigraph<>(null, null, false);
        modules.forEach(m -> g.addVertex(m.id()));
        dependencies.forEach(d -> g.addEdge(d.from(), d.to(), d));
        return g;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DependencyGraph g
                && g.name.equals(name)
                && g.modules.equals(modules)
                && g.dependencies.equals(dependencies)
                && g.commands.equals(commands)
                && g.settings.equals(settings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, modules, dependencies);
    }

    @Override
    public String toString() {
        return "DependencyGraph[" + name + ", " + modules.size() + " modules, " + dependencies.size()
                + " dependencies]";
    }

    /** Collects modules and dependencies, applying the rules of the model as it goes. */
    public static final class Builder {
        private String name;
        private final Map<String, Module> modules = new LinkedHashMap<>();
        private final Map<List<Object>, List<Dependency>> dependencies = new LinkedHashMap<>();
        private final Map<String, List<String>> commands = new TreeMap<>();
        private final Map<String, String> settings = new TreeMap<>();
        private final List<GraphWarning> warnings = new ArrayList<>();

        private Builder(String name) {
            this.name = name == null ? "" : name;
        }

        public Builder name(String newName) {
            this.name = newName == null ? "" : newName;
            return this;
        }

        /** Adds a module. @throws GraphException when its id is already taken */
        public Builder addModule(Module m) {
            if (modules.putIfAbsent(m.id(), m) != null) {
                throw new GraphException("duplicate module id '" + m.id() + "'");
            }
            return this;
        }

        public Builder addModules(String... ids) {
            for (String id : ids) {
                addModule(Module.of(id));
            }
            return this;
        }

        /**
         * Adds a dependency. A self-loop is dropped and a same-kind duplicate merged (weights and coupling
         * counts added; stubbable only if both are), each with a warning.
         *
         * @throws GraphException when an end is not a module added before
         */
        public Builder addDependency(Dependency d) {
            for (String end : List.of(d.from(), d.to())) {
                if (!modules.containsKey(end)) {
                    throw new GraphException(
                            "dependency " + d.from() + " -> " + d.to() + " refers to unknown module '" + end + "'");
                }
            }
            String subject = d.from() + " -> " + d.to();
            if (d.from().equals(d.to())) {
                warnings.add(new GraphWarning(subject, "self-loop ignored"));
                return this;
            }
            List<Dependency> same =
                    dependencies.computeIfAbsent(List.of(d.from(), d.to(), d.kind()), k -> new ArrayList<>());
            if (!same.isEmpty()) {
                warnings.add(
                        new GraphWarning(subject, "duplicate " + d.kind().key() + " dependency merged, weights added"));
            }
            same.add(d);
            return this;
        }

        public Builder addDependency(String from, String to) {
            return addDependency(Dependency.of(from, to));
        }

        public Builder addDependency(String from, String to, DependencyKind kind) {
            return addDependency(Dependency.of(from, to, kind));
        }

        public Builder command(String purpose, List<String> argv) {
            commands.put(purpose, List.copyOf(argv));
            return this;
        }

        public Builder setting(String key, String value) {
            settings.put(key, value);
            return this;
        }

        public DependencyGraph build() {
            return new DependencyGraph(this);
        }
    }
}
