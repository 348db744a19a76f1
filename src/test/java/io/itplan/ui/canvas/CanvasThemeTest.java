package io.itplan.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.StepView;
import io.itplan.ui.canvas.Palette.Token;
import java.util.Map;
import java.util.Set;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The canvas takes its colours from the theme, step painting and tags included, and reads in both themes. */
class CanvasThemeTest extends CanvasFixture {
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private Color pixel(double x, double y) {
        WritableImage[] shot = new WritableImage[1];
        fx(() -> shot[0] = canvas.snapshot(null, null));
        return shot[0].getPixelReader().getColor((int) x, (int) y);
    }

    @Test
    void switchingToTheDarkThemeRepaintsTheCanvasAndItsStepColours() throws Exception {
        show(DependencyGraph.builder("g")
                .addModule(at("web", 0, 0))
                .addModule(at("db", 0, 200))
                .addDependency("web", "db")
                .build());
        fx(() -> canvas.planPaintProperty()
                .set(new PlanPaint(
                        new StepView("s", Set.of(), Set.of("web"), Map.of("db", Set.of("web")), Map.of(), Set.of()),
                        null,
                        "depth",
                        null,
                        Set.of())));
        assertEquals(Color.web("#f7f8fa"), canvas.palette().get(Token.BACKGROUND));
        Color lightCorner = pixel(3, 3);
        fx(() -> theme("dark.css"));
        assertEquals(Color.web("#1b1d22"), canvas.palette().get(Token.BACKGROUND));
        assertEquals(Color.web("#ffa94d"), canvas.palette().get(Token.STUB));
        assertEquals(Color.web("#69db7c"), canvas.palette().get(Token.STEP_NEW));
        Color darkCorner = pixel(3, 3);
        assertTrue(luminance(darkCorner) < 0.05 && luminance(lightCorner) > 0.8, lightCorner + " then " + darkCorner);
    }

    @Test
    void tagTextReadsOnEveryTagColourInBothThemes() throws Exception {
        show(DependencyGraph.builder("g").addModule(at("web", 0, 0)).build());
        for (String css : new String[] {"light.css", "dark.css"}) {
            fx(() -> theme(css));
            for (Token t : new Token[] {Token.STUB, Token.DRIVER, Token.STEP_NEW}) {
                Color fill = canvas.palette().get(t);
                double c = contrast(fill, StepPainter.readableOn(fill));
                assertTrue(c >= 4.5, css + " " + t + ": contrast " + c);
            }
        }
    }
}
