package io.itplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itplan.app.Planning;
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
    /** Columns shown, and whether more is better. */
    static final String[] COLUMNS = {
        "steps",
        "depth",
        "width",
        "specificStubs",
        "genericStubs",
        "stubCost",
        "attributeCoupling",
        "methodCoupling",
        "ocplx",
        "specificDrivers",
        "genericDrivers"
    };

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

    /**
     * More steps isolate faults better and more width runs more at once; everything else is a cost.
     */
    static boolean moreIsBetter(String column) {
        return column.equals("steps") || column.equals("width");
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DependencyGraph graph = GraphFiles.read(graphFile);
        List<Planning.Compared> rows =
                Planning.standard().compare(graph, CyclePolicy.fromKey(cycles), Objective.fromKey(objective));
        if (rows.stream().allMatch(r -> r.plan() == null)) {
            throw new io.itplan.core.format.InputException(
                    graphFile.toString(), rows.get(0).problem());
        }
        double[] best = new double[COLUMNS.length];
        for (int c = 0; c < COLUMNS.length; c++) {
            best[c] = moreIsBetter(COLUMNS[c]) ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (Planning.Compared r : rows) {
                if (r.plan() == null) {
                    continue;
                }
                double v = r.plan().metrics().value(COLUMNS[c]).doubleValue();
                best[c] = moreIsBetter(COLUMNS[c]) ? Math.max(best[c], v) : Math.min(best[c], v);
            }
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode();
            root.put("graph", graph.name());
            ArrayNode arr = root.putArray("strategies");
            for (Planning.Compared r : rows) {
                ObjectNode o = arr.addObject();
                o.put("label", r.alternative().label());
                if (r.plan() == null) {
                    o.put("strategy", r.alternative().options().strategy().key());
                    o.put("problem", r.problem());
                    continue;
                }
                o.put("strategy", r.plan().strategy().name());
                ObjectNode opts = o.putObject("options");
                r.plan().strategy().options().forEach((k, v) -> opts.set(k, mapper.valueToTree(v)));
                ObjectNode m = o.putObject("metrics");
                for (String k : Metrics.KEYS) {
                    m.set(k, mapper.valueToTree(r.plan().metrics().value(k)));
                }
                ArrayNode bestIn = o.putArray("best");
                for (int c = 0; c < COLUMNS.length; c++) {
                    if (r.plan().metrics().value(COLUMNS[c]).doubleValue() == best[c]) {
                        bestIn.add(COLUMNS[c]);
                    }
                }
            }
            out.println(mapper.writeValueAsString(root));
            return Itplan.OK;
        }
        String[] header = new String[COLUMNS.length + 1];
        header[0] = "strategy";
        System.arraycopy(COLUMNS, 0, header, 1, COLUMNS.length);
        int[] numericCols = new int[COLUMNS.length];
        for (int c = 0; c < COLUMNS.length; c++) {
            numericCols[c] = c + 1;
        }
        Tables t = new Tables(header).numeric(numericCols);
        List<String> problems = new ArrayList<>();
        for (Planning.Compared r : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(r.alternative().label());
            if (r.plan() == null) {
                for (int c = 0; c < COLUMNS.length; c++) {
                    cells.add("-");
                }
                t.add(cells.toArray(String[]::new));
                problems.add(r.alternative().label() + ": " + Text.oneLine(r.problem()));
                continue;
            }
            for (int c = 0; c < COLUMNS.length; c++) {
                Number v = r.plan().metrics().value(COLUMNS[c]);
                cells.add((v.doubleValue() == best[c] ? "*" : "") + Tables.number(v));
            }
            t.add(cells.toArray(String[]::new));
        }
        out.println("Strategies for '" + Text.oneLine(graph.name()) + "' (cycles: " + cycles + ", objective: "
                + objective + ")");
        t.print(out);
        out.println("* best in the column: most steps (finer fault isolation), least depth, most width, "
                + "fewest stand-ins and least coupling");
        problems.forEach(p -> out.println("cannot plan " + p));
        return Itplan.OK;
    }
}
