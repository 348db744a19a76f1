package io.itplan.core.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.StandInProvider;
import io.itplan.core.plan.Execution;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner with real processes: pass, fail, skip, timeouts that kill a tree, parallel steps, a real stand-in. */
class PlanRunnerTest {
    @TempDir
    Path dir;

    private final StringWriter log = new StringWriter();

    private static final List<String> SH = List.of("sh", "-c");

    /** a depends on b and c; b and c on d. Each step runs {@code script} with the step's modules as $1. */
    private IntegrationPlan plan(String script, Granularity granularity, Execution defaults) {
        DependencyGraph g = DependencyGraph.builder("demo")
                .addModules("a", "b", "c", "d")
                .addDependency("a", "b")
                .addDependency("a", "c")
                .addDependency("b", "d")
                .addDependency("c", "d")
                .command("test", List.of("sh", "-c", script, "itplan", "{modules}"))
                .build();
        IntegrationPlan p = Planner.standard()
                .plan(g, PlanOptions.of(StrategyName.BOTTOM_UP).withGranularity(granularity));
        return new IntegrationPlan(
                p.graph(),
                p.strategy(),
                p.metrics(),
                p.cycleBreaking(),
                p.maxParallel(),
                defaults,
                p.doubles(),
                p.steps());
    }

    private List<StepOutcome> run(IntegrationPlan plan, String only, String from, Integer parallel) throws Exception {
        return new PlanRunner(
                        plan,
                        dir,
                        new PlanRunner.Options(
                                parallel, only, from, false, dir.resolve("reports"), Duration.ofSeconds(20)),
                        new PrintWriter(log, true))
                .run();
    }

    private static Map<String, StepOutcome.Status> statuses(List<StepOutcome> o) {
        Map<String, StepOutcome.Status> m = new java.util.TreeMap<>();
        o.forEach(x -> m.put(x.step(), x.status()));
        return m;
    }

    private Execution defaults(String timeout, String onFailure) {
        return new Execution(Map.of("ITPLAN_TEST", "yes"), ".", timeout, onFailure);
    }

    @Test
    void aFailedStepMakesItsDependentsSkipAndTheReportsSaySo() throws Exception {
        IntegrationPlan p = plan(
                "test \"$1\" != b && test \"$ITPLAN_TEST\" = yes",
                Granularity.PARALLEL,
                defaults("PT1M", "skip-dependents"));
        Map<String, StepOutcome.Status> s = statuses(run(p, null, null, null));
        assertEquals(StepOutcome.Status.PASSED, s.get("integrate-d"));
        assertEquals(StepOutcome.Status.FAILED, s.get("integrate-b"));
        assertEquals(StepOutcome.Status.PASSED, s.get("integrate-c"));
        assertEquals(StepOutcome.Status.SKIPPED, s.get("integrate-a"));
        var doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(dir.resolve("reports/itplan-junit.xml").toFile());
        assertEquals(4, doc.getElementsByTagName("testsuite").getLength());
        assertEquals(1, doc.getElementsByTagName("failure").getLength());
        assertEquals(1, doc.getElementsByTagName("skipped").getLength());
        assertTrue(Files.readString(dir.resolve("reports/integrate-b.log")).startsWith("$ sh -c"));
    }

    @Test
    void onFailureStopAndContinue() throws Exception {
        IntegrationPlan stop = plan("test \"$1\" != d", Granularity.LEVEL, defaults("PT1M", "stop"));
        assertEquals(
                List.of(StepOutcome.Status.FAILED, StepOutcome.Status.SKIPPED, StepOutcome.Status.SKIPPED),
                run(stop, null, null, null).stream().map(StepOutcome::status).toList());
        IntegrationPlan cont = plan("test \"$1\" != d", Granularity.LEVEL, defaults("PT1M", "continue"));
        assertEquals(
                List.of(StepOutcome.Status.FAILED, StepOutcome.Status.PASSED, StepOutcome.Status.PASSED),
                run(cont, null, null, null).stream().map(StepOutcome::status).toList());
    }

    @Test
    void theFailedStepsOwnOnFailureDecides() throws Exception {
        IntegrationPlan p = plan("test \"$1\" != d", Granularity.LEVEL, defaults("PT1M", "skip-dependents"));
        io.itplan.core.plan.Step first = p.steps().get(0);
        io.itplan.core.plan.Step relaxed = new io.itplan.core.plan.Step(
                first.id(),
                first.name(),
                first.after(),
                first.integrate(),
                first.stubs(),
                first.drivers(),
                first.tests(),
                first.run(),
                new Execution(null, null, null, "continue"));
        List<io.itplan.core.plan.Step> steps = new java.util.ArrayList<>(p.steps());
        steps.set(0, relaxed);
        IntegrationPlan q = new IntegrationPlan(
                p.graph(), p.strategy(), p.metrics(), p.cycleBreaking(), 1, p.defaults(), p.doubles(), steps);
        assertEquals(
                List.of(StepOutcome.Status.FAILED, StepOutcome.Status.PASSED, StepOutcome.Status.PASSED),
                run(q, null, null, null).stream().map(StepOutcome::status).toList());
    }

