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
import io.itplan.ui.common.DialogService;
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

/** The main window's logic without a toolkit: files, unsaved work, recovery, clipboard, title. */
class MainViewModelTest {
    @TempDir
    Path dir;

    /** Answers from a script and remembers what it was asked. */
    static final class Dialogs implements DialogService {
        final Deque<Path> open = new ArrayDeque<>();
        final Deque<Path> save = new ArrayDeque<>();
        final Deque<UnsavedChoice> unsaved = new ArrayDeque<>();
        final Deque<Boolean> confirms = new ArrayDeque<>();
        final Deque<RecoveryChoice> recoveries = new ArrayDeque<>();
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
        public RecoveryChoice askToRecover(String what, String when) {
            asked.add("recover " + what);
            return recoveries.isEmpty() ? RecoveryChoice.LATER : recoveries.poll();
        }

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }
    }

    private final Dialogs dialogs = new Dialogs();

    private MainViewModel vm(String session) {
        GraphDocument doc = new GraphDocument(Examples.load("/itplan/examples/webshop.graph.json"), null);
        return new MainViewModel(doc, dialogs, new RecentFiles(dir), new RecoveryStore(dir), session);
    }

    @Test
    void unsavedWorkIsNeverLostWithoutAsking() {
        MainViewModel vm = vm("s1");
        vm.edit().addModule(10, 10, ModuleKind.SERVICE);
        DependencyGraph edited = vm.document().graph();
        vm.files().newGraph();
        assertEquals(List.of("unsaved Web shop"), dialogs.asked);
        assertEquals(edited, vm.document().graph(), "cancel keeps everything");
        dialogs.unsaved.add(DialogService.UnsavedChoice.DISCARD);
        vm.files().newGraph();
        assertEquals(0, vm.document().graph().modules().size());
        assertFalse(vm.document().isDirty());
    }

    @Test
    void savingAnUntitledGraphAsksWhereAndRemembersTheFile() throws Exception {
        MainViewModel vm = vm("s1");
        vm.edit().addModule(10, 10, ModuleKind.SERVICE);
        Path saved = dir.resolve("shop.graph.json");
        dialogs.save.add(saved);
        assertTrue(vm.files().save());
        assertEquals(GraphFiles.toJson(vm.document().graph()), Files.readString(saved));
        assertEquals(List.of("save as web-shop.graph.json"), dialogs.asked);
        assertEquals(List.of(saved.toAbsolutePath()), vm.files().recentFiles());
        assertFalse(vm.document().isDirty());
    }

    @Test
    void theTitleNamesTheFileAndTheGraph() {
        MainViewModel vm = vm("s1");
        assertEquals("itplan — Web shop", vm.titleProperty().get());
        dialogs.save.add(dir.resolve("shop.graph.json"));
        vm.files().saveAs();
        assertEquals("itplan — shop.graph.json (Web shop)", vm.titleProperty().get());
        vm.edit().addModule(10, 10, ModuleKind.QUEUE);
        assertEquals("itplan — shop.graph.json (Web shop) •", vm.titleProperty().get());
    }

    @Test
    void aBrokenFileShowsTheMessageAndChangesNothing() throws Exception {
        MainViewModel vm = vm("s1");
        DependencyGraph before = vm.document().graph();
        Path broken = dir.resolve("b.graph.json");
        Files.writeString(broken, "{\"format\": \"itplan.graph/9\"}");
        dialogs.open.add(broken);
        vm.files().open();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("newer graph format"), dialogs.errors.get(0));
        assertEquals(before, vm.document().graph());
        assertTrue(vm.files().recentFiles().isEmpty());
    }

    @Test
    void aCrashLeavesARecoveryCopyThatTheNextStartOffers() {
        MainViewModel crashed = vm("s1");
        crashed.edit().addModule(10, 10, ModuleKind.QUEUE);
        crashed.recovery().updateCopy();
        DependencyGraph unsaved = crashed.document().graph();

        MainViewModel next = vm("s2");
        dialogs.recoveries.add(DialogService.RecoveryChoice.RECOVER);
        assertTrue(next.recovery().offerAtStart());
        assertEquals(unsaved, next.document().graph());
        assertTrue(next.document().isDirty(), "recovered work is still unsaved");
        assertEquals(List.of("recover 'Web shop' (never saved)"), dialogs.asked);
        assertFalse(vm("s3").recovery().offerAtStart(), "the copy is offered once");
    }

    @Test
    void laterKeepsTheCopyForTheNextStartAndDiscardDeletesIt() {
        MainViewModel crashed = vm("s1");
        crashed.edit().addModule(10, 10, ModuleKind.QUEUE);
        crashed.recovery().updateCopy();
        dialogs.recoveries.add(DialogService.RecoveryChoice.LATER);
        assertFalse(vm("s2").recovery().offerAtStart());
        dialogs.recoveries.add(DialogService.RecoveryChoice.DISCARD);
        assertFalse(vm("s3").recovery().offerAtStart());
        dialogs.asked.clear();
        assertFalse(vm("s4").recovery().offerAtStart());
        assertEquals(List.of(), dialogs.asked, "a discarded copy is not offered again");
    }

    @Test
    void openingAFileOffersOnlyTheUnsavedWorkOnThatFile() throws Exception {
        Path shop = dir.resolve("shop.graph.json");
        Path other = dir.resolve("other.graph.json");
        MainViewModel crashed = vm("s1");
        dialogs.save.add(other);
        crashed.files().saveAs();
        crashed.edit().addModule(10, 10, ModuleKind.QUEUE);
        crashed.recovery().updateCopy();

        GraphFiles.write(Examples.load("/itplan/examples/library.graph.json"), shop);
        MainViewModel next = vm("s2");
        assertTrue(next.files().load(shop));
        assertFalse(next.recovery().offerFor(shop));
        assertEquals(List.of("save as web-shop.graph.json"), dialogs.asked, "nothing offered over shop");

        MainViewModel third = vm("s3");
        third.files().load(other);
        DependencyGraph saved = third.document().graph();
        dialogs.recoveries.add(DialogService.RecoveryChoice.RECOVER);
        assertTrue(third.recovery().offerFor(other));
        assertEquals(
                saved.modules().size() + 1, third.document().graph().modules().size());
        third.edit().undo();
        assertEquals(saved, third.document().graph(), "undo shows the file as saved");
    }

    /** A clock the test moves: runs what was scheduled once its time comes. */
    private static final class VirtualTime {
        double now;
        final List<double[]> due = new ArrayList<>();
        final List<Runnable> actions = new ArrayList<>();

        void schedule(java.time.Duration delay, Runnable action) {
            due.add(new double[] {now + delay.toMillis() / 1000.0});
            actions.add(action);
        }

        void advanceTo(double t) {
            for (int i = 0; i < due.size(); i++) {
                if (due.get(i)[0] <= t) {
                    now = due.get(i)[0];
                    Runnable r = actions.remove(i);
                    due.remove(i);
                    r.run();
                    i = -1;
                }
            }
            now = t;
        }
    }

    @Test
    void steadyEditingNeverPostponesTheRecoveryCopy() {
        VirtualTime time = new VirtualTime();
        MainViewModel vm = vm("s1");
        vm.recovery().runLaterWith(time::schedule);
        RecoveryStore store = new RecoveryStore(dir);
        for (int i = 0; i < 10; i++) {
            time.advanceTo(i * 1.1);
            vm.edit().addModule(10, 40 * i, ModuleKind.SERVICE);
            double now = time.now;
            int inCopy = store.leftOver("crash-check").stream()
                    .mapToInt(r -> r.graph().modules().size())
                    .max()
                    .orElse(14);
            // Every edit made more than 2 s ago is in the copy: 14 example modules plus those edits.
            int old = (int) Math.floor((now - 2.0) / 1.1) + 1;
            assertTrue(inCopy >= 14 + Math.max(0, old), "at " + now + " s the copy holds " + inCopy);
        }
        time.advanceTo(9.9 + 0.1);
        int inCopy = store.leftOver("crash-check").get(0).graph().modules().size();
        assertTrue(inCopy >= 14 + 8, "a crash 0.1 s after the tenth edit loses at most the last two: " + inCopy);
        time.advanceTo(14);
        assertEquals(24, store.leftOver("crash-check").get(0).graph().modules().size(), "and then none");
    }

    @Test
    void savingOrClosingRemovesTheRecoveryCopy() {
        MainViewModel vm = vm("s1");
        vm.edit().addModule(10, 10, ModuleKind.QUEUE);
        vm.recovery().updateCopy();
        dialogs.unsaved.add(DialogService.UnsavedChoice.DISCARD);
        assertTrue(vm.files().requestClose());
        assertFalse(vm("s2").recovery().offerAtStart());
        assertEquals(List.of("unsaved Web shop"), dialogs.asked);
    }

    @Test
    void copyAndPasteMakeFreshCopiesWithTheirDependencies() {
        MainViewModel vm = vm("s1");
        vm.selection().selectOnly(List.of("orders", "payments"), List.of());
        String text = vm.edit().copy();
        vm.edit().paste(text);
        DependencyGraph g = vm.document().graph();
        assertTrue(g.contains("orders-2") && g.contains("payments-2"));
        assertTrue(g.dependencies().stream().anyMatch(d -> d.from().equals("orders-2") && d.to().equals("payments-2")));
        assertEquals(
                List.of("orders-2", "payments-2"),
                vm.selection().modules().stream().sorted().toList());
        vm.edit().paste("not a graph");
        assertEquals(g.modules().size() + 2, vm.document().graph().modules().size(), "falls back to the last copy");
        assertEquals("Copied 2 modules", lastMessage(vm, () -> vm.edit().copy()));
        vm.selection().selectOnly(List.of("orders"), List.of());
        assertEquals("Copied 1 module", lastMessage(vm, () -> vm.edit().copy()));
    }

    private static String lastMessage(MainViewModel vm, Runnable action) {
        action.run();
        return vm.messageProperty().get();
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
        vm.exports().exportPlan(plan, "");
        assertEquals(
                io.itplan.core.format.PlanFiles.toJson(plan),
                io.itplan.core.format.PlanFiles.toJson(io.itplan.core.format.PlanFiles.read(yaml)));
        Path md = dir.resolve("shop-plan.md");
        dialogs.save.add(md);
        vm.exports().exportReport(plan, "", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertTrue(Files.readString(md).contains("![The dependency graph](shop-plan.svg)"));
        assertTrue(Files.exists(dir.resolve("shop-plan.svg")));
        Path html = dir.resolve("shop-plan.html");
        dialogs.save.add(html);
        vm.exports().exportReport(plan, "", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"), Files.readString(html));
        Path makefile = dir.resolve("Makefile");
        dialogs.save.add(makefile);
        vm.exports().exportTo("make", plan, "");
        assertTrue(Files.readString(makefile).contains(".PHONY"), Files.readString(makefile));
        assertTrue(vm.messageProperty().get().startsWith("Exported the plan to make: 1 file"));
        Path suitesAnchor = dir.resolve("suites/Anchor.java");
        dialogs.save.add(suitesAnchor);
        vm.exports().exportTo("junit", plan, "");
        assertTrue(Files.exists(dir.resolve("suites/itplan/ItplanPlanTest.java")));
        vm.exports().exportPlan(null, "the graph has a cycle no stub can break");
        assertEquals(
                "No plan to export: the graph has a cycle no stub can break",
                vm.messageProperty().get());
    }

    @Test
    void findPutsExactMatchesFirstAndGoesToTheBest() {
        MainViewModel vm = vm("s1");
        assertEquals("orders", vm.edit().find("orders").get(0));
        assertTrue(vm.edit().find("SERVICE").size() > 5);
        assertEquals(List.of(), vm.edit().find("  "));
        assertNull(vm.edit().copy() == null ? null : "selection was empty");
        assertEquals("payment-provider", vm.edit().goTo("Payment provider"));
        assertEquals(List.of("payment-provider"), List.copyOf(vm.selection().modules()));
        assertEquals("Payment provider  (payment-provider)", vm.edit().describe("payment-provider"));
        assertNull(vm.edit().goTo("nothing like it"));
        assertEquals("No module matches 'nothing like it'", vm.messageProperty().get());
    }
}
