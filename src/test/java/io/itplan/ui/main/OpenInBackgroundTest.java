package io.itplan.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.app.files.RecentFiles;
import io.itplan.app.files.RecoveryStore;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.PlanFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import io.itplan.ui.common.DialogService.UnsavedChoice;
import io.itplan.ui.editor.GraphDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Open, Open Recent and Revert read the file in the background: the window's graph stays as it is until the file
 * has been read, edits made meanwhile are not lost without asking, and a bad file still changes nothing.
 */
class OpenInBackgroundTest {
    @TempDir
    Path dir;

    private final MainViewModelTest.Dialogs dialogs = new MainViewModelTest.Dialogs();
    private final DependencyGraph shop = Examples.load("/itplan/examples/webshop.graph.json");

    /** Work handed to the background, run only when the test says so, on the test's thread. */
    private static final class Deferred implements FilesViewModel.Background {
        final Deque<String> progress = new ArrayDeque<>();
        final Deque<Runnable> pending = new ArrayDeque<>();

        @Override
        public <T> void run(String message, Callable<T> work, Consumer<T> then) {
            progress.add(message);
            pending.add(() -> {
                try {
                    then.accept(work.call());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        }

        void finishOne() {
            pending.remove().run();
        }
    }

    private final Deferred background = new Deferred();

    private MainViewModel vm() {
        MainViewModel vm = new MainViewModel(
                new GraphDocument(DependencyGraph.builder("Untitled").build(), null),
                dialogs,
                new RecentFiles(dir),
                new RecoveryStore(dir),
                "s");
        vm.files().setBackground(background);
        return vm;
    }

    private Path shopOnDisk() throws Exception {
        Path file = dir.resolve("shop.graph.json");
        GraphFiles.write(shop, file);
        return file;
    }

    @Test
    void theGraphIsReplacedOnlyOnceTheFileHasBeenRead() throws Exception {
        MainViewModel vm = vm();
        DependencyGraph before = vm.document().graph();
        dialogs.open.add(shopOnDisk());
        vm.files().open();
        assertEquals("Opening shop.graph.json…", background.progress.peek());
        assertSame(before, vm.document().graph(), "nothing changes while the file is read");
        assertNull(vm.document().file());

        background.finishOne();
        assertEquals(shop, vm.document().graph());
        assertEquals(dir.resolve("shop.graph.json"), vm.document().file());
        assertEquals("Opened shop.graph.json", vm.messageProperty().get());
    }

    @Test
    void editsMadeWhileTheFileIsReadAreAskedAboutAndKeptOnCancel() throws Exception {
        MainViewModel vm = vm();
        dialogs.open.add(shopOnDisk());
        vm.files().open();
        vm.edit().addModule(10, 10, ModuleKind.SERVICE);
        DependencyGraph edited = vm.document().graph();

        dialogs.unsaved.add(UnsavedChoice.CANCEL);
        background.finishOne();
        assertTrue(dialogs.asked.stream().anyMatch(a -> a.startsWith("unsaved")), dialogs.asked.toString());
        assertSame(edited, vm.document().graph(), "the edit is kept");
        assertTrue(vm.document().isDirty());
        assertTrue(
                vm.messageProperty().get().startsWith("Did not open shop.graph.json"),
                vm.messageProperty().get());

        dialogs.open.add(dir.resolve("shop.graph.json"));
        dialogs.unsaved.add(UnsavedChoice.DISCARD);
        vm.files().open();
        background.finishOne();
        assertEquals(shop, vm.document().graph(), "discarded knowingly, the file is opened");
    }

    @Test
    void aBrokenFileReadInTheBackgroundChangesNothingAndSaysWhy() throws Exception {
        MainViewModel vm = vm();
        DependencyGraph before = vm.document().graph();
        Path broken =
                Files.writeString(dir.resolve("broken.graph.json"), "{\"format\": \"itplan.graph/1\", \"modules\": [");
        dialogs.open.add(broken);
        vm.files().open();
        background.finishOne();
        assertSame(before, vm.document().graph());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("broken.graph.json"), dialogs.errors.get(0));
    }

    @Test
    void aPlanWhoseGraphMustBeChosenIsReadInTheBackgroundAgainWithIt() throws Exception {
        Path graphFile = shopOnDisk();
        Path planFile = dir.resolve("plans/shop.plan.json");
        Files.createDirectories(planFile.getParent());
        PlanFiles.write(Planner.standard().plan(shop, PlanOptions.of(StrategyName.BOTTOM_UP)), planFile, graphFile);
        Path moved = Files.move(graphFile, dir.resolve("moved.graph.json"));
        MainViewModel vm = vm();
        DependencyGraph before = vm.document().graph();

        dialogs.open.add(planFile);
        dialogs.open.add(moved);
        vm.files().open();
        background.finishOne();
        assertSame(before, vm.document().graph(), "the graph was chosen; reading the plan with it is still to come");
        assertEquals(1, background.pending.size());

        background.finishOne();
        assertNotSame(before, vm.document().graph());
        assertEquals(moved, vm.document().file());
        assertNotEquals(0, vm.files().recentFiles().size());
        assertFalse(vm.document().isDirty());
    }

    @Test
    void revertReadsTheSavedFileInTheBackground() throws Exception {
        MainViewModel vm = vm();
        Path file = shopOnDisk();
        assertTrue(vm.files().load(file), "a file given at start is read in place");
        assertTrue(background.pending.isEmpty());
        vm.edit().addModule(10, 10, ModuleKind.SERVICE);
        dialogs.confirms.add(true);
        vm.files().revert();
        assertTrue(vm.document().isDirty(), "nothing changes while the file is read");
        background.finishOne();
        assertEquals(shop, vm.document().graph());
        assertFalse(vm.document().isDirty());
    }

    @Test
    void onlyTheLastFileAskedForIsShownAndAGraphShownMeanwhileDropsTheRead() throws Exception {
        MainViewModel vm = vm();
        Path shopFile = shopOnDisk();
        Path library = dir.resolve("library.graph.json");
        DependencyGraph libraryGraph = Examples.load("/itplan/examples/library.graph.json");
        GraphFiles.write(libraryGraph, library);

        dialogs.open.add(shopFile);
        vm.files().open();
        dialogs.open.add(library);
        vm.files().open();
        Runnable first = background.pending.remove();
        background.finishOne();
        assertEquals(libraryGraph, vm.document().graph());
        first.run();
        assertEquals(libraryGraph, vm.document().graph(), "the file asked for first, read last, is dropped");
        assertEquals(library, vm.document().file());

        dialogs.open.add(shopFile);
        vm.files().open();
        vm.files().newGraph();
        background.finishOne();
        assertEquals(0, vm.document().graph().modules().size(), "File › New came after: the read is dropped");
        assertNull(vm.document().file());
    }
}
