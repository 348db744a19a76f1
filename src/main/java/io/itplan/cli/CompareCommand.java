package io.itplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itplan.app.CompareStrategies;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.Metrics;
import io.itplan.core.strategy.CyclePolicy;
import io.itplan.core.strategy.Objective;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itplan compare GRAPH}: every strategy's metrics side by side, the best per column marked. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Compare every strategy (and granularity) on a graph; '*' marks the best per column.")
final class CompareCommand implements Callable<Integer> {
    /** Columns shown. */
    static final List<String> COLUMNS = CompareStrategies.METRICS;

    @Parameters(index = "0", paramLabel = "GRAPH", description = "The graph file (*.graph.json).")
    Path graphFile;

    @Option(names = "--cycles", paramLabel = "POLICY", defaultValue = "break", description = "break or cluster.")
    String cycles;

    @Option(names = "--objective", paramLabel = "OBJ", defaultValue = "stubs", description = "stubs, cost or ocplx.")
    String objective;

    @Option(names = "--json", description = "Print JSON for machines instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DependencyGraph graph = GraphFiles.read(graphFile);
        CompareStrategies.Comparison comparison =
                CompareStrategies.standard().compare(graph, CyclePolicy.fromKey(cycles), Objective.fromKey(objective));
        List<CompareStrategies.Compared> rows = comparison.rows();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode();
            root.put("graph", graph.name());
            ArrayNode arr = root.putArray("strategies");
            for (CompareStrategies.Compared r : rows) {
                ObjectNode o = arr.addObject();
                o.put("label", r.alternative().label());
                if (!r.planned()) {
                    o.put("strategy", r.alternative().options().strategy().key());
                    o.put("problem", r.problem());
                    continue;
                }
                o.put("strategy", r.strategy().name());
                ObjectNode opts = o.putObject("options");
                r.strategy().options().forEach((k, v) -> opts.set(k, mapper.valueToTree(v)));
                ObjectNode m = o.putObject("metrics");
                for (String k : Metrics.KEYS) {
                    m.set(k, mapper.valueToTree(r.metrics().value(k)));
                }
                ArrayNode bestIn = o.putArray("best");
                COLUMNS.stream().filter(c -> comparison.isBest(r, c)).forEach(bestIn::add);
            }
            out.println(mapper.writeValueAsString(root));
            return comparison.failed() == 0 ? Itplan.OK : Itplan.FAILED;
        }
        String[] header = new String[COLUMNS.size() + 1];
        header[0] = "strategy";
        for (int c = 0; c < COLUMNS.size(); c++) {
            header[c + 1] = COLUMNS.get(c);
        }
        int[] numericCols = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            numericCols[c] = c + 1;
        }
        Tables t = new Tables(header).numeric(numericCols);
        List<String> problems = new ArrayList<>();
        for (CompareStrategies.Compared r : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(r.alternative().label());
            if (!r.planned()) {
                for (int c = 0; c < COLUMNS.size(); c++) {
                    cells.add("-");
                }
                t.add(cells.toArray(String[]::new));
                problems.add(r.alternative().label() + ": " + Text.oneLine(r.problem()));
                continue;
            }
            for (String c : COLUMNS) {
                cells.add((comparison.isBest(r, c) ? "*" : "")
                        + Tables.number(r.metrics().value(c)));
            }
            t.add(cells.toArray(String[]::new));
        }
        out.println("Strategies for '" + Text.oneLine(graph.name()) + "' (cycles: " + cycles + ", objective: "
                + objective + ")");
        t.print(out);
        out.println("* best in the column: most steps (finer fault isolation), least depth, most width, "
                + "fewest stand-ins and least coupling");
        problems.forEach(p -> out.println("cannot plan " + p));
        return problems.isEmpty() ? Itplan.OK : Itplan.FAILED;
    }
}
