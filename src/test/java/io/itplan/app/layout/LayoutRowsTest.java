package io.itplan.app.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.DependencyRef;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayoutRowsTest {
    /**
     * With no plan, the layout breaks cycles itself; it must not draw many more dependencies upward than a plan
     * breaks, since each one is a long edge for ELK to route (a drawing of 2,000 modules took over half as long
     * again when the layout cut 551 dependencies where the plan cut 13).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void ownCycleBreakingDrawsNoMoreDependenciesUpwardThanAPlanBreaks(long seed) {
        DependencyGraph graph = RandomGraphs.random(600, 1800, 40, seed, false);
        int planBroke = Planner.standard()
                .plan(graph, PlanOptions.of(StrategyName.BOTTOM_UP))
                .cycleBreaking()
                .brokenDependencies()
                .size();
        Map<String, Integer> rows = LayoutRows.of(graph, null, false);
        long upward = graph.dependencies().stream()
                .filter(d -> !d.from().equals(d.to()))
                .filter(d -> rows.get(d.from()) >= rows.get(d.to()))
                .map(d -> new DependencyRef(d.from(), d.to()))
                .distinct()
                .count();
        assertTrue(planBroke > 0, "the graph has cycles to break");
        assertTrue(upward <= planBroke, upward + " dependencies drawn upward where a plan breaks " + planBroke);
    }

    /**
     * A cycle that no stub can break still gets rows, one of its dependencies drawn upward; where a cycle can be
     * broken by a stub, the stubbable dependency is the one drawn upward, as a plan would break it.
     */
    @Test
    void unbreakableCyclesGetRowsAndStubbableDependenciesAreCutFirst() {
        DependencyGraph.Builder b = DependencyGraph.builder("cycles");
        for (String id : new String[] {"a", "b", "c", "d", "e"}) {
            b.addModule(Module.of(id));
        }
        b.addDependency(Dependency.of("a", "b", DependencyKind.INHERITANCE));
        b.addDependency(Dependency.of("b", "c", DependencyKind.INHERITANCE));
        b.addDependency(Dependency.of("c", "a", DependencyKind.INHERITANCE));
        b.addDependency(Dependency.of("d", "e", DependencyKind.USES));
        b.addDependency(Dependency.of("e", "d", DependencyKind.INHERITANCE));
        DependencyGraph graph = b.build();
        Map<String, Integer> rows = LayoutRows.of(graph, null, false);
        List<String> upward = graph.dependencies().stream()
                .filter(d -> rows.get(d.from()) >= rows.get(d.to()))
                .map(d -> d.from() + "->" + d.to())
                .sorted()
                .toList();
        assertEquals(2, upward.size(), "upward: " + upward);
        assertTrue(upward.contains("d->e"), "upward: " + upward);
        assertTrue(upward.stream().anyMatch(u -> List.of("a->b", "b->c", "c->a").contains(u)), "upward: " + upward);
    }
}
