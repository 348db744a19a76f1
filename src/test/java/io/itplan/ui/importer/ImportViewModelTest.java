package io.itplan.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.format.ForeignFormat;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.importer.bytecode.JavaLevel;
import io.itplan.ui.editor.GraphDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import window's logic without a JavaFX toolkit: background work is run by hand. */
class ImportViewModelTest {
    @TempDir
    Path dir;

    private final ArrayDeque<Runnable> background = new ArrayDeque<>();
    private final ImportViewModel vm = new ImportViewModel(Runnable::run, background::add);

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    private Path dot(String text) throws Exception {
        return Files.writeString(dir.resolve("deps.dot"), text);
    }

    @Test
    void previewFirstThenOneUndoableReplace() throws Exception {
        GraphDocument doc = new GraphDocument(
                DependencyGraph.builder("mine").addModules("x").build(), dir.resolve("mine.graph.json"));
        vm.addSources(List.of(dot("digraph app { a -> b; b -> c; a -> c [label=inheritance]; }")));
        assertEquals(ForeignFormat.DOT, vm.formatProperty().get(), "told from the file");
        assertTrue(vm.canImportProperty().get());
        vm.start();
        assertTrue(vm.runningProperty().get());
        assertFalse(vm.canAcceptProperty().get());
        runBackground();
        assertFalse(vm.runningProperty().get());
        assertEquals(
                "3 modules, 3 dependencies (2 uses, 1 inheritance)",
                vm.summaryProperty().get());
        assertEquals("mine", doc.graph().name(), "nothing changes before accept");

        List<String> said = new ArrayList<>();
        vm.accept(doc, m -> 100, 40, said::add);
        runBackground();
        DependencyGraph imported = doc.graph();
        assertEquals("deps", imported.name());
        assertEquals(
                3,
                imported.modules().stream()
                        .map(m -> m.x() + "," + m.y())
                        .distinct()
                        .count(),
                "laid out");
        assertNull(doc.file(), "the window no longer names the old file");
        assertTrue(doc.isDirty());
        assertEquals(
                List.of("Imported 'deps': 3 modules, 3 dependencies (2 uses, 1 inheritance) (Undo to take it back)"),
                said);
        assertEquals("Import deps", doc.commands().undoDescription().orElseThrow());
        doc.commands().undo();
        assertEquals("mine", doc.graph().name());
    }

    @Test
    void cancelLeavesNothingAndAFailureIsOneLine() throws Exception {
        vm.addSources(List.of(dot("digraph { a -> }")));
        vm.start();
        vm.cancel();
        runBackground();
        assertFalse(vm.runningProperty().get());
        assertNull(vm.resultProperty().get());
        assertEquals("Cancelled; nothing changed", vm.statusProperty().get());

        vm.start();
        runBackground();
        assertTrue(
                vm.errorProperty().get().startsWith(dir.resolve("deps.dot") + ":1:"),
                vm.errorProperty().get());
        assertFalse(vm.canAcceptProperty().get());
        assertEquals("Import failed; nothing changed", vm.statusProperty().get());
    }

    @Test
    void javaOptionsReachTheImporter() throws Exception {
        Path jar = Path.of(com.fasterxml.jackson.core.JsonParser.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        vm.addSources(List.of(jar));
        assertEquals(ForeignFormat.JAVA, vm.formatProperty().get());
        vm.levelProperty().set(JavaLevel.PACKAGE);
        vm.includesProperty().set("com.fasterxml.jackson.core.json, com.fasterxml.jackson.core.io");
        vm.start();
        runBackground();
        assertEquals(
                List.of(
                        "com.fasterxml.jackson.core.io",
                        "com.fasterxml.jackson.core.io.schubfach",
                        "com.fasterxml.jackson.core.json",
                        "com.fasterxml.jackson.core.json.async"),
                vm.resultProperty().get().graph().modules().stream()
                        .map(m -> m.id())
                        .toList());
        vm.levelProperty().set(JavaLevel.CLASS);
        assertNull(vm.resultProperty().get(), "a changed option forgets the preview");
    }
}
