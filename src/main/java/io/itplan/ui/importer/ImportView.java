package io.itplan.ui.importer;

import io.itplan.core.format.ForeignFormat;
import io.itplan.core.graph.Module;
import io.itplan.core.importer.bytecode.JavaLevel;
import io.itplan.ui.common.Fxml;
import io.itplan.ui.editor.GraphDocument;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The File › Import… window: what to import, progress, and the preview before the graph is replaced. */
public final class ImportView extends VBox {
    @FXML
    private ComboBox<ForeignFormat> format;

    @FXML
    private ListView<Path> sources;

    @FXML
    private Button addFiles;

    @FXML
    private Button addFolder;

    @FXML
    private Button clear;

    @FXML
    private Label levelLabel;

    @FXML
    private ComboBox<JavaLevel> level;

    @FXML
    private Label includesLabel;

    @FXML
    private TextField includes;

    @FXML
    private Button run;

    @FXML
    private ProgressBar progress;

    @FXML
    private Button cancel;

    @FXML
    private Label status;

    @FXML
    private Label summary;

    @FXML
    private Label error;

    @FXML
    private ListView<String> warnings;

    @FXML
    private Button accept;

    @FXML
    private Button close;

    private final ImportViewModel vm;

    public ImportView(
            ImportViewModel vm,
            GraphDocument document,
            ToDoubleFunction<Module> width,
            double height,
            Consumer<String> done) {
        this.vm = vm;
        Fxml.load(this);
        format.getItems().setAll(ImportViewModel.formats());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        format.setPromptText("told from the first source");
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ForeignFormat f) {
                return f == null ? "" : f.key() + " — " + f.description();
            }

            @Override
            public ForeignFormat fromString(String s) {
                return null;
            }
        });
        sources.setItems(vm.sources());
        sources.setPlaceholder(new Label("Add a jar, a classes folder, a pom.xml, a compose file or a diagram"));
        level.getItems().setAll(JavaLevel.values());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(JavaLevel l) {
                return l == null ? "" : l.key();
            }

            @Override
            public JavaLevel fromString(String s) {
                return null;
            }
        });
        level.valueProperty().bindBidirectional(vm.levelProperty());
        includes.textProperty().bindBidirectional(vm.includesProperty());
        var java = Bindings.createBooleanBinding(
                () -> vm.formatProperty().get() == ForeignFormat.JAVA, vm.formatProperty());
        for (var n : List.of(level, levelLabel, includes, includesLabel)) {
            n.disableProperty().bind(java.not());
        }
        addFiles.setOnAction(e -> chooseFiles());
        addFolder.setOnAction(e -> chooseFolder());
        clear.setOnAction(e -> vm.sources().clear());
        clear.disableProperty().bind(vm.runningProperty());
        run.disableProperty().bind(vm.canImportProperty().not());
        run.setOnAction(e -> vm.start());
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(vm.runningProperty());
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        status.textProperty().bind(vm.statusProperty());
        summary.textProperty().bind(vm.summaryProperty());
        error.textProperty().bind(vm.errorProperty());
        warnings.setItems(vm.warnings());
        warnings.setPlaceholder(new Label("No warnings"));
        accept.disableProperty().bind(vm.canAcceptProperty().not());
        accept.setOnAction(e -> vm.accept(document, width, height, message -> {
            done.accept(message);
            closeWindow();
        }));
        close.setOnAction(e -> {
            vm.cancel();
            closeWindow();
        });
    }

    public ImportViewModel viewModel() {
        return vm;
    }

    /** Opens the import window over {@code owner}. */
    public Stage show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import");
        Scene scene = new Scene(this);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.cancel());
        stage.show();
        return stage;
    }

    private void closeWindow() {
        if (getScene() != null && getScene().getWindow() != null) {
            getScene().getWindow().hide();
        }
    }

    private void chooseFiles() {
        FileChooser c = new FileChooser();
        c.setTitle("Import from");
        List<File> files = c.showOpenMultipleDialog(getScene().getWindow());
        if (files != null) {
            vm.addSources(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("Import a folder (classes, a Maven build, DRL_CITO data)");
        File dir = c.showDialog(getScene().getWindow());
        if (dir != null) {
            vm.addSources(List.of(dir.toPath()));
        }
    }
}
