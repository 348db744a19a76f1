package io.itplan.ui.main;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Background work held for the first frame waits while the window is not shown, goes ahead once it is drawn, and
 * goes ahead anyway when the window is never shown.
 */
class FirstFrameTest {
    private Stage stage;

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::close).get();
        }
    }

    @Test
    void workWaitsUntilTheWindowIsDrawn() throws Exception {
        Pane view = new Pane();
        FirstFrame first = WaitForAsyncUtils.asyncFx(() -> new FirstFrame(view)).get();
        CountDownLatch released = new CountDownLatch(1);
        AtomicBoolean thenOnFxThread = new AtomicBoolean();
        CountDownLatch then = new CountDownLatch(1);
        first.then(() -> {
            thenOnFxThread.set(Platform.isFxApplicationThread());
            then.countDown();
        });
        Thread worker = new Thread(() -> {
            first.await();
            released.countDown();
        });
        worker.start();

        WaitForAsyncUtils.asyncFx(() -> {
                    stage = new Stage();
                    stage.setScene(new Scene(view, 200, 100));
                })
                .get();
        assertFalse(released.await(600, TimeUnit.MILLISECONDS), "released before the window was shown");
        assertFalse(then.await(0, TimeUnit.MILLISECONDS));

        WaitForAsyncUtils.asyncFx(() -> stage.show()).get();
        assertTrue(released.await(2, TimeUnit.SECONDS), "still held after the window was drawn");
        assertTrue(then.await(2, TimeUnit.SECONDS));
        assertTrue(thenOnFxThread.get());
    }

    @Test
    void workGoesAheadWhenTheWindowIsNeverShown() throws Exception {
        FirstFrame first =
                WaitForAsyncUtils.asyncFx(() -> new FirstFrame(new Pane())).get();
        CountDownLatch released = new CountDownLatch(1);
        new Thread(() -> {
                    first.await();
                    released.countDown();
                })
                .start();
        assertFalse(released.await(1, TimeUnit.SECONDS), "released with no window at all");
        assertTrue(released.await(5, TimeUnit.SECONDS), "held for good");
    }
}
