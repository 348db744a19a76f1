package io.itplan.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Editing without a toolkit: every command undoes to the exact prior graph; dirty follows the last save. */
class CommandStackTest {
    private final DependencyGraph start = DependencyGraph.builder("shop")
            .addModules("a", "b", "c")
            .addDependency("a", "b")
            .addDependency("b", "c", DependencyKind.INHERITANCE)
            .build();
    private final GraphDocument doc = new GraphDocument(start, Path.of("shop.graph.json"));

    @Test
    void eachKindOfCommandUndoesToTheExactPriorGraphAndRedoesToTheResult() {
        List<EditCommand> commands = List.of(
                new AddModuleCommand(Module.of("d", ModuleKind.DATABASE)),
                new AddDependencyCommand(Dependency.of("c", "d", DependencyKind.DATA)),
                ChangeModulesCommand.move(start, Map.of("a", new double[] {10, 20}), "Move a", null),
                EditModuleCommand.rename(start, start.module("b"), "Billing"),
                new EditModuleCommand("c", start.module("c").withId("catalog"), "Rename id"),
                new EditDependencyCommand(
                        new DependencyKey("a", "b", DependencyKind.USES),
                        Dependency.of("a", "b", DependencyKind.CALL).withWeight(4)),
                ChangeModulesCommand.pin(start, Set.of("a", "b"), true),
                new PasteCommand(List.of(start.module("a"), start.module("b")), start.dependencies(), 30, "Paste"),
                new DeleteElementsCommand(Set.of("a"), Set.of()));
        for (EditCommand c : commands) {
            DependencyGraph before = doc.graph();
            doc.commands().execute(c);
            DependencyGraph after = doc.graph();
            assertFalse(before.equals(after), c.description() + " changed nothing");
            doc.commands().undo();
            assertEquals(before, doc.graph(), c.description());
            doc.commands().redo();
            assertEquals(after, doc.graph(), c.description());
        }
    }

    @Test
    void renamingAModuleWhoseIdCameFromItsNameRenamesTheIdToo() {
        DependencyGraph g = GraphEdit.of(start)
                .putModule(new Module(
                        "service-1",
                        "Service 1",
                        ModuleKind.SERVICE,
                        null,
                        null,
                        null,
                        null,
                        0,
                        0,
                        false,
                        null,
                        null,
                        null))
                .build();
        GraphDocument d = new GraphDocument(g, null);
        EditModuleCommand rename = EditModuleCommand.rename(g, g.module("service-1"), "Order service");
        d.commands().execute(rename);
        assertEquals("order-service", rename.resultId());
        assertEquals("Order service", d.graph().module("order-service").name());
        EditModuleCommand keep = EditModuleCommand.rename(d.graph(), d.graph().module("a"), "Alpha");
        assertEquals("a", keep.resultId(), "an id chosen apart from the name stays");
    }

    @Test
    void renamingAnIdCarriesTheDependenciesAlong() {
        doc.commands().execute(new EditModuleCommand("b", start.module("b").withId("billing"), "Rename"));
        assertEquals(
                List.of("a->billing", "billing->c"),
                doc.graph().dependencies().stream()
                        .map(d -> d.from() + "->" + d.to())
                        .toList());
        assertEquals("billing", doc.graph().module("billing").name());
    }

    @Test
    void aCommandThatCannotBeMadeChangesNothing() {
        assertThrows(
                IllegalArgumentException.class, () -> doc.commands().execute(new AddModuleCommand(Module.of("a"))));
        assertThrows(
                IllegalArgumentException.class,
                () -> doc.commands().execute(new AddDependencyCommand(Dependency.of("a", "a"))));
        assertThrows(
                IllegalArgumentException.class,
                () -> doc.commands().execute(new AddDependencyCommand(Dependency.of("a", "b"))));
        assertThrows(
                IllegalArgumentException.class,
                () -> doc.commands()
                        .execute(new EditModuleCommand("a", start.module("a").withId("b"), "Rename")));
        assertEquals(start, doc.graph());
        assertFalse(doc.commands().canUndo());
        assertFalse(doc.isDirty());
    }

    @Test
    void dirtyMeansTheTopCommandDiffersFromTheOneAtTheLastSave() {
        assertEquals("itplan — shop", doc.titleProperty().get());
        doc.commands().execute(new AddModuleCommand(Module.of("d")));
        assertTrue(doc.isDirty());
        assertEquals("itplan — shop •", doc.titleProperty().get());
        doc.commands().markSaved();
        assertFalse(doc.isDirty());
        doc.commands().undo();
        assertTrue(doc.isDirty(), "undoing past the save is a change");
        doc.commands().redo();
        assertFalse(doc.isDirty(), "redoing back to the saved state is clean");
        doc.commands().undo();
        doc.commands().execute(new AddModuleCommand(Module.of("e")));
        assertTrue(doc.isDirty());
        assertFalse(doc.commands().canRedo());
    }

