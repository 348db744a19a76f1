package io.itplan.ui;

import io.itplan.app.files.AppHome;
import io.itplan.app.files.AppSettings;
import io.itplan.app.files.RecentFiles;
import io.itplan.app.files.RecoveryStore;
import io.itplan.core.strategy.StrategyName;
import io.itplan.ui.common.DialogService;
import io.itplan.ui.common.JavaFxDialogService;
import io.itplan.ui.common.Snapshots;
import io.itplan.ui.common.Styles;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.main.Examples;
import io.itplan.ui.main.MainView;
import io.itplan.ui.main.MainViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The itplan desktop app. Arguments: an optional graph file to open (else the web-shop example), and for
 * documentation and tests {@code --dark}, {@code --size=WxH}, {@code --select=ID}, {@code --highlight-cycles},
 * {@code --strategy=NAME}, {@code --step=N}, {@code --tab=plan|compare|problems}, {@code --run}
 * and {@code --snapshot=FILE.png}, which saves a picture of the window and exits. The window opens where it
 * was last closed, at the size it had, with its panels divided as they were.
 */
public final class ItplanApp extends Application {
    private Stage stage;
    private MainViewModel vm;
    private MainView view;
    private AppSettings settings;
    private StagePlacement placement;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    /** Makes the dialog service; tests replace it to answer file choosers. */
    static Function<Window, DialogService> dialogFactory = JavaFxDialogService::new;

    /** Starts the app (used by the launcher, which is not itself a JavaFX application). */
    public static void launchApp(String[] args) {
        ClassPreload.start();
        Application.launch(ItplanApp.class, args);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        List<String> args = getParameters().getRaw();
        String snapshot = option(args, "--snapshot=");
        Path file = args.stream()
                .filter(a -> !a.startsWith("--"))
                .findFirst()
                .map(Path::of)
                .orElse(null);
        Path home = AppHome.dir();
        settings = AppSettings.in(home);
        dark.set(args.contains("--dark") || settings.darkTheme());

        GraphDocument doc = new GraphDocument(Examples.first(), null);
        DialogService dialogs = dialogFactory.apply(primary);
        vm = new MainViewModel(
                doc, dialogs, new RecentFiles(home), new RecoveryStore(home), RecoveryStore.currentSession());
        view = new MainView(vm, dark);
        placement = new StagePlacement(primary, view, settings);
        Scene scene = placement.scene(option(args, "--size="));
        applyTheme(scene, dark.get());
        dark.addListener((obs, a, b) -> {
            applyTheme(scene, b);
            settings.setDarkTheme(b);
            settings.save();
        });
        primary.setScene(scene);
        primary.titleProperty().bind(vm.titleProperty());
        primary.getIcons().add(new Image(ItplanApp.class.getResourceAsStream("icons/itplan-64.png")));
        view.setOnQuit(() -> {
            if (vm.files().requestClose()) {
                Platform.exit();
            }
        });
        primary.setOnCloseRequest(e -> {
            if (!vm.files().requestClose()) {
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
        boolean opened = file != null && vm.files().load(file);
        if (!opened) {
            view.opened();
        }
        view.canvas().requestFocus();
        documentationOptions(args, doc);
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
        } else if (opened) {
            // Only unsaved work on the file just opened is offered now; other copies wait for a start without one.
            Platform.runLater(() -> vm.recovery().offerFor(doc.file()));
        } else {
            Platform.runLater(vm.recovery()::offerAtStart);
        }
    }

    /** Options that set up the window for screenshots and tests. */
    private void documentationOptions(List<String> args, GraphDocument doc) {
        String select = option(args, "--select=");
        if (select != null && doc.graph().contains(select)) {
            vm.selection().selectModule(select);
        }
        String strategy = option(args, "--strategy=");
        if (strategy != null) {
            try {
                view.plan().strategyProperty().set(StrategyName.fromKey(strategy));
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
    }

    @Override
    public void stop() {
        if (placement != null) {
            placement.remember();
        }
    }

    /** Styles the main window: the base style sheet and the light or dark theme's colours. */
    public static void applyTheme(Scene scene, boolean dark) {
        scene.getStylesheets()
                .setAll(
                        ItplanApp.class.getResource("itplan.css").toExternalForm(),
                        ItplanApp.class
                                .getResource(dark ? "dark.css" : "light.css")
                                .toExternalForm());
        if (dark) {
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

    /** The main window's view, for tests. */
    MainView view() {
        return view;
    }

    Stage stage() {
        return stage;
    }
}
