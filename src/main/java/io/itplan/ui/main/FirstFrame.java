package io.itplan.ui.main;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The moment a window has drawn its first frame. Planning, routing lines round modules and warming up the layout
 * engine wait for it: on a machine of two cores they would otherwise take the processor from drawing a large graph
 * just opened, and the window would stay blank a second or two longer.
 */
final class FirstFrame {
    /** The longest background work waits, should the window never be drawn. */
    private static final long MAX_WAIT_MILLIS = 3000;

    private final Node view;
    private final CompletableFuture<Void> drawn = new CompletableFuture<>();
    private final Runnable onPulse = this::pulse;

    FirstFrame(Node view) {
        this.view = view;
        view.sceneProperty().addListener((obs, old, scene) -> listen(old, scene));
        listen(null, view.getScene());
    }

    /** Holds the calling background thread until the first frame is drawn, or at most {@value #MAX_WAIT_MILLIS} ms. */
    void await() {
        try {
            drawn.get(MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException | ExecutionException e) {
            // Never drawn (a window not shown): the work goes ahead.
        }
    }

    /** Runs {@code action} on the JavaFX thread once the first frame is drawn. */
    void then(Runnable action) {
        // Not thenRun: a thread released from await() may run what depends on the future itself.
        drawn.thenRunAsync(action, Platform::runLater);
    }

    private void listen(Scene old, Scene scene) {
        if (old != null) {
            old.removePostLayoutPulseListener(onPulse);
        }
        if (scene != null && !drawn.isDone()) {
            scene.addPostLayoutPulseListener(onPulse);
        }
    }

    /** The first pulse of a showing window lays out and hands over its first frame; what is run later follows it. */
    private void pulse() {
        Scene scene = view.getScene();
        if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
            scene.removePostLayoutPulseListener(onPulse);
            Platform.runLater(() -> drawn.complete(null));
        }
    }
}
