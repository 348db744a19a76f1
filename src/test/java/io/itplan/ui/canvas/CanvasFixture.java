package io.itplan.ui.canvas;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.ui.ItplanApp;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.editor.Selection;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A canvas alone in a window, headless, with the app's light theme; one per test. */
abstract class CanvasFixture extends FxRobot {
    GraphDocument document;
    Selection selection;
    GraphCanvas canvas;
    Scene scene;

    /** Shows the graph on a 900 × 700 canvas. */
    void show(DependencyGraph g) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            document = new GraphDocument(g, null);
            selection = new Selection();
            canvas = new GraphCanvas(document, selection);
            scene = new Scene(new StackPane(canvas), 900, 700);
            theme("light.css");
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void theme(String css) {
        scene.getStylesheets()
                .setAll(
                        ItplanApp.class.getResource("itplan.css").toExternalForm(),
                        ItplanApp.class.getResource(css).toExternalForm());
    }

    void fx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    Point2D screen(Point2D local) {
        return canvas.localToScreen(local);
    }

    static Module at(String id, ModuleKind kind, double x, double y) {
        return new Module(id, id, kind, null, null, null, null, x, y, false, null, null, null);
    }

    static Module at(String id, double x, double y) {
        return at(id, ModuleKind.COMPONENT, x, y);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }
}
