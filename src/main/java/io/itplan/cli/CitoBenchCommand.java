package io.itplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itplan.core.cycles.CouplingFront;
import io.itplan.core.cycles.UnbreakableCycleException;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.importer.CitoDrlImporter;
import io.itplan.core.importer.CitoUfprImporter;
import io.itplan.core.plan.BrokenCost;
import io.itplan.core.plan.CycleBreaking;
import io.itplan.core.strategy.CycleAlgorithm;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itplan cito-bench DIR_OR_FILE...}: cycle breaking on class-integration-test-order research data, every
 * algorithm side by side: itplan's exact solver (fewest stubs, least OCplx, the exact (A, M) front) and the
 * classic heuristics of Tai &amp; Daniels, Le Traon et al. and Briand et al.
 */
@Command(
        name = "cito-bench",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark cycle breaking on CITO research data: for each system, itplan's exact solver "
                    + "(objectives stubs and ocplx, and the exact (A, M) front) and the classic heuristics tai-daniels, "
                    + "le-traon and briand (objective stubs; they ignore costs), each planned bottom-up so that the "
                    + "stubs are the broken dependencies.",
            "Stubs, A, M and OCplx are those of the broken dependencies; bound is the proven lower bound of the "
                    + "objective (the heuristics prove none). Times are wall-clock milliseconds of a fresh planner "
                    + "each, measured after a warm-up run of the first system so that they are not dominated by the "
                    + "JIT compiler."
        })
final class CitoBenchCommand implements Callable<Integer> {
    private static final String DRL = "drl_cito";
    private static final String UFPR = "ufpr";
    private static final List<CycleAlgorithm> HEURISTICS =
            List.of(CycleAlgorithm.TAI_DANIELS, CycleAlgorithm.LE_TRAON, CycleAlgorithm.BRIAND);
    /** The objective of the front row. */
    static final String FRONT = "am-front";

    @Parameters(
            arity = "1..*",
            paramLabel = "DIR_OR_FILE",
            description = "A system folder (holding drl_cito/ and/or ufpr/*.txt), a drl_cito folder, a UFPR .txt "
                    + "file, or a folder of such system folders (each one benched, by name).")
    List<Path> inputs;

    @Option(names = "--json", description = "Print JSON for machines instead of a table: one object per row.")
    boolean json;

    @Mixin
    CycleBudgetOption cycleBudget = new CycleBudgetOption();

    @Spec
    CommandSpec spec;

    /** Where a data set is: a DRL_CITO folder or a UFPR file, and the system folder it is in, or null. */
    record Location(Path system, Path data) {}

    /** One data set: a DRL_CITO folder or a UFPR file, and its graph. */
    record Source(String system, String source, Path path, DependencyGraph graph) {}

    /**
     * One measurement: a plan's cycle breaking ({@code coupling} set), or the (A, M) front ({@code front} set).
     *
     * @param optimal    proven optimal (for the front: exact)
     * @param lowerBound of the objective (for the front: of A)
     */
    record Row(
            Source source,
            CycleAlgorithm algorithm,
            String objective,
            BrokenCost coupling,
            boolean optimal,
            double lowerBound,
            double gap,
            double ms,
            CouplingFront.Front front) {}

