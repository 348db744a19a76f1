package io.itplan.ui;

import io.itplan.ui.main.MainView;
import java.nio.file.Path;
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

    /** The window size; Monocle's headless screen is 1280 × 800. */
    String size() {
        return "1200x780";
    }

    @BeforeEach
    void startApp() throws TimeoutException {
        System.setProperty("itplan.home", dir.resolve("home").toString());
        ItplanApp.dialogFactory = w -> dialogs = new ScriptedDialogs(w);
        FxToolkit.registerPrimaryStage();
        app = (ItplanApp) FxToolkit.setupApplication(ItplanApp.class, "--size=" + size());
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
