package io.itplan.ui.main;

import io.itplan.ui.common.Styles;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: counts, or a message for a few seconds, or the progress of long work with its Cancel
 * button; and the zoom.
 */
final class StatusLine extends StatusBar implements FilesViewModel.Background {
    private final MainViewModel vm;
    private final Label zoomLabel = new Label("100 %");
    private final Button cancelButton = new Button("Cancel");
    private final PauseTransition messageTimeout = new PauseTransition(Duration.seconds(6));
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private Task<?> running;

    StatusLine(MainViewModel vm, ObservableDoubleValue zoom) {
        this.vm = vm;
        setId("status-bar");
        zoomLabel.textProperty().bind(Bindings.createStringBinding(() -> Math.round(zoom.get() * 100) + " %", zoom));
        zoomLabel.getStyleClass().add(Styles.MUTED);
        zoomLabel.setTooltip(new Tooltip("Zoom: Ctrl+= and Ctrl+- change it, Ctrl+0 fits the graph"));
        cancelButton.setVisible(false);
        cancelButton.setManaged(false);
        cancelButton.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        getRightItems().addAll(cancelButton, new Separator(Orientation.VERTICAL), zoomLabel);
        vm.messageProperty().addListener((obs, a, b) -> {
            if (running == null) {
                textProperty().unbind();
                setText(b);
                messageTimeout.playFromStart();
            }
        });
        messageTimeout.setOnFinished(e -> {
            if (running == null) {
                textProperty().bind(vm.countsProperty());
            }
        });
        textProperty().bind(vm.countsProperty());
    }

    /** Whether long work is running. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    boolean isBusy() {
        return running != null;
    }

    /** Runs {@code task} on its own thread, showing its message and a Cancel button until {@link #finish}. */
    void start(Task<?> task, String threadName) {
        running = task;
        busy.set(true);
        textProperty().unbind();
        textProperty().bind(task.messageProperty());
        setProgress(-1);
        cancelButton.setVisible(true);
        cancelButton.setManaged(true);
        Thread t = new Thread(task, threadName);
        t.setDaemon(true);
        t.start();
    }

    /**
     * Reads a file in the background (see {@link FilesViewModel.Background}). Work still running (a layout of the
     * graph being replaced, or the read of a file asked for before) is cancelled first; if it cannot be, as it is
     * just finishing, the file is read in place, as one piece of long work shows at a time.
     */
    @Override
    public <T> void run(String progress, Callable<T> work, Consumer<T> then) {
        if (running != null) {
            running.cancel();
        }
        if (isBusy()) {
            IN_PLACE.run(progress, work, then);
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(progress);
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            finish();
            then.accept(task.getValue());
        });
        task.setOnCancelled(e -> {
            finish();
            vm.say("Cancelled; nothing changed");
        });
        task.setOnFailed(e -> {
            finish();
            vm.say("Failed: " + task.getException().getMessage());
        });
        start(task, "itplan-open");
    }

    void finish() {
        running = null;
        messageTimeout.stop();
        busy.set(false);
        textProperty().unbind();
        textProperty().bind(vm.countsProperty());
        setProgress(0);
        cancelButton.setVisible(false);
        cancelButton.setManaged(false);
    }
}
