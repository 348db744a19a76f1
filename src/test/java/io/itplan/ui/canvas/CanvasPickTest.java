package io.itplan.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.ui.editor.DependencyKey;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

/** A click near a dependency's line picks it, as near in pixels at every zoom. */
class CanvasPickTest extends CanvasFixture {
    @Test
    void aClickFifteenPixelsFromALinePicksItAtEveryZoom() throws Exception {
        show(DependencyGraph.builder("g")
                .addModule(at("a", 0, 0))
                .addModule(at("b", 0, 400))
                .addDependency("a", "b", DependencyKind.CALL)
                .build());
        DependencyKey key = new DependencyKey("a", "b", DependencyKind.CALL);
        for (double zoom : new double[] {0.5, 1, 2}) {
            fx(() -> {
                canvas.actualSize();
                canvas.zoomAt(zoom, canvas.getWidth() / 2, canvas.getHeight() / 2);
                canvas.centerOn("a");
                canvas.panBy(0, -150 * zoom);
            });
            List<Point2D> line = canvas.routeOf(key);
            Point2D mid = line.get(0).midpoint(line.get(line.size() - 1));
            fx(selection::clear);
            clickOn(screen(mid.add(15, 0)));
            assertEquals(Set.of(key), selection.dependencies(), "15 px to the right at zoom " + zoom);
            fx(selection::clear);
            clickOn(screen(mid.add(-15, 0)));
            assertEquals(Set.of(key), selection.dependencies(), "15 px to the left at zoom " + zoom);
            clickOn(screen(mid.add(60, 0)));
            assertTrue(selection.dependencies().isEmpty(), "60 px away is empty space at zoom " + zoom);
        }
    }
}
