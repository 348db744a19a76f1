package io.itplan.conformance;

import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.PlanFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.StandInProvider;
import io.itplan.core.plan.Execution;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph and the three plans the conformance suite runs through every consumer. The web shop in small: {@code
 * orders} always fails (its dependents are skipped), {@code flaky} fails in a step whose {@code onFailure} is {@code
 * continue}, {@code payments} has stub and driver stand-ins checked over HTTP and {@code queue} ones checked by TCP
 * port, every command runs in the folder {@code work} beside the plan, with {@code TRACE} in its environment, and one
 * module's name is built to run code wherever it is spliced in as syntax. Each step's command and each stand-in
 * writes to the trace, so what a consumer did can be compared with what {@code itplan run} did.
 */
final class ConformanceFixture {
    static final String HOSTILE = "h $(touch pwned) `touch pwned2` 'q' \"d\" ${{ github.token }} $HOME;&|*";

    /** The step command: records begin and end, checks its folder and its modules argument, fails for two modules. */
    private static final String SCRIPT = String.join(
            "\n",
            "step=$1; mods=$2",
            "printf 'begin %s\\n' \"$step\" >> \"$TRACE\"",
            "printf '%s' \"$mods\" > \"$TRACE.$step.modules\"",
            "rc=0",
            "[ \"$(basename \"$PWD\")\" = work ] || rc=3",
            "case \",$mods,\" in *,orders,*|*,flaky,*) rc=1 ;; esac",
            "printf 'end %s %s\\n' \"$step\" \"$rc\" >> \"$TRACE\"",
            "exit $rc");

    final Path base;
    final Path trace;
    final Map<String, IntegrationPlan> plans = new LinkedHashMap<>();
    final DependencyGraph graph;

    ConformanceFixture(Path base) throws IOException {
        this.base = base;
        this.trace = base.resolve("trace.txt");
        int[] ports = freePorts(4);
        Path script = base.resolve("standin.py");
        try (InputStream in = ConformanceFixture.class.getResourceAsStream("standin.py")) {
            Files.write(script, in.readAllBytes());
        }
        DependencyGraph.Builder b = DependencyGraph.builder("shop");
        for (String id : List.of("web", "admin", "api", "orders", "flaky", HOSTILE)) {
            b.addModule(Module.of(id));
        }
        b.addModule(module(
                "payments",
                provider(script, "stub-payments", "http", ports[0]),
                provider(script, "driver-payments", "http", ports[1])));
        b.addModule(module(
                "queue",
                provider(script, "stub-queue", "port", ports[2]),
                provider(script, "driver-queue", "port", ports[3])));
        b.addDependency("web", "api");
        b.addDependency("admin", "flaky");
        b.addDependency("admin", "payments");
        b.addDependency("api", "orders");
        b.addDependency("api", "payments");
        b.addDependency("orders", "queue");
        b.addDependency("orders", HOSTILE);
        b.command("test", List.of("sh", "-c", SCRIPT, "itplan-step", "{step}", "{modules}"));
        graph = b.build();
        plans.put(
                "bottom-up-parallel",
                plan(PlanOptions.of(StrategyName.BOTTOM_UP).withGranularity(Granularity.PARALLEL)));
        plans.put("top-down-level", plan(PlanOptions.of(StrategyName.TOP_DOWN)));
        plans.put("sandwich", plan(PlanOptions.of(StrategyName.SANDWICH)));
    }

    private static Module module(String id, StandInProvider stub, StandInProvider driver) {
        return new Module(id, null, null, null, null, null, null, 0, 0, false, null, stub, driver);
    }

    private StandInProvider provider(Path script, String name, String kind, int port) {
        return new StandInProvider(
                List.of("python3", script.toString(), name, kind, String.valueOf(port), trace.toString()),
                kind.equals("http") ? "http://127.0.0.1:" + port + "/" : String.valueOf(port),
                null);
    }

    /** The planner's plan with the suite's execution settings; the step with {@code flaky} continues on failure. */
    private IntegrationPlan plan(PlanOptions options) {
        IntegrationPlan p = Planner.standard().plan(graph, options);
        List<Step> steps = new ArrayList<>();
        for (Step s : p.steps()) {
            boolean flaky = s.integrate().contains("flaky") && !s.integrate().contains("orders");
            steps.add(new Step(
                    s.id(),
                    s.name(),
                    s.after(),
                    s.integrate(),
                    s.stubs(),
                    s.drivers(),
                    s.tests(),
                    s.run(),
                    flaky ? new Execution(null, null, null, "continue") : null));
        }
        return new IntegrationPlan(
                p.graph(),
                p.strategy(),
                p.metrics(),
                p.cycleBreaking(),
                3,
                new Execution(Map.of("TRACE", trace.toString()), "work", "PT90S", "skip-dependents"),
                p.doubles(),
                steps);
    }

    /**
     * Lays a project out in {@code root} as a team would keep it: the graph and the plan in {@code ci/}, the commands'
     * folder {@code ci/work}.
     *
     * @return the plan file
     */
    Path layOut(Path root, String planName) throws IOException, io.itplan.core.format.InputException {
        Path ci = Files.createDirectories(root.resolve("ci"));
        Files.createDirectories(ci.resolve("work"));
        Path graphFile = ci.resolve("shop.graph.json");
        GraphFiles.write(graph, graphFile);
        Path planFile = ci.resolve(planName + ".plan.json");
        PlanFiles.write(plans.get(planName), planFile, graphFile);
        return planFile;
    }

    /** Empties the trace before a run. */
    void clearTrace() throws IOException {
        try (var files = Files.list(base)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("trace.txt"))
                    .toList()) {
                Files.delete(f);
            }
        }
    }

    Trace trace() throws IOException {
        return Trace.read(trace);
    }

    /** The modules argument each step's command received. */
    Map<String, String> modulesSeen() throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (var files = Files.list(base)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.startsWith("trace.txt.") && n.endsWith(".modules")) {
                    out.put(n.substring("trace.txt.".length(), n.length() - ".modules".length()), Files.readString(f));
                }
            }
        }
        return out;
    }

    private static int[] freePorts(int n) throws IOException {
        int[] ports = new int[n];
        List<ServerSocket> open = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0);
                open.add(s);
                ports[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : open) {
                s.close();
            }
        }
        return ports;
    }
}
