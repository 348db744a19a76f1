package io.itplan.cli;

import static io.itplan.cli.ItplanCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.itplan.cli.ItplanCliTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cycle-breaking options of {@code itplan plan}: algorithm, the am objective and its limit, the summary line. */
class CycleOptionsCliTest {
    private static final String LIBRARY = "resources/examples/library.graph.json";

    @TempDir
    Path dir;

    /**
     * Two cycles: a and b, cheap in A or in M whichever way they are broken, and c and d, whose dependency
     * c -> d is an inheritance (unstubbable), so d -> c has to go.
     */
    private Path coupled(String settings) throws Exception {
        Path g = dir.resolve("am.graph.json");
        Files.writeString(g, """
                {"format": "itplan.graph/1",
                 "modules": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}],
                 "dependencies": [
                   {"from": "a", "to": "b", "attributes": 1, "methods": 10},
                   {"from": "b", "to": "a", "attributes": 10, "methods": 1},
                   {"from": "c", "to": "d", "kind": "inheritance"},
                   {"from": "d", "to": "c", "attributes": 2, "methods": 3}]
                 %s}
                """.formatted(settings));
        return g;
    }

    private static JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(Files.readString(file));
    }

    @Test
    void theAlgorithmIsRecordedInThePlanAndNamedInTheSummary() throws Exception {
        Path out = dir.resolve("briand.plan.json");
        Result r = run("plan", LIBRARY, "--algorithm", "briand", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode plan = json(out);
        assertEquals(
                "briand", plan.get("strategy").get("options").get("algorithm").asText());
        assertEquals("briand", plan.get("cycleBreaking").get("algorithm").asText());
        assertTrue(r.out().contains("dependencies broken by briand [Briand, Labiche & Wang 2003] (stubs, "), r.out());
        assertEquals(0, run("check", out.toString(), "--graph", LIBRARY).code());

        Path exact = dir.resolve("exact.plan.json");
        Result e = run("plan", LIBRARY, "-o", exact.toString());
        assertEquals(0, e.code(), e.err());
        assertFalse(json(exact).get("strategy").get("options").has("algorithm"), "exact is the default, not recorded");
        assertTrue(e.out().contains("cycles: 3 dependencies broken (stubs, proven optimal)"), e.out());
    }

    @Test
    void anUnknownAlgorithmExitsTwoNamingIt() {
        Result r = run("plan", LIBRARY, "--algorithm", "fastest");
        assertEquals(2, r.code());
        assertEquals(
                "itplan: unknown cycle algorithm 'fastest', expected one of exact, tai-daniels, le-traon, briand",
                r.err().strip());
    }

    @Test
    void theAlgorithmComesFromTheGraphSettingsToo() throws Exception {
        Path out = dir.resolve("s.plan.json");
        Result r = run(
                "plan", coupled(", \"settings\": {\"algorithm\": \"le-traon\"}").toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(
                "le-traon",
                json(out).get("strategy").get("options").get("algorithm").asText());
        Path bad = coupled(", \"settings\": {\"algorithm\": \"le-tron\"}");
        Result b = run("plan", bad.toString());
        assertEquals(2, b.code());
        assertTrue(
                b.err().startsWith("itplan: " + bad + ": setting 'algorithm' is 'le-tron', expected one of exact"),
                b.err());
        Result v = run("validate", bad.toString());
        assertEquals(1, v.code());
        assertTrue(v.out().contains("error: setting 'algorithm'"), v.out());
    }

    @Test
    void theAmObjectiveTakesTheLeastAttributeCouplingWithinTheMethodLimit() throws Exception {
        Path out = dir.resolve("am.plan.json");
        Result r = run(
                "plan",
                coupled("").toString(),
                "--objective",
                "am",
                "--max-method-coupling",
                "5",
                "-o",
                out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode plan = json(out);
        assertEquals("am", plan.get("strategy").get("options").get("objective").asText());
        assertEquals(
                5, plan.get("strategy").get("options").get("maxMethodCoupling").asInt());
        JsonNode broken = plan.get("cycleBreaking").get("brokenDependencies");
        assertEquals(2, broken.size());
        assertEquals("b", broken.get(0).get("from").asText(), "b -> a keeps M at 1 + 3, within 5");
        assertEquals("d", broken.get(1).get("from").asText());
        assertTrue(plan.get("cycleBreaking").get("optimal").asBoolean());
        assertTrue(r.out().contains("cycles: 2 dependencies broken (am, proven optimal)"), r.out());
        assertTrue(r.out().contains("(A, M) front: 2 points, exact; * marks the plan's"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+3\\s+13\\s+2")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\*\\s+12\\s+4\\s+2")), r.out());

        Result none = run("plan", coupled("").toString(), "--objective", "am", "--max-method-coupling", "3");
        assertEquals(2, none.code());
        assertTrue(
                none.err().contains("no way of breaking the cycles keeps method coupling M within 3; the least M is 4"),
                none.err());
        Result free = run("plan", coupled("").toString(), "--objective", "am", "-q", "-o", out.toString());
        assertEquals(0, free.code(), free.err());
        assertEquals(
                "a",
                json(out)
                        .get("cycleBreaking")
                        .get("brokenDependencies")
                        .get(0)
                        .get("from")
                        .asText(),
                "without a limit, the least A: a -> b");
    }

    @Test
    void theMethodLimitIsCheckedAndWarnedAbout() throws Exception {
        Result negative = run("plan", coupled("").toString(), "--objective", "am", "--max-method-coupling", "-1");
        assertEquals(2, negative.code());
        assertEquals(
                "itplan: --max-method-coupling must not be negative, was -1",
                negative.err().strip());
        Result other = run("plan", coupled("").toString(), "--max-method-coupling", "5", "-q");
        assertEquals(0, other.code(), other.err());
        assertTrue(other.err().contains("warning: --max-method-coupling applies to --objective am only"), other.err());
        Path setting = coupled(", \"settings\": {\"objective\": \"am\", \"maxMethodCoupling\": \"5\"}");
        Path out = dir.resolve("set.plan.json");
        assertEquals(
                0, run("plan", setting.toString(), "-q", "-o", out.toString()).code());
        assertEquals(
                5,
                json(out)
                        .get("strategy")
                        .get("options")
                        .get("maxMethodCoupling")
                        .asInt());
        Path bad = coupled(", \"settings\": {\"objective\": \"am\", \"maxMethodCoupling\": \"five\"}");
        Result b = run("plan", bad.toString());
        assertEquals(2, b.code());
        assertTrue(
                b.err().startsWith("itplan: " + bad + ": setting 'maxMethodCoupling' is not a whole number: 'five'"),
                b.err());
    }

    @Test
    void aProofNotReachedShowsTheLowerBoundAndTheGap() throws Exception {
        Path out = dir.resolve("h.plan.json");
        Result r = run("plan", coupled("").toString(), "--algorithm", "tai-daniels", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out()
                        .contains("cycles: 2 dependencies broken by tai-daniels [Tai & Daniels 1999] (stubs, "
                                + "no lower bound, not proven optimal: a heuristic)"),
                r.out());
        var plan = io.itplan.core.format.PlanFiles.read(out);
        var graph = io.itplan.core.format.GraphFiles.read(coupled(""));
        var cb = new io.itplan.core.plan.CycleBreaking(
                "break", "stubs", plan.cycleBreaking().brokenDependencies(), false, 1.5, "exact");
        assertEquals(
                "cycles: 2 dependencies broken (stubs, lower bound 1.5000, gap 25.0 %, not proven optimal: "
                        + "time budget ended)",
                CycleSummary.line(graph.index(), cb, true));
    }
}
