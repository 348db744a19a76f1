package io.itplan.ui;

import io.itplan.app.files.AppHome;
import io.itplan.app.files.RecentFiles;
import io.itplan.app.files.RecoveryStore;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.ui.common.DialogService;
import io.itplan.ui.common.JavaFxDialogService;
import io.itplan.ui.common.Snapshots;
import io.itplan.ui.common.Styles;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.main.MainView;
import io.itplan.ui.main.MainViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The itplan desktop app. Arguments: an optional graph file to open (else the web-shop example), and for
 * documentation and tests {@code --dark}, {@code --size=WxH}, {@code --select=ID}, {@code --highlight-cycles},
 * {@code --strategy=NAME}, {@code --step=N}, {@code --tab=plan|compare|problems}, {@code --run}
 * and {@code --snapshot=FILE.png}, which saves a picture of the window and exits.
 */
public final class ItplanApp extends Application {
    private static final String THEME_KEY = "theme";

    private Stage stage;
    private MainViewModel vm;
    private MainView view;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    /** Makes the dialog service; tests replace it to answer file choosers. */
    static java.util.function.Function<javafx.stage.Window, DialogService> dialogFactory = JavaFxDialogService::new;

    /** Starts the app (used by the launcher, which is not itself a JavaFX application). */
    public static void launchApp(String[] args) {
        Application.launch(ItplanApp.class, args);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        List<String> args = getParameters().getRaw();
        String snapshot = option(args, "--snapshot=");
        String size = option(args, "--size=");
        Path file = args.stream()
                .filter(a -> !a.startsWith("--"))
                .findFirst()
                .map(Path::of)
                .orElse(null);
        Path home = AppHome.dir();
        Properties settings = loadSettings(home);
        dark.set(args.contains("--dark") || "dark".equals(settings.getProperty(THEME_KEY)));

        DependencyGraph initial =
                MainViewModel.example(MainViewModel.EXAMPLES.values().iterator().next());
        GraphDocument doc = new GraphDocument(initial, null);
        DialogService dialogs = dialogFactory.apply(primary);
        vm = new MainViewModel(
                doc,
                dialogs,
                new RecentFiles(home),
                new RecoveryStore(home),
                "session-" + ProcessHandle.current().pid());
        view = new MainView(vm, dark);
        double w = 1360;
        double h = 860;
        if (size != null && size.matches("\\d+x\\d+")) {
            w = Double.parseDouble(size.substring(0, size.indexOf('x')));
            h = Double.parseDouble(size.substring(size.indexOf('x') + 1));
        }
        Scene scene = new Scene(view, w, h);
        applyTheme(scene);
        dark.addListener((obs, a, b) -> {
            applyTheme(scene);
            settings.setProperty(THEME_KEY, b ? "dark" : "light");
            saveSettings(home, settings);
        });
        primary.setScene(scene);
        primary.titleProperty().bind(doc.titleProperty());
        primary.getIcons().add(new Image(ItplanApp.class.getResourceAsStream("icons/itplan-64.png")));
        view.setOnQuit(() -> {
            if (vm.requestClose()) {
                Platform.exit();
            }
        });
        primary.setOnCloseRequest(e -> {
            if (!vm.requestClose()) {
                e.consume();
            }
        });
        Thread.currentThread().setUncaughtExceptionHandler((t, ex) -> {
            ex.printStackTrace();
            dialogs.showError(
                    "Something went wrong",
                    (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage())
                            + "\n\nYour graph is unchanged. Details were written to the log.");
        });
        primary.show();
        if (file == null || !vm.load(file)) {
            view.opened();
        }
        view.canvas().requestFocus();
        String select = option(args, "--select=");
        if (select != null && doc.graph().contains(select)) {
            vm.selection().selectModule(select);
        }
        String strategy = option(args, "--strategy=");
        if (strategy != null) {
            try {
                view.plan().strategyProperty().set(io.itplan.core.strategy.StrategyName.fromKey(strategy));
            } catch (IllegalArgumentException e) {
                System.err.println("itplan: --strategy: " + e.getMessage());
            }
        }
        String step = option(args, "--step=");
        if (step != null && step.matches("\\d{1,6}")) {
            int index = Integer.parseInt(step);
            view.plan().planProperty().addListener((obs, a, b) -> {
                if (b != null
                        && view.plan().selectedStepProperty().get() < 0
                        && index < b.steps().size()) {
                    view.plan().selectedStepProperty().set(index);
                }
            });
        }
        String tab = option(args, "--tab=");
        if (tab != null) {
            view.showTab(tab);
        }
        if (args.contains("--run")) {
            boolean[] once = {false};
            view.plan().planProperty().addListener((obs, a, b) -> {
                if (b != null && !once[0]) {
                    once[0] = true;
                    Platform.runLater(() -> view.planView().runNow());
                }
            });
        }
        if (args.contains("--highlight-cycles")) {
            view.canvas().highlightCyclesProperty().set(true);
        }
        if (snapshot != null) {
            Snapshots.saveWhenReady(
                    scene,
                    Path.of(snapshot),
                    () -> !view.busyProperty().get()
                            && !view.plan().runningProperty().get()
                            && !view.planView().isRunning()
                            && (!args.contains("--run")
                                    || view.plan().planProperty().get() != null),
                    Platform::exit);
        } else {
            Platform.runLater(vm::offerRecovery);
        }
    }

    private void applyTheme(Scene scene) {
        scene.getStylesheets()
                .setAll(
                        ItplanApp.class.getResource("itplan.css").toExternalForm(),
                        ItplanApp.class
                                .getResource(dark.get() ? "dark.css" : "light.css")
                                .toExternalForm());
        if (dark.get()) {
            scene.getRoot().getStyleClass().add(Styles.DARK);
        } else {
            scene.getRoot().getStyleClass().remove(Styles.DARK);
        }
    }

    private static String option(List<String> args, String prefix) {
        return args.stream()
                .filter(a -> a.startsWith(prefix))
                .map(a -> a.substring(prefix.length()))
                .findFirst()
                .orElse(null);
    }

    private static Properties loadSettings(Path home) {
        Properties p = new Properties();
        Path f = home.resolve("settings.properties");
        if (Files.isRegularFile(f)) {
            try (InputStream in = Files.newInputStream(f)) {
                p.load(in);
            } catch (IOException e) {
                return new Properties();
            }
        }
        return p;
    }

    private static void saveSettings(Path home, Properties p) {
        try {
            Files.createDirectories(home);
            try (OutputStream out = Files.newOutputStream(home.resolve("settings.properties"))) {
                p.store(out, "itplan settings");
            }
        } catch (IOException e) {
            // Settings are a convenience; the theme simply starts light next time.
        }
    }

    /** The main window's view, for tests. */
    MainView view() {
        return view;
    }

    Stage stage() {
        return stage;
    }
}