    @Override
    public Integer call() throws Exception {
        Duration budget = cycleBudget.duration();
        List<Source> sources = new ArrayList<>();
        for (Path p : inputs) {
            for (Location l : expand(p)) {
                sources.add(read(l));
            }
        }
        bench(sources.get(0), budget);
        List<Row> rows = new ArrayList<>();
        for (Source s : sources) {
            rows.addAll(bench(s, budget));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, rows, budget);
        } else {
            printTable(out, rows, budget);
        }
        return Itplan.OK;
    }

    /**
     * The data sets an argument names, systems by name.
     *
     * @throws InputException when it names none
     */
    static List<Location> expand(Path arg) throws InputException {
        if (Files.isRegularFile(arg)) {
            return List.of(new Location(null, arg));
        }
        if (!Files.isDirectory(arg)) {
            throw new InputException(arg.toString(), "not found");
        }
        String name = fileName(arg);
        if (name.equals(DRL) || Files.isRegularFile(arg.resolve("CId_Name.csv"))) {
            return List.of(new Location(null, arg));
        }
        List<Location> own = system(arg);
        if (!own.isEmpty()) {
            return own;
        }
        List<Location> all = new ArrayList<>();
        for (Path sub : list(arg, Files::isDirectory)) {
            all.addAll(system(sub));
        }
        if (all.isEmpty()) {
            throw new InputException(
                    arg.toString(),
                    "no CITO data here: expected a drl_cito folder, ufpr/*.txt "
                            + "files, or folders of systems holding them");
        }
        return all;
    }

    /** The data sets of one system folder: its drl_cito folder, then its UFPR files by name. */
    private static List<Location> system(Path dir) throws InputException {
        List<Location> out = new ArrayList<>();
        if (Files.isDirectory(dir.resolve(DRL))) {
            out.add(new Location(dir, dir.resolve(DRL)));
        }
        if (Files.isDirectory(dir.resolve(UFPR))) {
            for (Path f : list(
                    dir.resolve(UFPR),
                    p -> Files.isRegularFile(p) && fileName(p).endsWith(".txt"))) {
                out.add(new Location(dir, f));
            }
        }
        return out;
    }

    private static List<Path> list(Path dir, java.util.function.Predicate<Path> filter) throws InputException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(filter)
                    .sorted(Comparator.comparing(
                            CitoBenchCommand::fileName,
                            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())))
                    .toList();
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot be listed: " + e.getMessage());
        }
    }

    private static String fileName(Path p) {
        Path f = p.toAbsolutePath().normalize().getFileName();
        return f == null ? p.toString() : f.toString();
    }

    /** Imports one data set; the system is named after its folder (or a lone file's name). */
    static Source read(Location location) throws InputException {
        Path systemDir = location.system();
        Path path = location.data();
        boolean drl = Files.isDirectory(path);
        DependencyGraph graph = drl ? CitoDrlImporter.read(path) : CitoUfprImporter.read(path);
        String system;
        if (systemDir != null) {
            system = fileName(systemDir);
        } else if (drl) {
            system = graph.name();
        } else {
            Path parent = path.toAbsolutePath().normalize().getParent();
            system = parent != null && fileName(parent).equals(UFPR) && parent.getParent() != null
                    ? fileName(parent.getParent())
                    : graph.name();
        }
        graph.index();
        return new Source(system, drl ? DRL : fileName(path), path, graph);
    }

    /** Every measurement of one data set, each with a fresh planner so that nothing is remembered. */
    static List<Row> bench(Source s, Duration budget) throws InputException {
        try {
            List<Row> rows = new ArrayList<>();
            rows.add(plan(s, CycleAlgorithm.EXACT, Objective.STUBS, budget));
            rows.add(plan(s, CycleAlgorithm.EXACT, Objective.OCPLX, budget));
            for (CycleAlgorithm a : HEURISTICS) {
                rows.add(plan(s, a, Objective.STUBS, budget));
            }
            long t0 = System.nanoTime();
            CouplingFront.Front front = Planner.standard().front(s.graph(), budget);
            double ms = (System.nanoTime() - t0) / 1e6;
            rows.add(new Row(
                    s, CycleAlgorithm.EXACT, FRONT, null, front.exact(), front.attributeLowerBound(), 0, ms, front));
            return rows;
        } catch (UnbreakableCycleException | IllegalArgumentException e) {
            throw new InputException(s.path().toString(), e.getMessage());
        }
    }

    private static Row plan(Source s, CycleAlgorithm algorithm, Objective objective, Duration budget) {
        PlanOptions options = PlanOptions.of(StrategyName.BOTTOM_UP)
                .withAlgorithm(algorithm)
                .withObjective(objective)
                .withCycleBudget(budget);
        long t0 = System.nanoTime();
        CycleBreaking cb = Planner.standard().plan(s.graph(), options).cycleBreaking();
        double ms = (System.nanoTime() - t0) / 1e6;
        return new Row(
                s,
                algorithm,
                objective.key(),
                BrokenCost.of(s.graph().index(), cb.brokenDependencies()),
                cb.optimal(),
                cb.lowerBound(),
                cb.gap(CycleSummary.cost(s.graph().index(), cb)),
                ms,
                null);
    }

    private static String ms(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }

    private void printTable(PrintWriter out, List<Row> rows, Duration budget) {
        out.println("Cycle breaking, planned bottom-up (stubs = broken dependencies), "
                + (budget == null ? "default amount of work" : "cycle budget " + budget.toMillis() / 1000.0 + " s")
                + ", times after a warm-up");
        Tables t = new Tables(
                        "system",
                        "source",
                        "algorithm",
                        "objective",
                        "stubs",
                        "A",
                        "M",
                        "OCplx",
                        "optimal",
                        "bound",
                        "gap",
                        "ms",
                        "front")
                .numeric(4, 5, 6, 7, 9, 10, 11);
        for (Row r : rows) {
            Source s = r.source();
            BrokenCost c = r.coupling();
            CouplingFront.Front f = r.front();
            List<CouplingFront.Point> pts = f == null ? List.of() : f.points();
            t.add(
                    Text.cell(s.system(), 30),
                    Text.cell(s.source(), 40),
                    r.algorithm().key(),
                    r.objective(),
                    c == null ? "-" : String.valueOf(c.count()),
                    c == null ? "-" : String.valueOf(c.attributes()),
                    c == null ? "-" : String.valueOf(c.methods()),
                    c == null ? "-" : Tables.number(c.ocplx()),
                    r.optimal() ? "yes" : "no",
                    Tables.number(r.lowerBound()),
                    c == null ? "-" : CycleSummary.percent(r.gap()),
                    ms(r.ms()),
                    f == null
                            ? ""
                            : pts.size()
                                    + (pts.size() == 1 ? " point " : " points ")
                                    + CycleSummary.point(pts.get(0))
                                    + (pts.size() == 1 ? "" : " .. " + CycleSummary.point(pts.get(pts.size() - 1)))
                                    + (f.exact() ? "" : ", approximate"));
        }
        t.print(out);
        out.println("A, M: attribute and method coupling; bound: proven lower bound of the objective (the heuristics "
                + "prove none); gap: (value - bound) / value; " + FRONT
                + ": the Pareto front of (A, M), least A first");
    }

    private static void printJson(PrintWriter out, List<Row> rows, Duration budget) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        if (budget == null) {
            root.putNull("cycleBudgetSeconds");
        } else {
            root.put("cycleBudgetSeconds", budget.toMillis() / 1000.0);
        }
        ArrayNode arr = root.putArray("rows");
        for (Row r : rows) {
            ObjectNode o = arr.addObject();
            o.put("system", r.source().system());
            o.put("source", r.source().source());
            o.put("path", r.source().path().toString());
            o.put("modules", r.source().graph().modules().size());
            o.put("dependencies", r.source().graph().dependencies().size());
            o.put("algorithm", r.algorithm().key());
            o.put("algorithmTitle", r.algorithm().title());
            o.put("objective", r.objective());
            BrokenCost c = r.coupling();
            if (c != null) {
                o.put("stubs", c.count());
                o.put("attributeCoupling", c.attributes());
                o.put("methodCoupling", c.methods());
                o.put("ocplx", c.ocplx());
                o.put("gap", r.gap());
            }
            o.put("optimal", r.optimal());
            o.put("lowerBound", r.lowerBound());
            o.put("ms", r.ms());
            if (r.front() != null) {
                o.put("exact", r.front().exact());
                ArrayNode points = o.putArray("points");
                for (CouplingFront.Point p : r.front().points()) {
                    points.addObject()
                            .put("attributeCoupling", p.attributes())
                            .put("methodCoupling", p.methods())
                            .put("stubs", p.count());
                }
            }
        }
        out.println(mapper.writeValueAsString(root));
    }
}
