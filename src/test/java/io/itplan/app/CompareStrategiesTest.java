package io.itplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.format.GraphFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.strategy.CyclePolicy;
import io.itplan.core.strategy.Objective;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * Alternatives are planned side by side, yet each row is its own alternative's outcome, in the alternatives' order:
 * the same metrics and recorded strategy as planning that alternative alone.
 */
class CompareStrategiesTest {
    private final DependencyGraph library = read("resources/examples/library.graph.json");

    private static DependencyGraph read(String file) {
        try {
            return GraphFiles.read(Path.of(file));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachRowIsItsOwnAlternativePlannedAlone() {
        CompareStrategies.Comparison c =
                CompareStrategies.standard().compare(library, CyclePolicy.BREAK, Objective.STUBS);
        List<CompareStrategies.Alternative> expected =
                CompareStrategies.alternatives(CyclePolicy.BREAK, Objective.STUBS);
        assertEquals(
                expected,
                c.rows().stream().map(CompareStrategies.Compared::alternative).toList());
        for (CompareStrategies.Compared row : c.rows()) {
            IntegrationPlan alone =
                    PlanGraph.standard().plan(library, row.alternative().options());
            assertTrue(row.planned(), row.alternative().label());
            assertNull(row.problem());
            assertEquals(alone.metrics(), row.metrics(), row.alternative().label());
            assertEquals(alone.strategy(), row.strategy(), row.alternative().label());
        }
        assertEquals(0, c.failed());
    }

    @Test
    void anInterruptedComparisonStops() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(
                    CancellationException.class,
                    () -> CompareStrategies.standard().compare(library, CyclePolicy.BREAK, Objective.STUBS));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
        }
    }
}
