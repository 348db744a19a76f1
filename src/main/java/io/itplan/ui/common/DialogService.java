package io.itplan.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every question and message the app puts to the user, behind one interface so view-models stay testable. */
public interface DialogService {

    /** What to do with unsaved changes before they would be lost. */
    enum UnsavedChoice {
        SAVE,
        DISCARD,
        CANCEL
    }

    /** What to do with the unsaved work a previous run left behind. */
    enum RecoveryChoice {
        /** Show it again, as unsaved changes. */
        RECOVER,
        /** Delete the copy for good. */
        DISCARD,
        /** Keep the copy and ask at the next start. */
        LATER
    }

    Optional<Path> chooseGraphToOpen(Path folder);

    /** File › Open: a graph, or a plan to be shown with its graph. */
    default Optional<Path> chooseFileToOpen(Path folder) {
        return chooseGraphToOpen(folder);
    }

    /**
     * The graph a plan was made for, when it is neither named by the plan nor beside it.
     *
     * @param plan the plan file's name
     */
    default Optional<Path> choosePlansGraph(Path folder, String plan) {
        return chooseGraphToOpen(folder);
    }

    /**
     * Where to save the graph; a name typed without an extension ends in {@code .graph.json} when that filter
     * is chosen.
     */
    Optional<Path> chooseGraphToSave(Path folder, String suggestedName);

    UnsavedChoice askToSave(String documentName);

    /**
     * Where to export something. The chosen filter decides the extension when the name has none of the
     * offered ones (see {@link SaveNames}).
     *
     * @param extensions file name endings offered, such as {@code .plan.json}; the first is the default
     */
    Optional<Path> chooseExportFile(String title, Path folder, String suggestedName, List<String> extensions);

    boolean confirm(String title, String message);

    void showError(String title, String message);

    /**
     * Offers back the unsaved work of a run that did not close normally.
     *
     * @param what the file (or the never-saved graph) the work belongs to
     * @param when how long ago it was written, in words
     */
    default RecoveryChoice askToRecover(String what, String when) {
        return confirm("Recover unsaved changes", "Recover your unsaved changes to " + what + "?")
                ? RecoveryChoice.RECOVER
                : RecoveryChoice.LATER;
    }
}
