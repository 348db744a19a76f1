package io.itplan.core.format;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import org.junit.jupiter.api.Test;

/**
 * A graph file without modules is accepted (a tester may start from one), but a plan needs at least one
 * step, so planning it is refused with one clear message rather than writing a plan no reader accepts.
 */
class EmptyGraphPlanFileTest {

    @Test
    void planningAGraphWithoutModulesIsRefusedWithAClearMessage() throws Exception {
        DependencyGraph empty = GraphFiles.parse(
                "{\"format\": \"itplan.graph/1\", \"name\": \"blank\", " + "\"modules\": [], \"dependencies\": []}",
                "empty.graph.json");
        for (StrategyName s : StrategyName.values()) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class, () -> Planner.standard().plan(empty, PlanOptions.of(s)));
            assertTrue(e.getMessage().contains("the graph has no modules"), e.getMessage());
        }
    }
}