    @Test
    void aCommandThatReadsItsInputGetsEndOfFileInsteadOfHanging() throws Exception {
        IntegrationPlan p = plan("cat > /dev/null", Granularity.LEVEL, defaults("PT20S", "stop"));
        long t0 = System.nanoTime();
        assertTrue(run(p, null, null, null).stream().allMatch(o -> o.status() == StepOutcome.Status.PASSED));
        assertTrue((System.nanoTime() - t0) / 1e9 < 15);
    }

    @Test
    void stopWhileAStandInGetsReadyRunsNoCommand() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path ran = dir.resolve("ran");
        DependencyGraph g = DependencyGraph.builder("slow")
                .addModule(Module.of("app"))
                .addModule(new Module(
                        "svc",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        0,
                        false,
                        null,
                        new StandInProvider(List.of("sleep", "60"), String.valueOf(port), null),
                        null))
                .addDependency("app", "svc")
                .command("test", List.of("touch", ran.toString()))
                .build();
        IntegrationPlan p = Planner.standard().plan(g, PlanOptions.of(StrategyName.TOP_DOWN));
        PlanRunner runner = new PlanRunner(
                p,
                dir,
                new PlanRunner.Options(null, null, null, false, dir.resolve("reports"), Duration.ofSeconds(30)),
                new PrintWriter(log, true));
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                return;
            }
            runner.stop();
        });
        stopper.start();
        long t0 = System.nanoTime();
        List<StepOutcome> o = runner.run();
        assertTrue((System.nanoTime() - t0) / 1e9 < 15, "the stop did not wait for the readiness timeout");
        assertEquals(StepOutcome.Status.FAILED, o.get(0).status());
        assertFalse(Files.exists(ran), "no command ran after the stop");
    }

    @Test
    void aTimeoutKillsTheWholeProcessTree() throws Exception {
        Path pids = dir.resolve("pids");
        IntegrationPlan p =
                plan("sleep 30 & echo $! >> " + pids + "; wait", Granularity.LEVEL, defaults("PT1S", "stop"));
        long t0 = System.nanoTime();
        List<StepOutcome> o = run(p, null, null, null);
        assertTrue((System.nanoTime() - t0) / 1e9 < 15, "it did not wait for the sleeps");
        assertEquals(StepOutcome.Status.FAILED, o.get(0).status());
        assertTrue(
                o.get(0).reason().startsWith("timed out after PT1S"), o.get(0).reason());
        for (String pid : Files.readAllLines(pids)) {
            assertTrue(ProcessChecks.gone(Long.parseLong(pid.strip())), "the grandchild " + pid + " is gone");
        }
    }

    @Test
    void readyStepsRunInParallelUpToTheLimit() throws Exception {
        Path times = dir.resolve("times");
        String script = "echo start $(date +%s%N) >> " + times + "; sleep 1; echo end $(date +%s%N) >> " + times;
        IntegrationPlan p = plan(script, Granularity.PARALLEL, defaults("PT1M", "stop"));
        run(p, "integrate-b", null, null);
        Files.deleteIfExists(times);
        run(
                new IntegrationPlan(
                        p.graph(),
                        p.strategy(),
                        p.metrics(),
                        p.cycleBreaking(),
                        2,
                        p.defaults(),
                        p.doubles(),
                        p.steps().subList(0, 3)),
                null,
                null,
                2);
        List<long[]> spans = spans(times);
        assertTrue(overlap(spans), "b and c ran at the same time: " + Files.readString(times));
        Files.deleteIfExists(times);
        run(p, null, null, 1);
        assertFalse(overlap(spans(times)), "one at a time with --max-parallel 1");
    }

    private static List<long[]> spans(Path times) throws Exception {
        List<Long> starts = new java.util.ArrayList<>();
        List<Long> ends = new java.util.ArrayList<>();
        for (String l : Files.readAllLines(times)) {
            String[] w = l.split(" ");
            (w[0].equals("start") ? starts : ends).add(Long.parseLong(w[1]));
        }
        java.util.Collections.sort(starts);
        java.util.Collections.sort(ends);
        List<long[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            out.add(new long[] {starts.get(i), ends.get(i)});
        }
        return out;
    }

    private static boolean overlap(List<long[]> spans) {
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i)[0] < spans.get(i - 1)[1]) {
                return true;
            }
        }
        return false;
    }

    @Test
    void stepAndFromRunPartsOfThePlan() throws Exception {
        Path ran = dir.resolve("ran");
        IntegrationPlan p = plan("echo \"$1\" >> " + ran, Granularity.LEVEL, defaults("PT1M", "stop"));
        run(p, "height-1", null, null);
        assertEquals(List.of("b,c"), Files.readAllLines(ran));
        Files.delete(ran);
        Map<String, StepOutcome.Status> s = statuses(run(p, null, "height-1", null));
        assertEquals(StepOutcome.Status.NOT_RUN, s.get("height-0"));
        assertEquals(List.of("b,c", "a"), Files.readAllLines(ran));
    }

    @Test
    void aStandInThatIsARealHttpServerIsStartedWaitedForAndStopped() throws Exception {
        io.itplan.Required.assume(
                new ProcessBuilder("python3", "--version").start().waitFor() == 0,
                "python3 not found: the HTTP stand-in test is skipped");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/";
        DependencyGraph g = DependencyGraph.builder("svc")
                .addModule(Module.of("app"))
                .addModule(new Module(
                        "payments",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        0,
                        false,
                        null,
                        new StandInProvider(
                                List.of("python3", "-m", "http.server", String.valueOf(port), "--bind", "127.0.0.1"),
                                url,
                                null),
                        null))
                .addDependency("app", "payments")
                .command(
                        "test",
                        List.of("python3", "-c", "import urllib.request,sys; urllib.request.urlopen(sys.argv[1])", url))
                .build();
        IntegrationPlan p = Planner.standard().plan(g, PlanOptions.of(StrategyName.TOP_DOWN));
        List<StepOutcome> o = run(p, null, null, null);
        assertEquals(StepOutcome.Status.PASSED, o.get(0).status(), log.toString());
        assertTrue(
                log.toString().contains("stand-in stub-payments (stub of payments, serving app) starting"),
                log.toString());
        assertFalse(StandIns.isReady(url), "the stand-in was stopped after its last step");
    }

    @Test
    void hostileModuleNamesAreOnlyEverData() throws Exception {
        List<String> names =
                List.of("$(touch pwned)", "a'; touch pwned2 #", "\"quoted\"", "line\nbreak", "ünï`touch x`");
        DependencyGraph.Builder b = DependencyGraph.builder("hostile");
        names.forEach(n -> b.addModule(Module.of(n)));
        for (int i = 1; i < names.size(); i++) {
            b.addDependency(names.get(i - 1), names.get(i));
        }
        b.command("test", List.of("sh", "-c", "printf '%s\\n' \"$1\" >> seen.txt", "x", "{modules}"));
        IntegrationPlan p = Planner.standard()
                .plan(b.build(), PlanOptions.of(StrategyName.TOP_DOWN).withGranularity(Granularity.PARALLEL));
        List<StepOutcome> o = run(p, null, null, null);
        assertTrue(o.stream().allMatch(x -> x.status() == StepOutcome.Status.PASSED), log.toString());
        String seen = Files.readString(dir.resolve("seen.txt"));
        for (String n : names) {
            assertTrue(seen.contains(n), "each name reaches the command as one argument: " + n);
        }
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of("reports", "seen.txt"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "nothing a name spelled was executed");
        }
    }

    @Test
    void aPlanWithoutAnyCommandIsRefusedBeforeAnythingStarts() {
        DependencyGraph g = DependencyGraph.builder("bare").addModules("x").build();
        IntegrationPlan p = Planner.standard().plan(g, PlanOptions.of(StrategyName.BIG_BANG));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> run(p, null, null, null));
        assertTrue(e.getMessage().contains("commands") && e.getMessage().contains("test"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("reports")), "nothing started");
    }

    /** b has a command of its own; a has none and there is no project command. */
    private static IntegrationPlan oneStepWithoutCommand() {
        DependencyGraph g = DependencyGraph.builder("half")
                .addModule(Module.of("a"))
                .addModule(new Module(
                        "b",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        0,
                        false,
                        Map.of("test", List.of("true")),
                        null,
                        null))
                .addDependency("a", "b")
                .build();
        return Planner.standard().plan(g, PlanOptions.of(StrategyName.BOTTOM_UP).withGranularity(Granularity.PARALLEL));
    }

    @Test
    void aStepThatRunsNoCommandIsReportedNotRunNeverPassed() throws Exception {
        Map<String, StepOutcome.Status> s = statuses(run(oneStepWithoutCommand(), null, null, null));
        assertEquals(StepOutcome.Status.PASSED, s.get("integrate-b"));
        assertEquals(StepOutcome.Status.NO_COMMAND, s.get("integrate-a"));
        String xml = Files.readString(dir.resolve("reports/TEST-integrate-a.xml"));
        assertTrue(xml.contains("<skipped message=\"runs no command"), xml);
        assertTrue(log.toString().contains("integrate-a not run: runs no command"), log.toString());
    }

    @Test
    void everyStepGetsItsOwnReportWithTheAttributesCiReadsSkippedOnesIncluded() throws Exception {
        IntegrationPlan p = plan("test \"$1\" != b", Granularity.PARALLEL, defaults("PT1M", "skip-dependents"));
        run(p, null, null, null);
        for (String step : List.of("integrate-a", "integrate-b", "integrate-c", "integrate-d")) {
            Path f = dir.resolve("reports/TEST-" + step + ".xml");
            assertTrue(Files.exists(f), step + " has a report");
            var suite = (org.w3c.dom.Element) DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(f.toFile())
                    .getElementsByTagName("testsuite")
                    .item(0);
            for (String attribute :
                    List.of("name", "tests", "failures", "errors", "skipped", "time", "timestamp", "hostname")) {
                assertFalse(suite.getAttribute(attribute).isEmpty(), step + " " + attribute);
            }
            assertTrue(suite.getAttribute("timestamp").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"));
        }
        String skipped = Files.readString(dir.resolve("reports/TEST-integrate-a.xml"));
        assertTrue(skipped.contains("<skipped message=\"step integrate-b did not pass\"/>"), skipped);
        var all = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(dir.resolve("reports/itplan-junit.xml").toFile())
                .getDocumentElement();
        assertEquals("4", all.getAttribute("tests"));
        assertEquals("1", all.getAttribute("failures"));
        assertEquals("1", all.getAttribute("skipped"));
    }

    @Test
    void whatAStepLeavesRunningIsEndedWhenTheStepEndsAndTheLogSaysSo() throws Exception {
        Path pids = dir.resolve("pids");
        IntegrationPlan p =
                plan("sleep 60 > /dev/null 2>&1 & echo $! >> " + pids, Granularity.LEVEL, defaults("PT1M", "stop"));
        List<StepOutcome> o = run(p, "height-0", null, null);
        assertEquals(StepOutcome.Status.PASSED, o.get(0).status());
        long sleeper = Long.parseLong(Files.readAllLines(pids).get(0).strip());
        assertTrue(ProcessChecks.gone(sleeper), "the background sleep ended with its step");
        assertTrue(Files.readString(dir.resolve("reports/height-0.log")).contains("ended 1 process"));
    }

    private static IntegrationPlan withoutStartCommand() {
        DependencyGraph g = DependencyGraph.builder("svc")
                .addModules("app", "payments")
                .addDependency("app", "payments")
                .command("test", List.of("true"))
                .build();
        return Planner.standard().plan(g, PlanOptions.of(StrategyName.TOP_DOWN));
    }

    @Test
    void aStandInWithoutStartCommandIsNamedOnceBeforeTheRunAndStrictRefusesIt() throws Exception {
        IntegrationPlan p = withoutStartCommand();
        PlanRunner runner = new PlanRunner(
                p,
                dir,
                new PlanRunner.Options(null, null, null, false, dir.resolve("reports"), Duration.ofSeconds(5)),
                new PrintWriter(log, true));
        assertEquals(
                List.of("stub-payments"),
                runner.standInsWithoutStart().stream()
                        .map(io.itplan.core.plan.StandIn::id)
                        .toList());
        runner.run();
        String out = log.toString();
        assertTrue(
                out.indexOf("stub-payments (stub of payments, serving app) has no start command") < out.indexOf("▶"),
                out);
        assertEquals(out.indexOf("has no start command"), out.lastIndexOf("has no start command"), out);
        assertTrue(
                Files.readString(dir.resolve("reports/TEST-" + p.steps().get(0).id() + ".xml"))
                        .contains("has no start command"));
        PlanRunner strict = new PlanRunner(
                p,
                dir,
                new PlanRunner.Options(null, null, null, false, dir.resolve("strict"), Duration.ofSeconds(5), true),
                new PrintWriter(log, true));
        IllegalArgumentException e =
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, strict::run);
        assertTrue(e.getMessage().contains("stub-payments"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("strict")));
    }

    @Test
    void aDryRunPrintsControlCharactersOfModuleIdsEscaped() throws Exception {
        DependencyGraph g = DependencyGraph.builder("esc")
                .addModules("a\u001b[31mred", "b")
                .addDependency("a\u001b[31mred", "b")
                .command("test", List.of("echo", "{modules}"))
                .build();
        IntegrationPlan p = Planner.standard().plan(g, PlanOptions.of(StrategyName.TOP_DOWN));
        new PlanRunner(
                        p,
                        dir,
                        new PlanRunner.Options(null, null, null, true, dir.resolve("r"), Duration.ofSeconds(5)),
                        new PrintWriter(log, true))
                .run();
        assertFalse(log.toString().contains("\u001b"), log.toString());
        assertTrue(log.toString().contains("a\\u001b[31mred"), log.toString());
    }
}
