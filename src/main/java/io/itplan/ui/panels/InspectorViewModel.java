package io.itplan.ui.panels;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.graph.Risk;
import io.itplan.ui.editor.DependencyKey;
import io.itplan.ui.editor.EditCommand;
import io.itplan.ui.editor.EditDependencyCommand;
import io.itplan.ui.editor.EditModuleCommand;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.editor.GraphEdit;
import io.itplan.ui.editor.Selection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspector: the fields of the selected module or dependency (or of the graph when nothing is
 * selected). Setting a field is one edit command; a refused edit is reported and the field shows the
 * graph's value again.
 */
public final class InspectorViewModel {
    private final GraphDocument document;
    private final Selection selection;
    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private Consumer<String> onMessage = m -> {};

    /**
     * One editable (or read-only) field.
     *
     * @param type   String, Double, Integer, Boolean or an enum class
     * @param setter null for a read-only field
     */
    public record Field(
            String category, String name, Class<?> type, Object value, Consumer<Object> setter, String description) {
        public boolean editable() {
            return setter != null;
        }
    }

    public InspectorViewModel(GraphDocument document, Selection selection) {
        this.document = document;
        this.selection = selection;
        document.graphProperty().addListener((obs, a, b) -> refresh());
        selection.changesProperty().addListener((obs, was, is) -> refresh());
        refresh();
    }

    public void setOnMessage(Consumer<String> onMessage) {
        this.onMessage = onMessage;
    }

