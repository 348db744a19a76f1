package io.itplan.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itplan.core.format.GraphDigest;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes whose plans have as many steps as modules: planning and checking them must need memory that grows with the
 * modules, not with their square, so they fit the test JVM's heap (1 GB) where tables of steps by steps would need
 * several gigabytes.
 */
class LargeShapesTest {
    private static DependencyGraph chain(int n) {
        DependencyGraph.Builder b = DependencyGraph.builder("chain");
        for (int i = 0; i < n; i++) {
            b.addModule(Module.of(String.format("m%06d", i)));
        }
        for (int i = 0; i + 1 < n; i++) {
            b.addDependency(String.format("m%06d", i), String.format("m%06d", i + 1));
        }
        return b.build();
    }

    @Test
    void aChainOfAHundredThousandModulesIsPlannedAndCheckedByLevel() {
        DependencyGraph g = chain(100_000);
        IntegrationPlan plan = Planner.standard().plan(g, PlanOptions.of(StrategyName.BOTTOM_UP));
        assertEquals(100_000, plan.steps().size());
        assertEquals(99_999, plan.metrics().specificDrivers());
        assertEquals(List.of(), PlanChecker.check(g, plan, GraphDigest.of(g)));
    }
}
