package io.itplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.app.files.RecoveryStore;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.ui.editor.AddModuleCommand;
import io.itplan.ui.main.Examples;
import io.itplan.ui.main.RecoveryViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Unsaved work survives a crash: the recovery copy keeps up with steady editing, and what a crashed run left is
 * offered at start with clear choices, never over a file just opened.
 */
class RecoveryWindowTest {
    /** A run that crashed with unsaved changes to a never-saved graph. */
    static final DependencyGraph LEFT_BEHIND = DependencyGraph.builder("Left behind")
            .addModules("kept-a", "kept-b")
            .addDependency("kept-a", "kept-b")
            .build();

    static void crashedRunLeft(Path home, Path originalFile) throws Exception {
        new RecoveryStore(home).save("session-999999999-1", originalFile, LEFT_BEHIND);
    }

    @Nested
    class SteadyEditing extends AppWindowTest {
        @Test
        void editsOneSecondApartAreInTheCopyWithinTwoSeconds() throws Exception {
            RecoveryStore store = new RecoveryStore(dir.resolve("home"));
            Path copy = dir.resolve("home/recovery/" + RecoveryStore.currentSession() + ".recovery.json");
            long start = System.nanoTime();
            double[] editedAt = new double[5];
            for (int i = 0; i < editedAt.length; i++) {
                long due = start + (long) (i * 1.1e9);
                Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                int n = i;
                interact(() -> view().document()
                        .commands()
                        .execute(new AddModuleCommand(new Module(
                                "edit-" + n,
                                "Edit " + n,
                                ModuleKind.SERVICE,
                                null,
                                null,
                                null,
                                null,
                                10,
                                60 * n,
                                false,
                                null,
                                null,
                                null))));
                editedAt[i] = (System.nanoTime() - start) / 1e9;
            }
            // Right after the last edit, as if the app crashed then: a debounce longer than the 1.1 s between
            // edits has written nothing yet.
            double now = (System.nanoTime() - start) / 1e9;
            assertTrue(Files.exists(copy), "a copy exists while editing goes on");
            String text = Files.readString(copy);
            for (int i = 0; i < editedAt.length; i++) {
                if (editedAt[i] < now - RecoveryViewModel.WITHIN.toMillis() / 1000.0 - 0.5) {
                    assertTrue(text.contains("edit-" + i), "edit " + i + " at " + editedAt[i] + " s, now " + now);
                }
            }
            assertTrue(text.contains("edit-0"), "the first edit is in the copy");
            assertEquals(0, store.leftOver("another-run").size(), "the live run's copy is not offered to others");
        }
    }

    @Nested
    class AtStart extends AppWindowTest {
        @Override
        void beforeStart(Path home) throws Exception {
            crashedRunLeft(home, null);
        }

        @Test
        void theCopyIsOfferedWithClearChoicesAndRecovered() throws Exception {
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> lookup("#recovery-dialog").tryQuery().isPresent());
            DialogPane dialog = lookup("#recovery-dialog").queryAs(DialogPane.class);
            List<String> buttons = dialog.getButtonTypes().stream()
                    .map(b -> ((Button) dialog.lookupButton(b)).getText())
                    .toList();
            assertEquals(java.util.Set.of("Recover", "Discard", "Later"), java.util.Set.copyOf(buttons));
            clickOn("Recover");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(LEFT_BEHIND.name(), view().document().graph().name());
            assertEquals(
                    java.util.Set.of("kept-a", "kept-b"),
                    java.util.Set.copyOf(view().document().graph().modules().stream()
                            .map(io.itplan.core.graph.Module::id)
                            .toList()));
            assertTrue(view().document().isDirty());
        }
    }

    @Nested
    class WithAFile extends AppWindowTest {
        Path file;

        @Override
        void beforeStart(Path home) throws Exception {
            file = dir.resolve("shop.graph.json");
            GraphFiles.write(Examples.first(), file);
            crashedRunLeft(home, dir.resolve("other.graph.json"));
        }

        @Override
        List<String> moreArgs() {
            return List.of(file.toString());
        }

        @Test
        void noDialogPopsUpOverTheFileJustOpened() throws Exception {
            Thread.sleep(1500);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(lookup(".dialog-pane").tryQuery().isEmpty(), "no dialog over the file");
            assertEquals(Examples.first(), view().document().graph());
            assertEquals(file, view().document().file());
            Node recovery = lookup("#recovery-dialog").tryQuery().orElse(null);
            assertEquals(null, recovery);
        }
    }
}
