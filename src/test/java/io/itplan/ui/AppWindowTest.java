package io.itplan.ui;

import io.itplan.ui.main.MainView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real app headless for one test, with its own itplan home folder and file choosers answered from
 * a script, and closes it afterwards.
 */
abstract class AppWindowTest extends FxRobot {
    @TempDir
    Path dir;

    ItplanApp app;
    ScriptedDialogs dialogs;

    /** The window size; the headless screen is 1600 × 1000 (the surefire argLine). */
    String size() {
        return "1200x780";
    }

    /** More arguments for the app, such as a file to open. */
    List<String> moreArgs() throws Exception {
        return List.of();
    }

    /** Runs before the app starts, with the app's home folder. */
    void beforeStart(Path home) throws Exception {}

    @BeforeEach
    void startApp() throws Exception {
        Path home = dir.resolve("home");
        beforeStart(home);
        System.setProperty("itplan.home", home.toString());
        ItplanApp.dialogFactory = w -> dialogs = new ScriptedDialogs(w);
        FxToolkit.registerPrimaryStage();
        List<String> args = new ArrayList<>(List.of("--size=" + size()));
        args.addAll(moreArgs());
        app = (ItplanApp) FxToolkit.setupApplication(ItplanApp.class, args.toArray(String[]::new));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty("itplan.home");
    }

    MainView view() {
        return app.view();
    }
}
