package io.itplan.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.IntegrationPlan;
import org.junit.jupiter.api.Test;

class AmObjectiveTest {

    /** a <-> b <-> c: breaking a->b costs (A 2, M 9), b->a (9, 1), b->c (3, 3), c->b (5, 1). */
    private static DependencyGraph graph() {
        return DependencyGraph.builder("am")
                .addModule(Module.of("a"))
                .addModule(Module.of("b"))
                .addModule(Module.of("c"))
                .addDependency(new Dependency("a", "b", DependencyKind.USES, 1, 2, 9, null, true))
                .addDependency(new Dependency("b", "a", DependencyKind.USES, 1, 9, 1, null, true))
                .addDependency(new Dependency("b", "c", DependencyKind.USES, 1, 3, 3, null, true))
                .addDependency(new Dependency("c", "b", DependencyKind.USES, 1, 5, 1, null, true))
                .build();
    }

    @Test
    void theLimitOnMethodCouplingPicksThePointOfTheFront() {
        PlanOptions am = PlanOptions.of(StrategyName.BOTTOM_UP).withObjective(Objective.AM);
        IntegrationPlan least = Planner.standard().plan(graph(), am);
        assertEquals(5, least.metrics().attributeCoupling());
        assertEquals(12, least.metrics().methodCoupling());
        IntegrationPlan within = Planner.standard().plan(graph(), am.withMaxMethodCoupling(4L));
        assertTrue(within.metrics().methodCoupling() <= 4);
        assertEquals(12, within.metrics().attributeCoupling());
        assertTrue(within.cycleBreaking().optimal());
        assertThrows(
                IllegalArgumentException.class, () -> Planner.standard().plan(graph(), am.withMaxMethodCoupling(1L)));
    }

    @Test
    void aClassicHeuristicRefusesALimitItCannotKeep() {
        PlanOptions am = PlanOptions.of(StrategyName.BOTTOM_UP)
                .withObjective(Objective.AM)
                .withAlgorithm(CycleAlgorithm.BRIAND);
        assertEquals(
                "briand", Planner.standard().plan(graph(), am).cycleBreaking().algorithm());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Planner.standard().plan(graph(), am.withMaxMethodCoupling(4L)));
        assertTrue(e.getMessage().contains("exact"), e.getMessage());
    }
}
