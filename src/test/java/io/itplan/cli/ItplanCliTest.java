package io.itplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes, what goes to stdout and stderr, files written. */
class ItplanCliTest {
    private static final String WEBSHOP = "resources/examples/webshop.graph.json";
    private static final String LIBRARY = "resources/examples/library.graph.json";

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Itplan.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static void assertNoStackTrace(Result r) {
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void planWritesTheFileAndPrintsStepsAndMetrics() throws Exception {
        Path out = dir.resolve("shop.plan.json");
        Result r = run("plan", WEBSHOP, "--strategy", "top-down", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("depth-0"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("specificDrivers\\s+0")), r.out());
        assertTrue(Files.readString(out).contains("\"name\": \"top-down\""));
        Result check = run("check", out.toString(), "--graph", WEBSHOP);
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("valid plan"));
    }

    @Test
    void checkRunAndExportFindAGraphNotNamedGraphJsonBesideThePlan() throws Exception {
        Path graph = dir.resolve("g.json");
        Files.copy(Path.of(WEBSHOP), graph);
        Path plan = dir.resolve("g.plan.json");
        assertEquals(0, run("plan", graph.toString(), "-o", plan.toString()).code());
        Result check = run("check", plan.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("valid plan for " + graph.toAbsolutePath()), check.out());
        Result dry = run("run", plan.toString(), "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        Result export = run(
                "export",
                plan.toString(),
                "--to",
                "make",
                "-o",
                dir.resolve("Makefile").toString());
        assertEquals(0, export.code(), export.err());
    }

