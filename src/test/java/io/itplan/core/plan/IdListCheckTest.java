package io.itplan.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.itplan.core.format.GraphDigest;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan made here lists each step's stand-ins as numbers into one table of ids, and the checker looks each id of the
 * table up once: a list that picks a wrong id from that table is still refused, as it is when written out in full.
 */
class IdListCheckTest {
    private final DependencyGraph graph = DependencyGraph.builder("g")
            .addModules("a", "b", "c")
            .addDependency("a", "b")
            .addDependency("b", "c")
            .addDependency("a", "c")
            .build();

    @Test
    void aWrongPickFromTheSharedTableIsRefusedLikeAWrongId() {
        IntegrationPlan plan = Planner.standard().plan(graph, PlanOptions.of(StrategyName.TOP_DOWN));
        assertEquals(List.of(), PlanChecker.check(graph, plan, GraphDigest.of(graph)));
        Step first = plan.steps().get(0);
        IdList stubs = assertInstanceOf(IdList.class, first.stubs());
        assertEquals(List.of("stub-b", "stub-c"), stubs);
        // The first step picks the stub of b twice from the same table, instead of those of b and c.
        IdList wrong = new IdList(stubs.table(), new int[] {stubs.pick(0), stubs.pick(0)});
        List<String> written = new ArrayList<>(wrong);

        for (List<String> claimed : List.of(wrong, written)) {
            List<Step> steps = new ArrayList<>(plan.steps());
            steps.set(
                    0,
                    new Step(
                            first.id(),
                            first.name(),
                            first.after(),
                            first.integrate(),
                            claimed,
                            first.drivers(),
                            first.tests(),
                            first.run(),
                            null));
            IntegrationPlan broken = PlanEdits.withSteps(plan, steps);
            assertEquals(
                    List.of("step '" + first.id() + "': stubs lists a stub of 'b' twice"),
                    PlanChecker.check(graph, broken, GraphDigest.of(graph)),
                    claimed.getClass().getSimpleName());
        }
    }
}
