package io.itplan.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.transform.Affine;

/**
 * Text on the zoomed drawing, set at its size on the screen instead of scaled with the drawing. JavaFX renders
 * unscaled text from its cache of glyph images; text under a scale it fills glyph by glyph as outlines, which in
 * software rendering made text most of the time a frame took at 50 % zoom. The text lands where the scaled text
 * would, in the font's size times the zoom (to a quarter pixel, so that a zoom level keeps its glyph cache).
 */
final class ScreenText {
    private final Affine world = new Affine();
    /**
     * By font name, then by size on the screen in quarter pixels: a name shown at a fixed screen size whatever the
     * zoom (a zoomed-out module's name, a level's tag) keeps one font, not one per zoom level visited.
     */
    private final Map<String, Map<Integer, Font>> sizes = new HashMap<>();

    /** Fills {@code text} at (x, y) in the drawing's coordinates, in the context's font, alignment and fill. */
    void fill(GraphicsContext gc, String text, double x, double y) {
        gc.getTransform(world);
        double scale = world.getMxx();
        if (scale == 1 || world.getMyy() != scale || world.getMxy() != 0 || world.getMyx() != 0) {
            gc.fillText(text, x, y);
            return;
        }
        Font font = gc.getFont();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFont(sized(font, scale));
        gc.fillText(text, x * scale + world.getTx(), y * scale + world.getTy());
        gc.setFont(font);
        gc.setTransform(world);
    }

    /** The font at {@code scale} times its size, rounded to a quarter pixel. */
    Font sized(Font font, double scale) {
        int quarters = (int) Math.max(1, Math.round(font.getSize() * scale * 4));
        return sizes.computeIfAbsent(font.getName(), name -> new HashMap<>())
                .computeIfAbsent(quarters, q -> new Font(font.getName(), q / 4.0));
    }
}
