package io.itplan.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.Risk;
import io.itplan.ui.editor.DependencyKey;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.editor.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Outline, inspector and problems without a toolkit. */
class PanelViewModelsTest {
    private final DependencyGraph graph = DependencyGraph.builder("g")
            .addModules("orders", "payments", "db", "lonely")
            .addDependency("orders", "payments")
            .addDependency("payments", "orders", DependencyKind.INHERITANCE)
            .addDependency("orders", "db", DependencyKind.COMPOSITION)
            .addDependency("db", "orders", DependencyKind.COMPOSITION)
            .build();
    private final GraphDocument doc = new GraphDocument(graph, null);
    private final Selection selection = new Selection();

    private InspectorViewModel.Field field(InspectorViewModel vm, String name) {
        return vm.fields().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void outlineFiltersByIdNameKindAndFollowsEdits() {
        OutlineViewModel vm = new OutlineViewModel(doc, selection);
        assertEquals(4, vm.visibleModules().size());
        vm.filterProperty().set("PAY");
        assertEquals(
                List.of("payments"),
                vm.visibleModules().stream().map(Module::id).toList());
        doc.commands().execute(new io.itplan.ui.editor.AddModuleCommand(Module.of("payroll")));
        assertEquals(
                List.of("payments", "payroll"),
                vm.visibleModules().stream().map(Module::id).toList());
        vm.select(List.of("payroll"));
        assertEquals(Set.of("payroll"), selection.modules());
    }

    @Test
    void problemsNameUnbreakableCyclesCyclesAndIsolatedModules() {
        ProblemsViewModel vm = new ProblemsViewModel(doc, selection);
        List<String> texts = vm.problems().stream().map(Problem::text).toList();
        assertTrue(
                texts.get(0).startsWith("Cycle of unstubbable dependencies cannot be broken: db -> orders -> db"),
                texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Cycle: ")), texts.toString());
        assertTrue(
                texts.contains("Module 'lonely' is isolated: nothing depends on it and it depends on nothing"),
                texts.toString());
        vm.select(vm.problems().get(0));
        assertEquals(Set.of("db", "orders"), selection.modules());
        assertEquals(2, selection.dependencies().size());
    }

    @Test
    void inspectorEditsAreCommandsAndRefusalsAreReported() {
        InspectorViewModel vm = new InspectorViewModel(doc, selection);
        List<String> messages = new ArrayList<>();
        vm.setOnMessage(messages::add);
        assertEquals("Graph g", vm.headingProperty().get());
        selection.selectModule("orders");
        field(vm, "Risk").setter().accept(Risk.HIGH);
        assertEquals(Risk.HIGH, doc.graph().module("orders").risk());
        field(vm, "Id").setter().accept("payments");
        assertEquals(List.of("a module with id 'payments' already exists"), messages);
        field(vm, "Id").setter().accept("order-service");
        assertTrue(doc.graph().contains("order-service"));
        assertEquals(Set.of("order-service"), selection.modules(), "the selection follows the new id");
        field(vm, "Test command").setter().accept("mvn -pl \"order service\" verify");
        assertEquals(
                List.of("mvn", "-pl", "order service", "verify"),
                doc.graph().module("order-service").commands().get("test"));

        selection.selectOnly(List.of(), List.of(new DependencyKey("order-service", "payments", DependencyKind.USES)));
        field(vm, "Weight").setter().accept(2e13);
        assertTrue(
                messages.get(messages.size() - 1).contains("weight must be a positive number up to"),
                messages.toString());
        field(vm, "Kind").setter().accept(DependencyKind.INHERITANCE);
        assertTrue(
                doc.graph().dependencies().stream()
                        .anyMatch(d -> d.from().equals("order-service")
                                && d.kind() == DependencyKind.INHERITANCE
                                && !d.stubbable()),
                "a kind's stubbability comes along");
        int edits = 0;
        while (doc.commands().canUndo()) {
            doc.commands().undo();
            edits++;
        }
        assertEquals(4, edits);
        assertEquals(graph, doc.graph());
    }

    @Test
    void eachInspectorFieldChangesItsOwnPartAndNothingElse() {
        InspectorViewModel vm = new InspectorViewModel(doc, selection);
        selection.selectModule("db");
        field(vm, "Layer").setter().accept("  storage ");
        field(vm, "Tags").setter().accept("sql, , shared,sql");
        field(vm, "Notes").setter().accept("the one database");
        field(vm, "Driver start").setter().accept("psql -c select");
        Module db = doc.graph().module("db");
        assertEquals(
                new Module(
                        "db",
                        "db",
                        graph.module("db").kind(),
                        "storage",
                        List.of("sql", "shared"),
                        graph.module("db").risk(),
                        "the one database",
                        db.x(),
                        db.y(),
                        false,
                        null,
                        null,
                        db.driver()),
                db);
        assertEquals(List.of("psql", "-c", "select"), db.driver().start());

        DependencyKey key = new DependencyKey("orders", "db", DependencyKind.COMPOSITION);
        selection.selectOnly(List.of(), List.of(key));
        field(vm, "Label").setter().accept("reads orders");
        assertEquals(
                graph.dependencies().stream()
                        .filter(key::matches)
                        .findFirst()
                        .orElseThrow()
                        .withLabel("reads orders"),
                doc.graph().dependencies().stream()
                        .filter(d -> d.from().equals("orders") && d.to().equals("db"))
                        .findFirst()
                        .orElseThrow());
        assertEquals(
                "reads orders",
                doc.graph().dependencies().stream()
                        .filter(d -> d.from().equals("orders") && d.to().equals("db"))
                        .findFirst()
                        .orElseThrow()
                        .label());
    }

    @Test
    void stubAndDriverCommandsAreEditable() {
        InspectorViewModel vm = new InspectorViewModel(doc, selection);
        List<String> messages = new ArrayList<>();
        vm.setOnMessage(messages::add);
        selection.selectModule("db");
        field(vm, "Stub start").setter().accept("java -jar wiremock.jar --port 8089");
        field(vm, "Stub ready").setter().accept("http://127.0.0.1:8089/__admin/health");
        field(vm, "Stub ready").setter().accept("whenever");
        assertEquals(List.of("Ready must be an http:// URL or a TCP port number"), messages);
        var stub = doc.graph().module("db").stub();
        assertEquals(List.of("java", "-jar", "wiremock.jar", "--port", "8089"), stub.start());
        assertEquals("http://127.0.0.1:8089/__admin/health", stub.ready());
        field(vm, "Stub start").setter().accept("");
        assertEquals(null, doc.graph().module("db").stub());
    }

    @Test
    void argvSurvivesFormattingAndParsing() {
        List<String> argv = List.of("run", "a b", "quote\"d", "back\\slash", "");
        assertEquals(argv, Argv.parse(Argv.format(argv)));
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(
                        IllegalArgumentException.class, () -> Argv.parse("run \"open"))
                .getMessage()
                .contains("not closed"));
    }
}
