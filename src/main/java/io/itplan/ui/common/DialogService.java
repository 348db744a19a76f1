package io.itplan.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Every question and message the app puts to the user, behind one interface so view-models stay testable. */
public interface DialogService {

    /** What to do with unsaved changes before they would be lost. */
    enum UnsavedChoice {
        SAVE,
        DISCARD,
        CANCEL
    }

    Optional<Path> chooseGraphToOpen(Path folder);

    Optional<Path> chooseGraphToSave(Path folder, String suggestedName);

    UnsavedChoice askToSave(String documentName);

    /**
     * Where to export something; the chosen file name gets the first extension when it has none of them.
     *
     * @param extensions file name endings offered, such as {@code .plan.json}
     */
    Optional<Path> chooseExportFile(String title, Path folder, String suggestedName, java.util.List<String> extensions);

    boolean confirm(String title, String message);

    void showError(String title, String message);
}