    @Test
    void aRunOfNudgesIsOneUndoStep() {
        for (int i = 1; i <= 5; i++) {
            doc.commands()
                    .execute(ChangeModulesCommand.move(
                            doc.graph(), Map.of("a", new double[] {i * 10, 0}), "Nudge", "nudge"));
        }
        assertEquals(50.0, doc.graph().module("a").x());
        doc.commands().undo();
        assertEquals(start, doc.graph());
        assertFalse(doc.commands().canUndo());
    }

    @Test
    void aNudgeAfterASaveStartsANewStep() {
        doc.commands().execute(ChangeModulesCommand.move(doc.graph(), Map.of("a", new double[] {10, 0}), "N", "nudge"));
        doc.commands().markSaved();
        doc.commands().execute(ChangeModulesCommand.move(doc.graph(), Map.of("a", new double[] {20, 0}), "N", "nudge"));
        assertTrue(doc.isDirty());
        doc.commands().undo();
        assertFalse(doc.isDirty());
        assertEquals(10.0, doc.graph().module("a").x());
    }

    @Test
    void historyIsBounded() {
        for (int i = 0; i < CommandStack.LIMIT + 20; i++) {
            doc.commands().execute(new AddModuleCommand(Module.of("m" + i)));
        }
        int undone = 0;
        while (doc.commands().canUndo()) {
            doc.commands().undo();
            undone++;
        }
        assertEquals(CommandStack.LIMIT, undone);
    }

    @Test
    void pastedCopiesGetFreshIdsAndKeepTheirDependencies() {
        PasteCommand paste =
                new PasteCommand(List.of(start.module("a"), start.module("b")), start.dependencies(), 30, "Paste");
        doc.commands().execute(paste);
        assertEquals(Map.of("a", "a-2", "b", "b-2"), paste.pastedIds());
        assertTrue(doc.graph().dependencies().stream().anyMatch(d -> d.from().equals("a-2") && d.to().equals("b-2")));
        assertEquals(30.0, doc.graph().module("a-2").x());
    }

    @Property(tries = 60)
    void anySequenceOfEditsUndoesToTheStartAndRedoesToTheEnd(
            @ForAll @IntRange(min = 1, max = 40) int length, @ForAll long seed) {
        Random rnd = new Random(seed);
        GraphDocument d = new GraphDocument(start, null);
        List<DependencyGraph> states = new ArrayList<>();
        states.add(d.graph());
        for (int i = 0; i < length; i++) {
            try {
                d.commands().execute(randomCommand(d.graph(), rnd, i));
                states.add(d.graph());
            } catch (IllegalArgumentException refused) {
                assertEquals(states.get(states.size() - 1), d.graph());
            }
        }
        for (int i = states.size() - 1; i > 0; i--) {
            assertEquals(states.get(i), d.graph());
            d.commands().undo();
        }
        assertEquals(start, d.graph());
        assertFalse(d.isDirty());
        while (d.commands().canRedo()) {
            d.commands().redo();
        }
        assertEquals(states.get(states.size() - 1), d.graph());
    }

    private static EditCommand randomCommand(DependencyGraph g, Random rnd, int i) {
        List<String> ids = g.modules().stream().map(Module::id).toList();
        String any = ids.isEmpty() ? "x" : ids.get(rnd.nextInt(ids.size()));
        String other = ids.isEmpty() ? "y" : ids.get(rnd.nextInt(ids.size()));
        return switch (rnd.nextInt(7)) {
            case 0 -> new AddModuleCommand(Module.of("n" + i));
            case 1 ->
                new AddDependencyCommand(Dependency.of(
                        any, other, DependencyKind.values()[rnd.nextInt(DependencyKind.values().length)]));
            case 2 ->
                ids.isEmpty()
                        ? new AddModuleCommand(Module.of("n" + i))
                        : ChangeModulesCommand.move(
                                g, Map.of(any, new double[] {rnd.nextInt(500), rnd.nextInt(500)}), "Move", null);
            case 3 -> new DeleteElementsCommand(Set.of(any), Set.of());
            case 4 ->
                ids.isEmpty()
                        ? new AddModuleCommand(Module.of("n" + i))
                        : new EditModuleCommand(any, g.module(any).withId(any + "x"), "Rename");
            case 5 ->
                new PasteCommand(ids.isEmpty() ? List.of() : List.of(g.module(any)), g.dependencies(), 20, "Paste");
            default ->
                g.dependencies().isEmpty()
                        ? new AddModuleCommand(Module.of("n" + i))
                        : new DeleteElementsCommand(
                                Set.of(),
                                Set.of(DependencyKey.of(g.dependencies().get(0))));
        };
    }
}
