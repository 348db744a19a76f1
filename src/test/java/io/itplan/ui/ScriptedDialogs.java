package io.itplan.ui;

import io.itplan.ui.common.DialogService;
import io.itplan.ui.common.JavaFxDialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Real dialogs for messages and questions, but file choosers answered from a script, since a native file
 * chooser cannot be driven in a headless test.
 */
final class ScriptedDialogs implements DialogService {
    final Deque<Path> toOpen = new ArrayDeque<>();
    final Deque<Path> toSave = new ArrayDeque<>();
    final Deque<UnsavedChoice> unsaved = new ArrayDeque<>();
    private final JavaFxDialogService real;

    ScriptedDialogs(Window owner) {
        this.real = new JavaFxDialogService(owner);
    }

    @Override
    public Optional<Path> chooseGraphToOpen(Path folder) {
        return Optional.ofNullable(toOpen.poll());
    }

    @Override
    public Optional<Path> chooseGraphToSave(Path folder, String suggestedName) {
        return Optional.ofNullable(toSave.poll());
    }

    final Deque<Path> toExport = new ArrayDeque<>();

    @Override
    public Optional<Path> chooseExportFile(
            String title, Path folder, String suggestedName, java.util.List<String> ext) {
        return Optional.ofNullable(toExport.poll());
    }

    @Override
    public UnsavedChoice askToSave(String documentName) {
        UnsavedChoice c = unsaved.poll();
        return c != null ? c : real.askToSave(documentName);
    }

    @Override
    public boolean confirm(String title, String message) {
        return real.confirm(title, message);
    }

    @Override
    public RecoveryChoice askToRecover(String what, String when) {
        return real.askToRecover(what, when);
    }

    @Override
    public void showError(String title, String message) {
        real.showError(title, message);
    }
}
