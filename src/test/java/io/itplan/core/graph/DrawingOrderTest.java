package io.itplan.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itplan.core.format.GraphDigest;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.PlanFiles;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §4: the same graph gives the same plan, byte for byte, whatever order it was drawn in; and
 * DependencyGraph promises that graphs with the same content are equal and written to identical files,
 * also when same-kind duplicates are merged.
 */
class DrawingOrderTest {

    private static Dependency uses(double weight, String label) {
        return new Dependency("a", "b", DependencyKind.USES, weight, 0, 0, label, true);
    }

    @Test
    void mergedDuplicateWeightsDoNotDependOnDrawingOrder() {
        DependencyGraph one = DependencyGraph.builder("g")
                .addModules("a", "b")
                .addDependency(uses(0.1, null))
                .addDependency(uses(0.2, null))
                .addDependency(uses(0.7, null))
                .build();
        DependencyGraph other = DependencyGraph.builder("g")
                .addModules("a", "b")
                .addDependency(uses(0.7, null))
                .addDependency(uses(0.2, null))
                .addDependency(uses(0.1, null))
                .build();
        assertEquals(
                one.dependencies().get(0).weight(), other.dependencies().get(0).weight());
        assertEquals(GraphDigest.of(one), GraphDigest.of(other));
        PlanOptions o = PlanOptions.of(StrategyName.TOP_DOWN);
        assertEquals(
                PlanFiles.toJson(Planner.standard().plan(one, o)),
                PlanFiles.toJson(Planner.standard().plan(other, o)));
    }

    @Test
    void mergedDuplicateLabelsDoNotDependOnDrawingOrder() {
        DependencyGraph one = DependencyGraph.builder("g")
                .addModules("a", "b")
                .addDependency(uses(1, "x"))
                .addDependency(uses(1, "y"))
                .build();
        DependencyGraph other = DependencyGraph.builder("g")
                .addModules("a", "b")
                .addDependency(uses(1, "y"))
                .addDependency(uses(1, "x"))
                .build();
        assertEquals(one, other);
        assertEquals(GraphFiles.toJson(one), GraphFiles.toJson(other));
    }
}
