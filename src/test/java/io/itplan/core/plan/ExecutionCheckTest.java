package io.itplan.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.format.GraphDigest;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings a plan file can hold but no process can run with are refused by the checker, one line each. */
class ExecutionCheckTest {
    private final DependencyGraph graph = DependencyGraph.builder("g")
            .addModules("a", "b")
            .addDependency("a", "b")
            .command("test", List.of("true"))
            .build();

    private List<String> problems(Execution defaults, Execution own) {
        IntegrationPlan p = Planner.standard().plan(graph, PlanOptions.of(StrategyName.TOP_DOWN));
        Step s = p.steps().get(0);
        Step changed =
                new Step(s.id(), s.name(), s.after(), s.integrate(), s.stubs(), s.drivers(), s.tests(), s.run(), own);
        List<Step> steps = new java.util.ArrayList<>(p.steps());
        steps.set(0, changed);
        IntegrationPlan q = new IntegrationPlan(
                p.graph(), p.strategy(), p.metrics(), p.cycleBreaking(), p.maxParallel(), defaults, p.doubles(), steps);
        return PlanChecker.check(graph, q, GraphDigest.of(graph));
    }

    @Test
    void aSoundPlanHasNoProblem() {
        assertEquals(List.of(), problems(Execution.DEFAULTS, new Execution(Map.of("X", "1"), "sub", "PT1.5S", "stop")));
    }

    @Test
    void timeoutsThatOverflowOrAreZeroAreRefused() {
        for (String t : List.of("PT999999999999999999H", "PT0S", "P999D")) {
            List<String> p = problems(new Execution(Map.of(), ".", t, "stop"), null);
            assertEquals(1, p.size(), p.toString());
            assertTrue(p.get(0).startsWith("defaults.timeout: '" + t + "'"), p.get(0));
        }
    }

    @Test
    void environmentNamesAndValuesNoProcessCanCarryAreRefused() {
        for (Map<String, String> env :
                List.of(Map.of("A=B", "x"), Map.of("", "x"), Map.of("A", "x\0y"), Map.of("N\0", "x"))) {
            List<String> p = problems(Execution.DEFAULTS, new Execution(env, null, null, null));
            assertEquals(1, p.size(), p.toString());
            assertTrue(p.get(0).startsWith("step '"), p.get(0));
            assertTrue(p.get(0).contains("execution.env"), p.get(0));
        }
    }

    @Test
    void aWorkingDirectoryWithNulIsRefused() {
        List<String> p = problems(new Execution(Map.of(), "a\0b", "PT1M", "stop"), null);
        assertEquals(List.of("defaults.workingDirectory: holds a NUL character"), p);
    }
}