    @Test
    void aHostileModuleNameInsideAShellTemplateIsDataInRunAndInTheMakefile() throws Exception {
        Path g = dir.resolve("h.graph.json");
        Files.writeString(g, """
                {"format": "itplan.graph/1",
                 "modules": [{"id": "$(touch PWNED)"}, {"id": "`touch PWNED2`"}],
                 "dependencies": [{"from": "$(touch PWNED)", "to": "`touch PWNED2`"}],
                 "commands": {"test": ["sh", "-c", "echo {modules} >> tested.txt"]}}
                """);
        Path plan = dir.resolve("h.plan.json");
        assertEquals(0, run("plan", g.toString(), "-o", plan.toString(), "-q").code());
        Result r = run(
                "run", plan.toString(), "--report-dir", dir.resolve("reports").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertFalse(Files.exists(dir.resolve("PWNED")));
        assertFalse(Files.exists(dir.resolve("PWNED2")));
        assertEquals(List.of("`touch PWNED2`", "$(touch PWNED)"), Files.readAllLines(dir.resolve("tested.txt")));
        Result make = run(
                "export",
                plan.toString(),
                "--to",
                "make",
                "--root",
                dir.toString(),
                "-o",
                dir.resolve("Makefile").toString());
        assertEquals(0, make.code(), make.err());
        // The Makefile runs from its folder, the root its paths are written relative to.
        Process p = new ProcessBuilder("make", "-s", "-C", dir.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertFalse(Files.exists(dir.resolve("PWNED")), out);
        assertFalse(Files.exists(dir.resolve("PWNED2")), out);
    }

    @Test
    void aPlanIsNeverWrittenOverItsGraph() throws Exception {
        Path graph = dir.resolve("shop.graph.json");
        Files.copy(Path.of(WEBSHOP), graph);
        String before = Files.readString(graph);
        Result r = run(
                "plan", graph.toString(), "-o", dir.resolve("./shop.graph.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is the graph the plan was made from"), r.err());
        assertEquals(before, Files.readString(graph));
        assertNoStackTrace(r);
    }

    @Test
    void planToStandardOutputKeepsTheReportOnStandardError() throws Exception {
        Result r = run("plan", LIBRARY, "-o", "-");
        assertEquals(0, r.code(), r.err());
        JsonNode plan = new ObjectMapper().readTree(r.out());
        assertEquals("itplan.plan/2", plan.get("format").asText());
        assertTrue(r.err().contains("specificStubs"));
    }

    @Test
    void checkListsEachDisagreementAndExitsOne() throws Exception {
        Path out = dir.resolve("p.plan.json");
        assertEquals(0, run("plan", WEBSHOP, "-q", "-o", out.toString()).code());
        String text = Files.readString(out).replaceFirst("\"specificStubs\": \\d+", "\"specificStubs\": 99");
        Files.writeString(out, text);
        Result r = run("check", out.toString(), "--graph", WEBSHOP);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("metrics: specificStubs is 99"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void checkAgainstAnotherGraphReportsTheDigest() throws Exception {
        Path out = dir.resolve("p.plan.json");
        assertEquals(0, run("plan", WEBSHOP, "-q", "-o", out.toString()).code());
        Result r = run("check", out.toString(), "--graph", LIBRARY);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("another version of the graph"), r.err());
    }

    @Test
    void unreadableInputExitsTwoWithOneLine() throws Exception {
        Path broken = dir.resolve("broken.graph.json");
        Files.writeString(broken, "{\"format\": \"itplan.graph/1\",\n \"modules\": [}\n");
        Result r = run("plan", broken.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("itplan: " + broken + ":2:"), r.err());
        assertNoStackTrace(r);
        Result missing = run("check", dir.resolve("none.plan.json").toString(), "--graph", WEBSHOP);
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void aPlanThatCannotBeWrittenIsOneMessage() {
        Path target = dir.resolve("no-such-folder/p.plan.json");
        Result r = run("plan", WEBSHOP, "-q", "-o", target.toString());
        assertEquals(2, r.code());
        assertEquals(
                "itplan: " + target + ": cannot be written: folder " + target.getParent() + " does not exist",
                r.err().strip());
    }

    @Test
    void anUnbreakableCycleIsOneMessageThatNamesIt() throws Exception {
        Path g = dir.resolve("u.graph.json");
        Files.writeString(g, """
                {"format": "itplan.graph/1", "modules": [{"id": "Parent"}, {"id": "Child"}],
                 "dependencies": [{"from": "Child", "to": "Parent", "kind": "inheritance"},
                                  {"from": "Parent", "to": "Child", "kind": "composition"}]}
                """);
        Result r = run("plan", g.toString());
        assertEquals(1, r.code(), "a cycle no stub can break is a finding about the graph, not bad input");
        assertTrue(r.err().contains("Child -> Parent -> Child"), r.err());
        Result v = run("validate", g.toString());
        assertEquals(1, v.code());
        assertTrue(v.out().contains("error: cycle of unstubbable dependencies"), v.out());
        assertEquals(0, run("plan", g.toString(), "--cycles", "cluster", "-q").code());
    }

    @Test
    void badOptionsExitTwoWithAHint() {
        Result r = run("plan", WEBSHOP, "--strategy", "sideways");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown strategy 'sideways'"), r.err());
        Result u = run("plan", WEBSHOP, "--no-such-option");
        assertEquals(2, u.code());
        assertTrue(u.err().contains("Try 'itplan plan --help'"), u.err());
        assertNoStackTrace(u);
    }

    @Test
    void compareMarksTheBestPerColumn() throws Exception {
        Result r = run("compare", LIBRARY);
        assertEquals(0, r.code(), r.err());
        String bigBang = r.out()
                .lines()
                .filter(l -> l.startsWith("big-bang"))
                .findFirst()
                .orElseThrow();
        assertTrue(bigBang.contains("*0"), bigBang);
        Result json = run("compare", LIBRARY, "--json");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals(10, root.get("strategies").size());
        JsonNode bottomUp = root.get("strategies").get(5);
        assertEquals("bottom-up level", bottomUp.get("label").asText());
        assertEquals(3, bottomUp.get("metrics").get("specificStubs").asInt());
    }

    @Test
    void validateNamesCyclesAndExitsZeroWhenTheyCanBeBroken() {
        Result r = run("validate", LIBRARY);
        assertEquals(0, r.code());
        assertTrue(r.out().contains("warning: cycle: domain.Loan -> domain.Member -> domain.Loan"), r.out());
    }

    @Test
    void importWritesAGraphThatPlans() throws Exception {
        Path data = dir.resolve("tiny.txt");
        Files.writeString(
                data,
                "DIMENSION 3\r\nDEPENDENCY\r\n1 \t2 As \t\r\n2 \t3 Us \t\r\n3 \t1 I \t\r\n"
                        + "ATTRIBUTE\r\n1 \t2 4\r\nMETHOD\r\n1 \t2 2\r\nEND\r\n");
        Path g = dir.resolve("tiny.graph.json");
        Result r = run("import", "cito-ufpr", data.toString(), "-o", g.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3 modules, 3 dependencies"), r.out());
        Result plan = run("plan", g.toString());
        assertEquals(0, plan.code(), plan.err());
        assertTrue(plan.out().contains("1 dependency broken"), plan.out());
    }

    @Test
    void aWrongSettingInTheGraphFileNamesTheFileAndTheSetting() throws Exception {
        Path g = dir.resolve("s.graph.json");
        Files.writeString(
                g,
                "{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"a\"}],"
                        + " \"settings\": {\"strategy\": \"sandwitch\"}}");
        Result r = run("plan", g.toString());
        assertEquals(2, r.code());
        assertTrue(
                r.err().startsWith("itplan: " + g + ": setting 'strategy' is 'sandwitch', expected one of big-bang"),
                r.err());
        Result v = run("validate", g.toString());
        assertEquals(1, v.code());
        assertTrue(v.out().contains("error: setting 'strategy'"), v.out());
    }

    @Test
    void anUnknownSettingIsAWarningNamingTheSettingItProbablyMeant() throws Exception {
        Path g = dir.resolve("t.graph.json");
        Files.writeString(
                g,
                "{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"a\"}],"
                        + " \"settings\": {\"strategy\": \"sandwich\", \"target-depth\": \"2\"}}");
        Result r = run("plan", g.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.err()
                        .contains("warning: " + g + ": unknown setting 'target-depth' is ignored; did you mean "
                                + "'targetDepth'?"),
                r.err());
        Result v = run("validate", g.toString());
        assertTrue(v.out().contains("warning: unknown setting 'target-depth'"), v.out());
    }

    @Test
    void optionsThatDoNotApplyAreReported() {
        Result r = run("plan", WEBSHOP, "-s", "sandwich", "-g", "module", "-q");
        assertEquals(0, r.code());
        assertTrue(
                r.err().contains("warning: --granularity, --order and --risk-first apply to top-down and bottom-up"),
                r.err());
    }

    @Test
    void compareShowsWhatCanBePlannedWhenACycleCannotBeBroken() throws Exception {
        Path g = dir.resolve("u.graph.json");
        Files.writeString(
                g,
                "{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"P\"}, {\"id\": \"C\"}],"
                        + " \"dependencies\": [{\"from\": \"C\", \"to\": \"P\", \"kind\": \"inheritance\"},"
                        + " {\"from\": \"P\", \"to\": \"C\", \"kind\": \"composition\"}]}");
        Result r = run("compare", g.toString());
        assertEquals(1, r.code(), "some strategies cannot plan the graph");
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("big-bang") && l.contains("*1")), r.out());
        assertTrue(r.out().contains("cannot plan top-down level: cycle of unstubbable dependencies"), r.out());
    }

    @Test
    void idsWithLineBreaksStayOnOneLine() throws Exception {
        Path g = dir.resolve("h.graph.json");
        Files.writeString(
                g,
                "{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"a\\nb\"}, {\"id\": \"c\"}],"
                        + " \"dependencies\": [{\"from\": \"a\\nb\", \"to\": \"c\"}, {\"from\": \"c\", \"to\": \"a\\nb\"}]}");
        Result r = run("plan", g.toString(), "-g", "module");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("a\\nb"), r.out());
        Result v = run("validate", g.toString());
        assertTrue(v.out().lines().anyMatch(l -> l.contains("cycle:") && l.contains("a\\nb -> c")), v.out());
    }

    @Test
    void runValidatesFindsTheGraphRunsAndExitsByTheResult() throws Exception {
        Path g = dir.resolve("r.graph.json");
        Files.writeString(
                g,
                "{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"a\"}, {\"id\": \"b\"}],"
                        + " \"dependencies\": [{\"from\": \"a\", \"to\": \"b\"}],"
                        + " \"commands\": {\"test\": [\"sh\", \"-c\", \"test \\\"$1\\\" != a\", \"x\", \"{modules}\"]}}");
        Path plan = dir.resolve("r.plan.json");
        assertEquals(0, run("plan", g.toString(), "-q", "-o", plan.toString()).code());
        Result r =
                run("run", plan.toString(), "--report-dir", dir.resolve("rep").toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("1 passed, 1 failed"), r.out());
        assertTrue(Files.exists(dir.resolve("rep/itplan-junit.xml")));
        assertEquals(
                0,
                run(
                                "run",
                                plan.toString(),
                                "--step",
                                "height-0",
                                "--report-dir",
                                dir.resolve("rep2").toString())
                        .code());
        Result dry = run("run", plan.toString(), "--dry-run");
        assertEquals(0, dry.code());
        assertTrue(dry.out().contains("$ sh -c 'test \"$1\" != a' x a"), dry.out());
        Files.writeString(
                plan, Files.readString(plan).replaceFirst("\"specificDrivers\": 1", "\"specificDrivers\": 5"));
        Result bad = run("run", plan.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("not run: 1 disagreement(s) with the rule"), bad.err());
    }

    @Test
    void exportWritesEveryFormatFromACheckedPlan() throws Exception {
        Path g = dir.resolve("shop.graph.json");
        Files.copy(Path.of(WEBSHOP), g);
        Path plan = dir.resolve("shop.plan.json");
        assertEquals(0, run("plan", g.toString(), "-q", "-o", plan.toString()).code());
        for (String to : new String[] {"github", "gitlab", "jenkins", "testng", "make", "html"}) {
            Path out = dir.resolve("out-" + to);
            Result r = run("export", plan.toString(), "--to", to, "-o", out.toString());
            assertEquals(0, r.code(), to + ": " + r.err());
            assertTrue(Files.size(out) > 100, to);
        }
        Result md = run(
                "export",
                plan.toString(),
                "--to",
                "markdown",
                "-o",
                dir.resolve("report.md").toString());
        assertEquals(0, md.code(), md.err());
        assertTrue(Files.readString(dir.resolve("report.md")).contains("(report.svg)"));
        assertTrue(Files.exists(dir.resolve("report.svg")));
        Path suites = dir.resolve("suites");
        assertEquals(
                0,
                run("export", plan.toString(), "--to", "junit", "-o", suites.toString())
                        .code());
        try (var files = Files.walk(suites)) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith("itplan/ItplanPlanTest.java")));
        }
        Path folder = dir.resolve("ci");
        assertEquals(
                0,
                run("export", plan.toString(), "--to", "github", "-o", folder + "/")
                        .code());
        assertTrue(
                Files.isRegularFile(folder.resolve(".github/workflows/itplan.yml")), "a path ending in / is a folder");
        Result bad = run("export", plan.toString(), "--to", "ant");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown export 'ant'"), bad.err());
    }

    @Test
    void versionAndHelpExitZero() {
        assertEquals(0, run("--version").code());
        Result help = run("--help");
        assertEquals(0, help.code());
        for (String sub :
                new String[] {"plan", "check", "run", "export", "compare", "validate", "import", "cito-bench"}) {
            assertTrue(help.out().contains(sub), help.out());
        }
    }
}
