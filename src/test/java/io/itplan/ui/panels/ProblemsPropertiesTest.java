package io.itplan.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itplan.core.RandomGraphs;
import io.itplan.core.RandomGraphs.GraphSpec;
import io.itplan.core.RandomGraphs.Shape;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.ui.editor.DependencyKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Each cycle problem is about exactly the dependencies among its modules — every kind of a pair, in the graph's
 * order; for a cycle that no stub can break, the pairs that cannot be stubbed — read directly off the graph, on
 * random graphs with several kinds between a pair and unstubbable kinds.
 */
class ProblemsPropertiesTest {
    @Provide
    Arbitrary<GraphSpec> graphs() {
        return RandomGraphs.graphs(2, 25, Shape.ANY, Shape.BREAKABLE);
    }

    @Property(tries = 300)
    void aCycleProblemIsAboutTheDependenciesAmongItsModules(@ForAll("graphs") GraphSpec spec) {
        DependencyGraph graph = spec.build();
        List<Problem> problems = ProblemsViewModel.problemsOf(graph, "g");
        int cycles = 0;
        for (Problem p : problems) {
            boolean unbreakable = p.text().startsWith("Cycle of unstubbable dependencies");
            if (!unbreakable && !p.text().startsWith("Cycle: ")) {
                continue;
            }
            cycles++;
            Set<String> members = new HashSet<>(p.modules());
            List<DependencyKey> expected = new ArrayList<>();
            for (Dependency d : graph.dependencies()) {
                if (members.contains(d.from())
                        && members.contains(d.to())
                        && (!unbreakable || pairUnstubbable(graph, d))) {
                    expected.add(DependencyKey.of(d));
                }
            }
            assertEquals(expected, p.dependencies(), p.text());
        }
        Statistics.label("has a cycle problem").collect(cycles > 0);
        Statistics.label("has a cycle problem").coverage(c -> c.check(true).percentage(pc -> pc >= 30));
    }

    /** Whether some dependency between d's two modules, in d's direction, cannot be stubbed. */
    private static boolean pairUnstubbable(DependencyGraph graph, Dependency d) {
        return graph.dependencies().stream()
                .anyMatch(o -> o.from().equals(d.from()) && o.to().equals(d.to()) && !o.stubbable());
    }
}