    public ObservableList<Field> fields() {
        return fields;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Rebuilds the fields from the graph and the selection. */
    public void refresh() {
        DependencyGraph g = document.graph();
        int modules = selection.modules().size();
        int deps = selection.dependencies().size();
        List<Field> out = new ArrayList<>();
        if (modules == 1 && deps == 0) {
            Module m = g.module(selection.modules().iterator().next());
            if (m != null) {
                heading.set("Module " + m.name());
                moduleFields(m, out);
            }
        } else if (deps == 1 && modules == 0) {
            DependencyKey key = selection.dependencies().iterator().next();
            g.dependencies().stream().filter(key::matches).findFirst().ifPresent(d -> {
                heading.set("Dependency " + d.from() + " → " + d.to());
                dependencyFields(key, d, out);
            });
        } else if (modules + deps > 1) {
            heading.set(modules + deps + " elements selected");
            out.add(new Field("Selection", "Modules", Integer.class, modules, null, "Selected modules"));
            out.add(new Field("Selection", "Dependencies", Integer.class, deps, null, "Selected dependencies"));
        } else {
            heading.set("Graph " + document.displayName());
            graphFields(g, out);
        }
        fields.setAll(out.stream().map(this::guarded).toList());
    }

    /** A field whose edit, when the model refuses the value, reports it instead of failing. */
    private Field guarded(Field f) {
        if (f.setter() == null) {
            return f;
        }
        return new Field(
                f.category(),
                f.name(),
                f.type(),
                f.value(),
                v -> {
                    try {
                        f.setter().accept(v);
                    } catch (IllegalArgumentException e) {
                        reject(e.getMessage());
                    }
                },
                f.description());
    }

    private void moduleFields(Module m, List<Field> out) {
        String id = m.id();
        out.add(new Field(
                "Module",
                "Id",
                String.class,
                m.id(),
                v -> {
                    String newId = ((String) v).strip();
                    if (newId.isEmpty()) {
                        reject("A module id must not be empty");
                        return;
                    }
                    Module current = document.graph().module(id);
                    runKeepingSelected(
                            id,
                            new EditModuleCommand(
                                    id, current.withId(newId), "Change id of " + current.name() + " to " + newId));
                },
                "Stable, unique identifier used in plan files and commands"));
        out.add(new Field(
                "Module",
                "Name",
                String.class,
                m.name(),
                v -> {
                    String name = ((String) v).strip();
                    Module current = document.graph().module(id);
                    if (!name.isEmpty()) {
                        runKeepingSelected(id, EditModuleCommand.rename(document.graph(), current, name));
                    }
                },
                "Name shown on the canvas"));
        out.add(new Field(
                "Module",
                "Kind",
                ModuleKind.class,
                m.kind(),
                v -> {
                    Module current = document.graph().module(id);
                    run(new EditModuleCommand(
                            id, current.withKind((ModuleKind) v), "Change kind of " + current.name()));
                },
                "What the module is"));
        out.add(new Field(
                "Module",
                "Risk",
                Risk.class,
                m.risk(),
                v -> {
                    Module current = document.graph().module(id);
                    run(new EditModuleCommand(id, current.withRisk((Risk) v), "Change risk of " + current.name()));
                },
                "High-risk modules go first with risk-first ordering"));
        out.add(new Field(
                "Module",
                "Layer",
                String.class,
                m.layer(),
                v -> {
                    Module c = document.graph().module(id);
                    run(new EditModuleCommand(id, c.withLayer(((String) v).strip()), "Edit layer of " + c.name()));
                },
                "Architectural layer, for your own grouping"));
        out.add(new Field(
                "Module",
                "Tags",
                String.class,
                String.join(", ", m.tags()),
                v -> {
                    Module c = document.graph().module(id);
                    List<String> tags = Arrays.stream(((String) v).split(","))
                            .map(String::strip)
                            .filter(t -> !t.isEmpty())
                            .distinct()
                            .toList();
                    run(new EditModuleCommand(id, c.withTags(tags), "Edit tags of " + c.name()));
                },
                "Comma-separated tags"));
        out.add(new Field(
                "Module",
                "Notes",
                String.class,
                m.notes(),
                v -> {
                    Module c = document.graph().module(id);
                    run(new EditModuleCommand(id, c.withNotes((String) v), "Edit notes of " + c.name()));
                },
                "Free text"));
        out.add(new Field(
                "Module",
                "Pinned",
                Boolean.class,
                m.pinned(),
                v -> {
                    Module c = document.graph().module(id);
                    run(new EditModuleCommand(
                            id, c.withPinned((Boolean) v), ((Boolean) v ? "Pin " : "Unpin ") + c.name()));
                },
                "Auto layout leaves a pinned module where it is"));
        List<String> test = m.commands().get("test");
        out.add(new Field(
                "Commands",
                "Test command",
                String.class,
                test == null ? "" : Argv.format(test),
                v -> {
                    Module c = document.graph().module(id);
                    Map<String, List<String>> commands = new TreeMap<>(c.commands());
                    try {
                        List<String> argv = Argv.parse((String) v);
                        if (argv.isEmpty()) {
                            commands.remove("test");
                        } else {
                            commands.put("test", argv);
                        }
                    } catch (IllegalArgumentException e) {
                        reject(e.getMessage());
                        return;
                    }
                    run(new EditModuleCommand(id, c.withCommands(commands), "Edit test command of " + c.name()));
                },
                "Overrides the project's test command for this module; {module} is its id"));
        standInFields(m, out);
    }

    /** Fields for how to start a stub of the module, or a driver for it: start argv, readiness, stop argv. */
    private void standInFields(Module m, List<Field> out) {
        String id = m.id();
        for (boolean stub : new boolean[] {true, false}) {
            String what = stub ? "Stub" : "Driver";
            io.itplan.core.graph.StandInProvider p = stub ? m.stub() : m.driver();
            out.add(new Field(
                    "Stand-ins",
                    what + " start",
                    String.class,
                    p == null ? "" : Argv.format(p.start()),
                    v -> setProvider(id, stub, (String) v, null, null),
                    "Command that starts a " + what.toLowerCase() + " of this module; empty for none"));
            out.add(new Field(
                    "Stand-ins",
                    what + " ready",
                    String.class,
                    p == null || p.ready() == null ? "" : p.ready(),
                    v -> setProvider(id, stub, null, (String) v, null),
                    "An http:// URL that answers, or a TCP port that " + "accepts, once it is ready"));
            out.add(new Field(
                    "Stand-ins",
                    what + " stop",
                    String.class,
                    p == null ? "" : Argv.format(p.stop()),
                    v -> setProvider(id, stub, null, null, (String) v),
                    "Command that stops it (else it is ended)"));
        }
    }

    private void setProvider(String id, boolean stub, String start, String ready, String stop) {
        Module c = document.graph().module(id);
        io.itplan.core.graph.StandInProvider old = stub ? c.stub() : c.driver();
        List<String> startArgv = start != null ? Argv.parse(start) : old == null ? List.of() : old.start();
        String readyValue = ready != null ? ready.strip() : old == null ? null : old.ready();
        List<String> stopArgv = stop != null ? Argv.parse(stop) : old == null ? List.of() : old.stop();
        if (readyValue != null && !readyValue.isEmpty() && !readyValue.matches("https?://.+|\\d{1,5}")) {
            reject("Ready must be an http:// URL or a TCP port number");
            return;
        }
        io.itplan.core.graph.StandInProvider p = startArgv.isEmpty()
                ? null
                : new io.itplan.core.graph.StandInProvider(
                        startArgv, readyValue == null || readyValue.isEmpty() ? null : readyValue, stopArgv);
        Module changed = stub ? c.withStub(p) : c.withDriver(p);
        run(new EditModuleCommand(id, changed, "Edit the " + (stub ? "stub" : "driver") + " of " + c.name()));
    }

    private void dependencyFields(DependencyKey key, Dependency d, List<Field> out) {
        out.add(new Field(
                "Dependency", "From", String.class, d.from(), null, "The client: it depends on the supplier"));
        out.add(new Field("Dependency", "To", String.class, d.to(), null, "The supplier"));
        out.add(new Field(
                "Dependency",
                "Kind",
                DependencyKind.class,
                d.kind(),
                v -> {
                    DependencyKind k = (DependencyKind) v;
                    Dependency c = current(key);
                    boolean stubbable =
                            c.stubbable() == c.kind().stubbableByDefault() ? k.stubbableByDefault() : c.stubbable();
                    run(new EditDependencyCommand(key, c.withKind(k).withStubbable(stubbable)));
                },
                "How the client depends on the supplier"));
        out.add(new Field(
                "Dependency",
                "Weight",
                Double.class,
                d.weight(),
                v -> {
                    double w = ((Number) v).doubleValue();
                    if (!(w > 0) || Double.isInfinite(w)) {
                        reject("A weight must be a positive number");
                        return;
                    }
                    run(new EditDependencyCommand(key, current(key).withWeight(w)));
                },
                "Cost of a stub of the supplier for this client"));
        out.add(new Field(
                "Coupling",
                "Attributes (A)",
                Integer.class,
                d.attributes(),
                v -> {
                    int a = ((Number) v).intValue();
                    if (a < 0) {
                        reject("A coupling count must not be negative");
                        return;
                    }
                    run(new EditDependencyCommand(
                            key, current(key).withCoupling(a, current(key).methods())));
                },
                "Attribute coupling count, for OCplx"));
        out.add(new Field(
                "Coupling",
                "Methods (M)",
                Integer.class,
                d.methods(),
                v -> {
                    int mm = ((Number) v).intValue();
                    if (mm < 0) {
                        reject("A coupling count must not be negative");
                        return;
                    }
                    run(new EditDependencyCommand(
                            key, current(key).withCoupling(current(key).attributes(), mm)));
                },
                "Method coupling count, for OCplx"));
        out.add(new Field(
                "Dependency",
                "Label",
                String.class,
                d.label(),
                v -> {
                    Dependency c = current(key);
                    run(new EditDependencyCommand(key, c.withLabel((String) v)));
                },
                "Shown in reports"));
        out.add(new Field(
                "Dependency",
                "Stubbable",
                Boolean.class,
                d.stubbable(),
                v -> {
                    run(new EditDependencyCommand(key, current(key).withStubbable((Boolean) v)));
                },
                "Whether cycle breaking may replace the supplier by a stub here"));
    }

    private void graphFields(DependencyGraph g, List<Field> out) {
        out.add(new Field(
                "Graph",
                "Name",
                String.class,
                g.name(),
                v -> {
                    String name = ((String) v).strip();
                    run(new EditCommand() {
                        @Override
                        public String description() {
                            return "Rename graph to " + name;
                        }

                        @Override
                        public DependencyGraph apply(DependencyGraph current) {
                            return GraphEdit.of(current).name(name).build();
                        }
                    });
                },
                "The graph's name, shown in the title and in plans"));
        List<String> test = g.commands().get("test");
        out.add(new Field(
                "Graph",
                "Test command",
                String.class,
                test == null ? "" : Argv.format(test),
                v -> {
                    List<String> argv;
                    try {
                        argv = Argv.parse((String) v);
                    } catch (IllegalArgumentException e) {
                        reject(e.getMessage());
                        return;
                    }
                    run(new EditCommand() {
                        @Override
                        public String description() {
                            return "Edit the project test command";
                        }

                        @Override
                        public DependencyGraph apply(DependencyGraph current) {
                            DependencyGraph.Builder b = DependencyGraph.builder(current.name());
                            current.modules().forEach(b::addModule);
                            current.dependencies().forEach(b::addDependency);
                            current.commands().forEach((k, c) -> {
                                if (!k.equals("test")) {
                                    b.command(k, c);
                                }
                            });
                            if (!argv.isEmpty()) {
                                b.command("test", argv);
                            }
                            current.settings().forEach(b::setting);
                            return b.build();
                        }
                    });
                },
                "Run for each step; {step}, {modules}, {stubs}, {drivers} fill single arguments"));
        out.add(new Field("Graph", "Modules", Integer.class, g.modules().size(), null, "Number of modules"));
        out.add(new Field(
                "Graph", "Dependencies", Integer.class, g.dependencies().size(), null, "Number of dependencies"));
    }

    private Dependency current(DependencyKey key) {
        return document.graph().dependencies().stream()
                .filter(key::matches)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the dependency is no longer in the graph"));
    }

    /**
     * Runs an edit that may give module {@code id} another id (a new id, or a name it follows): a module selected
     * before stays selected under its new id; another selection is left alone.
     */
    private void runKeepingSelected(String id, EditModuleCommand command) {
        boolean selected = selection.modules().contains(id);
        if (run(command) && selected) {
            selection.selectModule(command.resultId());
        }
    }

    private boolean run(EditCommand command) {
        try {
            document.commands().execute(command);
            return true;
        } catch (IllegalArgumentException e) {
            reject(e.getMessage());
            return false;
        }
    }

    private void reject(String message) {
        onMessage.accept(message);
        refresh();
    }
}
