package io.itplan.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.BrokenCost;
import io.itplan.core.plan.CycleBreaking;
import io.itplan.core.plan.DependencyRef;
import io.itplan.core.strategy.Objective;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The objective's value of a broken set, and how the plan panel sums it up. */
class BrokenSummaryTest {
    private final DependencyGraph graph = CouplingGraphs.overlapping();
    private final List<DependencyRef> broken = List.of(new DependencyRef("a", "b"), new DependencyRef("d", "c"));

    @Test
    void sumsTheBrokenLinksUnderEveryObjective() {
        BrokenCost c = BrokenCost.of(graph.index(), broken);
        assertEquals(new BrokenCost(2, 2, c.ocplx(), 7, 6), c);
        double expected =
                Math.sqrt(0.5 * 1 + 0.5 * (1 / 6.0) * (1 / 6.0)) + Math.sqrt(0.5 / 36 + 0.5 * (5 / 6.0) * (5 / 6.0));
        assertEquals(expected, c.value(Objective.OCPLX.key()), 1e-12);
        assertEquals(2, c.value(Objective.STUBS.key()));
        assertEquals(7, c.value(Objective.AM.key()));
        assertEquals(
                0,
                BrokenCost.of(graph.index(), List.of(new DependencyRef("a", "zz")))
                        .count(),
                "a dependency the graph lacks counts nothing");
    }

    @Test
    void theSummaryGivesTheGapWhenNotProvenAndNamesAHeuristic() {
        assertEquals(
                "2 dependencies broken (stubs, proven optimal): a -> b, d -> c",
                BrokenSummary.summary(new CycleBreaking("break", "stubs", broken, true, 2), graph));
        assertEquals(
                "2 dependencies broken (A 7, M 6) · lower bound 6 · gap 14.3 %: a -> b, d -> c",
                BrokenSummary.summary(new CycleBreaking("break", "am", broken, false, 6), graph));
        assertEquals(
                "2 dependencies broken (stubs) · no lower bound · Briand, Labiche & Wang 2003: a -> b, d -> c",
                BrokenSummary.summary(new CycleBreaking("break", "stubs", broken, false, 0, "briand"), graph));
        assertEquals(
                "2 dependencies broken (stub cost 2) · lower bound 1.5 · gap 25.0 %: a -> b, d -> c",
                BrokenSummary.summary(new CycleBreaking("break", "cost", broken, false, 1.5), graph));
    }
}
