package io.itplan.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.app.files.RecentFiles;
import io.itplan.app.files.RecoveryStore;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.ModuleKind;
import io.itplan.ui.DialogService;
import io.itplan.ui.editor.GraphDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's logic without a toolkit: files, unsaved work, recovery, clipboard. */
class MainViewModelTest {
    @TempDir
    Path dir;

    /** Answers from a script and remembers what it was asked. */
    static final class Dialogs implements DialogService {
        final Deque<Path> open = new ArrayDeque<>();
        final Deque<Path> save = new ArrayDeque<>();
        final Deque<UnsavedChoice> unsaved = new ArrayDeque<>();
        final Deque<Boolean> confirms = new ArrayDeque<>();
        final List<String> errors = new ArrayList<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<Path> chooseGraphToOpen(Path folder) {
            return Optional.ofNullable(open.poll());
        }

        @Override
        public Optional<Path> chooseGraphToSave(Path folder, String suggestedName) {
            asked.add("save as " + suggestedName);
            return Optional.ofNullable(save.poll());
        }

        @Override
        public Optional<Path> chooseExportFile(String title, Path folder, String name, List<String> extensions) {
            return Optional.ofNullable(save.poll());
        }

        @Override
        public UnsavedChoice askToSave(String documentName) {
            asked.add("unsaved " + documentName);
            return unsaved.isEmpty() ? UnsavedChoice.CANCEL : unsaved.poll();
        }

        @Override
        public boolean confirm(String title, String message) {
            asked.add(title);
            return !confirms.isEmpty() && confirms.poll();
        }

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }
    }

    private final Dialogs dialogs = new Dialogs();

    private MainViewModel vm(String session) {
        GraphDocument doc = new GraphDocument(MainViewModel.example("/itplan/examples/webshop.graph.json"), null);
        return new MainViewModel(doc, dialogs, new RecentFiles(dir), new RecoveryStore(dir), session);
    }

    @Test
    void unsavedWorkIsNeverLostWithoutAsking() {
        MainViewModel vm = vm("s1");
        vm.addModule(10, 10, ModuleKind.SERVICE);
        DependencyGraph edited = vm.document().graph();
        vm.newGraph();
        assertEquals(List.of("unsaved Web shop"), dialogs.asked);
        assertEquals(edited, vm.document().graph(), "cancel keeps everything");
        dialogs.unsaved.add(DialogService.UnsavedChoice.DISCARD);
        vm.newGraph();
        assertEquals(0, vm.document().graph().modules().size());
        assertFalse(vm.document().isDirty());
    }

    @Test
    void savingAnUntitledGraphAsksWhereAndRemembersTheFile() throws Exception {
        MainViewModel vm = vm("s1");
        vm.addModule(10, 10, ModuleKind.SERVICE);
        dialogs.save.add(dir.resolve("shop"));
        assertTrue(vm.save());
        Path saved = dir.resolve("shop.graph.json");
        assertEquals(GraphFiles.toJson(vm.document().graph()), Files.readString(saved));
        assertEquals(List.of("save as web-shop.graph.json"), dialogs.asked);
        assertEquals(List.of(saved.toAbsolutePath()), vm.recentFiles());
        assertFalse(vm.document().isDirty());
    }

    @Test
    void aBrokenFileShowsTheMessageAndChangesNothing() throws Exception {
        MainViewModel vm = vm("s1");
        DependencyGraph before = vm.document().graph();
        Path broken = dir.resolve("b.graph.json");
        Files.writeString(broken, "{\"format\": \"itplan.graph/9\"}");
        dialogs.open.add(broken);
        vm.open();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("newer graph format"), dialogs.errors.get(0));
        assertEquals(before, vm.document().graph());
        assertTrue(vm.recentFiles().isEmpty());
    }

    @Test
    void aCrashLeavesARecoveryCopyThatTheNextStartOffers() {
        MainViewModel crashed = vm("s1");
        crashed.addModule(10, 10, ModuleKind.QUEUE);
        crashed.updateRecoveryCopy();
        DependencyGraph unsaved = crashed.document().graph();

        MainViewModel next = vm("s2");
        dialogs.confirms.add(true);
        assertTrue(next.offerRecovery());
        assertEquals(unsaved, next.document().graph());
        assertTrue(next.document().isDirty(), "recovered work is still unsaved");
        assertFalse(vm("s3").offerRecovery(), "the copy is offered once");
    }

    @Test
    void savingOrClosingRemovesTheRecoveryCopy() {
        MainViewModel vm = vm("s1");
        vm.addModule(10, 10, ModuleKind.QUEUE);
        vm.updateRecoveryCopy();
        dialogs.unsaved.add(DialogService.UnsavedChoice.DISCARD);
        assertTrue(vm.requestClose());
        assertFalse(vm("s2").offerRecovery());
    }

    @Test
    void copyAndPasteMakeFreshCopiesWithTheirDependencies() {
        MainViewModel vm = vm("s1");
        vm.selection().selectOnly(List.of("orders", "payments"), List.of());
        String text = vm.copy();
        vm.paste(text);
        DependencyGraph g = vm.document().graph();
        assertTrue(g.contains("orders-2") && g.contains("payments-2"));
        assertTrue(g.dependencies().stream().anyMatch(d -> d.from().equals("orders-2") && d.to().equals("payments-2")));
        assertEquals(
                List.of("orders-2", "payments-2"),
                vm.selection().modules().stream().sorted().toList());
        vm.paste("not a graph");
        assertEquals(g.modules().size() + 2, vm.document().graph().modules().size(), "falls back to the last copy");
    }

    @Test
    void thePlanAndItsReportAreExported() throws Exception {
        MainViewModel vm = vm("s1");
        var plan = io.itplan.core.strategy.Planner.standard()
                .plan(
                        vm.document().graph(),
                        io.itplan.core.strategy.PlanOptions.of(io.itplan.core.strategy.StrategyName.SANDWICH));
        Path yaml = dir.resolve("shop.plan.yaml");
        dialogs.save.add(yaml);
        vm.exportPlan(plan, "");
        assertEquals(
                io.itplan.core.format.PlanFiles.toJson(plan),
                io.itplan.core.format.PlanFiles.toJson(io.itplan.core.format.PlanFiles.read(yaml)));
        Path md = dir.resolve("shop-plan.md");
        dialogs.save.add(md);
        vm.exportReport(plan, "", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertTrue(Files.readString(md).contains("![The dependency graph](shop-plan.svg)"));
        assertTrue(Files.exists(dir.resolve("shop-plan.svg")));
        Path makefile = dir.resolve("Makefile");
        dialogs.save.add(makefile);
        vm.exportTo("make", plan, "");
        assertTrue(Files.readString(makefile).contains(".PHONY"), Files.readString(makefile));
        Path suitesAnchor = dir.resolve("suites/Anchor.java");
        dialogs.save.add(suitesAnchor);
        vm.exportTo("junit", plan, "");
        assertTrue(Files.exists(dir.resolve("suites/itplan/ItplanPlanTest.java")));
        vm.exportPlan(null, "the graph has a cycle no stub can break");
        assertEquals(
                "No plan to export: the graph has a cycle no stub can break",
                vm.messageProperty().get());
    }

    @Test
    void findPutsExactMatchesFirst() {
        MainViewModel vm = vm("s1");
        assertEquals("orders", vm.find("orders").get(0));
        assertTrue(vm.find("SERVICE").size() > 5);
        assertEquals(List.of(), vm.find("  "));
        assertNull(vm.copy() == null ? null : "selection was empty");
    }
}
