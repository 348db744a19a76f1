package io.itplan.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of the desktop app. */
public final class JavaFxDialogService implements DialogService {
    private final Window owner;

    public JavaFxDialogService(Window owner) {
        this.owner = owner;
    }

    private static FileChooser chooser(Path folder) {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("itplan graphs (*.graph.json)", "*.graph.json"),
                        new FileChooser.ExtensionFilter("JSON files (*.json)", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        if (folder != null && Files.isDirectory(folder)) {
            fc.setInitialDirectory(folder.toFile());
        }
        return fc;
    }

    @Override
    public Optional<Path> chooseGraphToOpen(Path folder) {
        FileChooser fc = chooser(folder);
        fc.setTitle("Open graph");
        File f = fc.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseGraphToSave(Path folder, String suggestedName) {
        FileChooser fc = chooser(folder);
        fc.setTitle("Save graph");
        fc.setInitialFileName(suggestedName);
        File f = fc.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportFile(
            String title, Path folder, String suggestedName, java.util.List<String> extensions) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        for (String ext : extensions) {
            if (ext.isEmpty()) {
                fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
                continue;
            }
            fc.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(
                            ext.substring(1).toUpperCase(java.util.Locale.ROOT) + " (*" + ext + ")", "*" + ext));
        }
        if (folder != null && Files.isDirectory(folder)) {
            fc.setInitialDirectory(folder.toFile());
        }
        fc.setInitialFileName(suggestedName);
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        String name = p.getFileName().toString();
        if (extensions.stream().noneMatch(name::endsWith)) {
            String ext = fc.getSelectedExtensionFilter() == null
                    ? extensions.get(0)
                    : fc.getSelectedExtensionFilter().getExtensions().get(0).substring(1);
            p = p.resolveSibling(name + ext);
        }
        return Optional.of(p);
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
