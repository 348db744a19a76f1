package io.itplan.bench;

import io.itplan.core.format.GraphFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.ui.panels.ProblemsViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The problems panel's work when a graph is opened or edited — linting it and tying each finding to the graph's
 * dependencies — which runs on the JavaFX thread. For each graph file given: the median of five runs after one
 * warm-up. Run with {@code mvn -q -DskipTests package && java -cp target/itplan.jar:target/test-classes
 * io.itplan.bench.ProblemsBenchmark GRAPH...} (graphs from {@code ../shared/bench/gen.py}).
 */
public final class ProblemsBenchmark {
    private ProblemsBenchmark() {}

    public static void main(String[] args) throws Exception {
        for (String file : args) {
            DependencyGraph g = GraphFiles.read(Path.of(file));
            int findings = ProblemsViewModel.problemsOf(g, "bench").size();
            List<Double> ms = new ArrayList<>();
            for (int run = 0; run < 5; run++) {
                long t0 = System.nanoTime();
                ProblemsViewModel.problemsOf(g, "bench");
                ms.add((System.nanoTime() - t0) / 1e6);
            }
            Collections.sort(ms);
            System.out.printf(
                    Locale.ROOT,
                    "%s: %,d modules, %,d dependencies, %,d problems: %.0f ms (median of 5)%n",
                    Path.of(file).getFileName(),
                    g.modules().size(),
                    g.dependencies().size(),
                    findings,
                    ms.get(2));
        }
    }
}
