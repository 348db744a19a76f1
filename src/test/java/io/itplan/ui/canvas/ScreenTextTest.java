package io.itplan.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Text on the zoomed drawing lands where scaled text would, at the zoomed size, and leaves the context as it was. */
class ScreenTextTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** The box round the dark pixels of a drawing: {minX, minY, maxX, maxY}, or null when there are none. */
    private static int[] inked(Consumer<GraphicsContext> draw) throws Exception {
        return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(400, 120);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, 400, 120);
            gc.setFill(Color.BLACK);
            gc.setFont(Renderer.NAME_FONT);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            draw.accept(gc);
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.WHITE);
            WritableImage image = canvas.snapshot(p, null);
            PixelReader r = image.getPixelReader();
            int[] box = null;
            for (int y = 0; y < 120; y++) {
                for (int x = 0; x < 400; x++) {
                    if (r.getColor(x, y).getBrightness() < 0.5) {
                        box = box == null
                                ? new int[] {x, y, x, y}
                                : new int[] {
                                    Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)
                                };
                    }
                }
            }
            return box;
        }));
    }

    @Test
    void zoomedTextCoversWhatScaledTextCovers() throws Exception {
        for (double scale : new double[] {0.45, 0.7, 1.6}) {
            int[] scaled = inked(gc -> {
                gc.setTransform(scale, 0, 0, scale, 30, 12);
                gc.fillText("Payment service", 120, 30);
            });
            int[] screen = inked(gc -> {
                gc.setTransform(scale, 0, 0, scale, 30, 12);
                new ScreenText().fill(gc, "Payment service", 120, 30);
            });
            assertTrue(scaled != null && screen != null, "text drawn at " + scale);
            for (int k = 0; k < 4; k++) {
                // Hinting at the real size moves an edge by a pixel or two, never by a letter.
                assertTrue(
                        Math.abs(scaled[k] - screen[k]) <= 2 + (k % 2 == 0 ? 0.04 * (scaled[2] - scaled[0]) : 0),
                        "edge " + k + " at zoom " + scale + ": scaled " + java.util.Arrays.toString(scaled)
                                + ", on screen " + java.util.Arrays.toString(screen));
            }
        }
    }

    private static double[] elements(Affine a) {
        return new double[] {a.getMxx(), a.getMxy(), a.getTx(), a.getMyx(), a.getMyy(), a.getTy()};
    }

    @Test
    void theContextKeepsItsTransformAndFont() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> {
            GraphicsContext gc = new Canvas(100, 100).getGraphicsContext2D();
            gc.setFont(Renderer.SUB_FONT);
            gc.setTransform(0.5, 0, 0, 0.5, 7, 9);
            Affine before = gc.getTransform();
            new ScreenText().fill(gc, "x", 10, 10);
            assertArrayEquals(elements(before), elements(gc.getTransform()));
            assertSame(Renderer.SUB_FONT, gc.getFont());
        }));
    }

    @Test
    void aZoomLevelKeepsOneFontPerSize() {
        ScreenText text = new ScreenText();
        Font a = text.sized(Renderer.NAME_FONT, 0.5);
        assertEquals(6.25, a.getSize());
        assertEquals(Renderer.NAME_FONT.getName(), a.getName());
        assertSame(a, text.sized(Renderer.NAME_FONT, 0.501), "the same quarter pixel, the same font");
        assertEquals(6.5, text.sized(Renderer.NAME_FONT, 0.52).getSize());
        // A name kept at 8 px on the screen, whatever the zoom: one font, not one per zoom level.
        Font far = text.sized(new Font(Renderer.NAME_FONT.getName(), 32), 0.25);
        assertSame(far, text.sized(new Font(Renderer.NAME_FONT.getName(), 20), 0.4));
        assertEquals(8, far.getSize());
    }
}
