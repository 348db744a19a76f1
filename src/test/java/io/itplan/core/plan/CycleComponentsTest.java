package io.itplan.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itplan.core.RandomGraphs;
import io.itplan.core.RandomGraphs.GraphSpec;
import io.itplan.core.RandomGraphs.Shape;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;

/** The referee's own strongly connected components agree with JGraphT's on random graphs, cycles included. */
class CycleComponentsTest {
    @Provide
    Arbitrary<GraphSpec> graphs() {
        return RandomGraphs.graphs(1, 30, Shape.ANY, Shape.BREAKABLE, Shape.ACYCLIC);
    }

    @Property(tries = 300)
    void twoModulesShareAComponentExactlyWhenJGraphTSaysSo(@ForAll("graphs") GraphSpec spec) {
        DependencyGraph graph = spec.build();
        GraphIndex g = graph.index();
        int[] ours = CycleComponents.of(g);
        List<Set<String>> theirs = new KosarajuStrongConnectivityInspector<>(graph.asGraph()).stronglyConnectedSets();
        Map<String, Integer> reference = new HashMap<>();
        for (int c = 0; c < theirs.size(); c++) {
            for (String id : theirs.get(c)) {
                reference.put(id, c);
            }
        }
        boolean cyclic = theirs.stream().anyMatch(s -> s.size() > 1);
        Statistics.label("has a cycle").collect(cyclic);
        Statistics.label("has a cycle").coverage(c -> c.check(true).percentage(p -> p >= 20));
        for (int a = 0; a < g.size(); a++) {
            for (int b = 0; b < g.size(); b++) {
                assertEquals(
                        reference.get(g.id(a)).equals(reference.get(g.id(b))),
                        ours[a] == ours[b],
                        g.id(a) + " and " + g.id(b));
            }
        }
    }
}
