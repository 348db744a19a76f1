package io.itplan.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of the desktop app. */
public final class JavaFxDialogService implements DialogService {
    /** Shows a file chooser, as the platform does; tests stand in for the native dialog. */
    @FunctionalInterface
    public interface ChooserShown {
        File show(FileChooser chooser, Window owner, boolean save);
    }

    private static final String GRAPH = ".graph.json";
    private final Window owner;
    private final ChooserShown shown;

    public JavaFxDialogService(Window owner) {
        this(owner, (chooser, w, save) -> save ? chooser.showSaveDialog(w) : chooser.showOpenDialog(w));
    }

    public JavaFxDialogService(Window owner, ChooserShown shown) {
        this.owner = owner;
        this.shown = shown;
    }

    private static FileChooser graphChooser(Path folder) {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("itplan graphs (*.graph.json)", "*" + GRAPH),
                        new FileChooser.ExtensionFilter("JSON files (*.json)", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        inFolder(fc, folder);
        return fc;
    }

    private static void inFolder(FileChooser fc, Path folder) {
        if (folder != null && Files.isDirectory(folder)) {
            fc.setInitialDirectory(folder.toFile());
        }
    }

    @Override
    public Optional<Path> chooseGraphToOpen(Path folder) {
        FileChooser fc = graphChooser(folder);
        fc.setTitle("Open graph");
        return Optional.ofNullable(shown.show(fc, owner, false)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        FileChooser fc = graphChooser(folder);
        fc.getExtensionFilters()
                .add(
                        0,
                        new FileChooser.ExtensionFilter(
                                "itplan graphs and plans", "*" + GRAPH, "*.plan.json", "*.plan.yaml", "*.plan.yml"));
        fc.getExtensionFilters()
                .add(2, new FileChooser.ExtensionFilter("itplan plans", "*.plan.json", "*.plan.yaml", "*.plan.yml"));
        fc.setTitle("Open graph or plan");
        return Optional.ofNullable(shown.show(fc, owner, false)).map(File::toPath);
    }

    @Override
    public Optional<Path> choosePlansGraph(Path folder, String plan) {
        FileChooser fc = graphChooser(folder);
        fc.setTitle("Which graph was " + plan + " made for?");
        return Optional.ofNullable(shown.show(fc, owner, false)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseGraphToSave(Path folder, String suggestedName) {
        FileChooser fc = graphChooser(folder);
        fc.setTitle("Save graph");
        fc.setInitialFileName(suggestedName);
        return settled(fc, List.of(GRAPH, ".json"));
    }

    @Override
    public Optional<Path> chooseExportFile(String title, Path folder, String suggestedName, List<String> extensions) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        for (String ext : extensions) {
            fc.getExtensionFilters()
                    .add(
                            ext.isEmpty()
                                    ? new FileChooser.ExtensionFilter("All files", "*")
                                    : new FileChooser.ExtensionFilter(
                                            ext.substring(ext.lastIndexOf('.') + 1)
                                                            .toUpperCase(Locale.ROOT) + " (*" + ext + ")",
                                            "*" + ext));
        }
        inFolder(fc, folder);
        fc.setInitialFileName(suggestedName);
        return settled(fc, extensions);
    }

    /**
     * Shows a save dialog and settles the name on the chosen filter's extension; when that names another file
     * than the one the dialog confirmed, and it exists, asks before replacing it.
     */
    private Optional<Path> settled(FileChooser fc, List<String> offered) {
        File f = shown.show(fc, owner, true);
        if (f == null) {
            return Optional.empty();
        }
        FileChooser.ExtensionFilter filter = fc.getSelectedExtensionFilter();
        String chosen = filter == null || filter.getExtensions().isEmpty()
                ? offered.get(0)
                : filter.getExtensions().get(0).replaceFirst("^\\*", "");
        Path settled = SaveNames.settle(f.toPath(), chosen, offered);
        if (!settled.equals(f.toPath())
                && Files.exists(settled)
                && !confirm(
                        "Replace " + settled.getFileName(),
                        settled.getFileName() + " already exists in "
                                + settled.toAbsolutePath().getParent() + ". Replace it?")) {
            return Optional.empty();
        }
        return Optional.of(settled);
    }

    @Override
    public UnsavedChoice askToSave(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(
                Alert.AlertType.CONFIRMATION,
                "Your changes will be lost if you don't save them.",
                save,
                discard,
                ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle("Unsaved changes");
        a.setHeaderText("Save the changes to " + documentName + "?");
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public RecoveryChoice askToRecover(String what, String when) {
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(
                Alert.AlertType.CONFIRMATION,
                "itplan did not close normally and kept a copy of your unsaved changes to " + what + ", written "
                        + when + ".\n\nRecover shows them again as unsaved changes. Discard deletes the copy. "
                        + "Later keeps it and asks again at the next start.",
                recover,
                discard,
                later);
        a.initOwner(owner);
        a.setTitle("Recover unsaved changes");
        a.setHeaderText("Recover your unsaved changes to " + what + "?");
        a.getDialogPane().setId("recovery-dialog");
        ButtonType answer = a.showAndWait().orElse(later);
        return answer == recover
                ? RecoveryChoice.RECOVER
                : answer == discard ? RecoveryChoice.DISCARD : RecoveryChoice.LATER;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        return a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    @Override
    public void showError(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        TextArea text = new TextArea(message);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(8, 2 + message.length() / 70));
        text.setId("error-message");
        a.getDialogPane().setContent(text);
        a.showAndWait();
    }
}
