package io.itplan.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.plan.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of DESIGN §3: the chain A -> B -> C under each strategy. */
class ChainExampleTest {
    private final DependencyGraph chain = DependencyGraph.builder("chain")
            .addModules("A", "B", "C")
            .addDependency("A", "B")
            .addDependency("B", "C")
            .build();

    private IntegrationPlan plan(PlanOptions o) {
        IntegrationPlan p = Planner.standard().plan(chain, o);
        assertEquals(List.of(), PlanChecker.check(chain, p, null));
        return p;
    }

    private static List<List<String>> integrate(IntegrationPlan p) {
        return p.steps().stream().map(Step::integrate).toList();
    }

    private static List<List<String>> forLists(IntegrationPlan p, String role) {
        return p.doubles().stream()
                .filter(d -> d.role().key().equals(role))
                .map(d -> List.of(d.forModules().get(0), d.of()))
                .toList();
    }

    @Test
    void topDownIntegratesFromTheRootAndStubsEachSupplier() {
        IntegrationPlan p = plan(PlanOptions.of(StrategyName.TOP_DOWN));
        assertEquals(List.of(List.of("A"), List.of("B"), List.of("C")), integrate(p));
        assertEquals(List.of(List.of("A", "B"), List.of("B", "C")), forLists(p, "stub"));
        assertEquals(List.of(), forLists(p, "driver"));
        assertEquals(List.of("stub-b"), p.steps().get(0).stubs());
        assertEquals(List.of("stub-c"), p.steps().get(1).stubs());
        assertEquals(2, p.metrics().specificStubs());
        assertEquals(0, p.metrics().specificDrivers());
    }

    @Test
    void bottomUpIntegratesFromTheLeafAndDrivesEachClient() {
        IntegrationPlan p = plan(PlanOptions.of(StrategyName.BOTTOM_UP));
        assertEquals(List.of(List.of("C"), List.of("B"), List.of("A")), integrate(p));
        assertEquals(List.of(List.of("A", "B"), List.of("B", "C")), forLists(p, "driver"));
        assertEquals(List.of(), forLists(p, "stub"));
        assertEquals(2, p.metrics().genericDrivers());
    }

    @Test
    void bigBangNeedsNoStandIns() {
        IntegrationPlan p = plan(PlanOptions.of(StrategyName.BIG_BANG));
        assertEquals(List.of(List.of("A", "B", "C")), integrate(p));
        assertEquals(List.of(), p.doubles());
        assertEquals(2, p.steps().get(0).tests().size());
    }

    @Test
    void sandwichAtDepthOneRunsBothEndsSideBySideThenTheMiddle() {
        IntegrationPlan p = plan(PlanOptions.of(StrategyName.SANDWICH).withTargetDepth(1));
        assertEquals(List.of(List.of("A"), List.of("C"), List.of("B")), integrate(p));
        assertEquals(List.of(), p.steps().get(0).after());
        assertEquals(List.of(), p.steps().get(1).after());
        assertEquals(2, p.steps().get(2).after().size());
        assertEquals(List.of(List.of("A", "B")), forLists(p, "stub"));
        assertEquals(List.of(List.of("B", "C")), forLists(p, "driver"));
        assertEquals(2, p.metrics().width());
        assertEquals(2, p.metrics().depth());
    }
}
