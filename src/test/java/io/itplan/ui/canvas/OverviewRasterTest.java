package io.itplan.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The far-out picture blends colours source-over, premultiplied, exactly as the per-channel rule says. */
class OverviewRasterTest {
    @BeforeContainer
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** A premultiplied colour from an alpha and three channel fractions. */
    private static int colour(int alpha, int r, int g, int b) {
        return alpha << 24 | (r * alpha / 255) << 16 | (g * alpha / 255) << 8 | (b * alpha / 255);
    }

    /** One channel of source-over: the colour's, plus what was there times (1 - alpha), rounded. */
    private static int over(int src, int dst, int shift) {
        int keep = 255 - (src >>> 24);
        return ((src >>> shift) & 255) + (int) Math.round(((dst >>> shift) & 255) * keep / 255.0);
    }

    @Property(tries = 300)
    void layersBlendChannelByChannel(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 255) Integer> alphas,
            @ForAll @IntRange(min = 0, max = 255) int r,
            @ForAll @IntRange(min = 0, max = 255) int g,
            @ForAll @IntRange(min = 0, max = 255) int b) {
        OverviewRaster raster = new OverviewRaster();
        raster.begin(3, 3);
        int expected = 0;
        for (int k = 0; k < alphas.size(); k++) {
            // Each layer a different colour, so that channels mixed up would show.
            int c = colour(alphas.get(k), (r + 40 * k) & 255, (g + 90 * k) & 255, (b + 150 * k) & 255);
            raster.line(1, 1, 1, 1, c);
            expected = over(c, expected, 24) << 24
                    | over(c, expected, 16) << 16
                    | over(c, expected, 8) << 8
                    | over(c, expected, 0);
            assertEquals(Integer.toHexString(expected), Integer.toHexString(raster.pixel(1, 1)));
        }
        assertEquals(0, raster.pixel(0, 0) | raster.pixel(2, 2) | raster.pixel(0, 1) | raster.pixel(1, 0));
    }

    @Test
    void aLineSetsThePixelsBetweenItsEndsAndNoOthers() {
        OverviewRaster raster = new OverviewRaster();
        raster.begin(12, 3);
        int red = colour(255, 255, 0, 0);
        raster.line(2, 1, 9, 1, red);
        for (int x = 0; x < 12; x++) {
            for (int y = 0; y < 3; y++) {
                assertEquals(y == 1 && x >= 2 && x <= 9 ? red : 0, raster.pixel(x, y), x + "," + y);
            }
        }
    }
}
