package io.itplan.app.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows by height put every leaf in the bottom row, as bottom-up integration counts levels. */
class LayeredLayoutHeightTest {
    @Test
    void byHeightEveryLeafSitsInTheBottomRow() {
        DependencyGraph g = DependencyGraph.builder("g")
                .addModules("a", "b", "c", "leaf")
                .addDependency("a", "b")
                .addDependency("b", "c")
                .addDependency("a", "leaf")
                .build();
        Map<String, LayeredLayout.Position> byDepth = LayeredLayout.layout(g, m -> 100, 40, false, () -> false);
        Map<String, LayeredLayout.Position> byHeight = LayeredLayout.layout(g, m -> 100, 40, true, () -> false);
        assertEquals(byHeight.get("c").y(), byHeight.get("leaf").y(), "both leaves at height 0");
        assertTrue(byDepth.get("leaf").y() < byDepth.get("c").y(), "by depth the leaf sits at depth 1");
    }
}
