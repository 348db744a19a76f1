package io.itplan.ui.common;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/** Saves what a scene shows as a PNG: for the README's screenshots and for tests. */
public final class Snapshots {
    private Snapshots() {}

    public static void save(Scene scene, Path file) throws IOException {
        write(scene.snapshot(null), file);
    }

    /** Saves what a node shows. */
    public static void save(javafx.scene.Node node, Path file) throws IOException {
        write(node.snapshot(null, null), file);
    }

    private static void write(WritableImage image, Path file) throws IOException {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
        ImageIO.write(buffered, "png", file.toFile());
    }

    /** Waits until {@code ready}, then for drawing to settle, saves, then runs {@code then}. */
    public static void saveWhenReady(Scene scene, Path file, java.util.function.BooleanSupplier ready, Runnable then) {
        PauseTransition wait = new PauseTransition(Duration.millis(900));
        wait.setOnFinished(e -> {
            if (!ready.getAsBoolean()) {
                wait.playFromStart();
                return;
            }
            try {
                save(scene, file);
                System.out.println("Saved " + file);
            } catch (IOException ex) {
                System.err.println("itplan: cannot save the snapshot " + file + ": " + ex.getMessage());
            }
            then.run();
        });
        wait.play();
    }
}
