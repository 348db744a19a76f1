package io.itplan.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFilesTest {
    @TempDir
    Path dir;

    private final DependencyGraph graph = readExample();
    private final IntegrationPlan plan = Planner.standard().plan(graph, PlanOptions.of(StrategyName.SANDWICH));

    private static DependencyGraph readExample() {
        try {
            return GraphFiles.read(Path.of("resources/examples/webshop.graph.json"));
        } catch (InputException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void jsonRoundTripKeepsEveryByte() throws Exception {
        String json = PlanFiles.toJson(plan);
        IntegrationPlan again = PlanFiles.parse(json, "p.plan.json", false);
        assertEquals(json, PlanFiles.toJson(again));
        assertEquals(List.of(), PlanChecker.check(graph, again, GraphDigest.of(graph)));
    }

    @Test
    void yamlRoundTripGivesTheSamePlan() throws Exception {
        Path file = dir.resolve("p.plan.yaml");
        PlanFiles.write(plan, file);
        assertTrue(Files.readString(file).startsWith("format: \"itplan.plan/2\""));
        IntegrationPlan again = PlanFiles.read(file);
        assertEquals(PlanFiles.toJson(plan), PlanFiles.toJson(again));
    }

    @Test
    void theShippedSchemaAcceptsEveryPlanWeWrite() {
        assertEquals(List.of(), PlanSchema.validate(PlanTrees.of(plan)));
        assertTrue(PlanSchema.text().contains("2020-12"));
    }

    @Test
    void aSchemaViolationIsLocated() {
        String json = PlanFiles.toJson(plan).replaceFirst("\"id\": \"driver-auth\"", "\"id\": \"Driver Auth\"");
        InvalidPlanException e =
                assertThrows(InvalidPlanException.class, () -> PlanFiles.parse(json, "p.plan.json", false));
        int line = lineOf(json, "Driver Auth");
        assertEquals(line, e.line());
        assertTrue(e.detail().startsWith("/doubles/0/id:"), e.getMessage());
        assertTrue(e.detail().contains("pattern"), e.getMessage());
    }

    @Test
    void everyViolationIsListed() {
        String json = PlanFiles.toJson(plan)
                .replace("\"timeout\": \"PT30M\"", "\"timeout\": \"30 minutes\"")
                .replace("\"maxParallel\": 1", "\"maxParallel\": 0");
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanFiles.parse(json, "p", false));
        assertEquals(2, e.violations().size(), e.violations().toString());
    }

    @Test
    void aPlanOfTheEarlierFormatIsReadWithItsStandInsMapped() throws Exception {
        // itplan.plan/1 said "replaces" for what a stand-in is of; it is still read, and written back as /2
        String v2 = PlanFiles.toJson(plan);
        String v1 = v2.replace("\"format\": \"itplan.plan/2\"", "\"format\": \"itplan.plan/1\"")
                .replace("\"of\": ", "\"replaces\": ");
        assertTrue(v1.contains("\"replaces\": \"payments\""), v1);
        IntegrationPlan read = PlanFiles.parse(v1, "old.plan.json", false);
        assertEquals(plan.doubles(), read.doubles());
        assertEquals(v2, PlanFiles.toJson(read));
        assertEquals(List.of(), PlanChecker.check(graph, read, GraphDigest.of(graph)));
        // a /1 file with the /2 field name breaks the /1 schema, and the other way round
        assertThrows(
                InvalidPlanException.class,
                () -> PlanFiles.parse(v1.replace("\"replaces\": ", "\"of\": "), "x", false));
        assertThrows(
                InvalidPlanException.class,
                () -> PlanFiles.parse(v2.replace("\"of\": ", "\"replaces\": "), "x", false));
    }

    @Test
    void aPlanWrittenBesideItsGraphRecordsTheGraphFileRelativeToItself() throws Exception {
        Path graphFile = dir.resolve("graphs/shop.json");
        Path planFile = dir.resolve("plans/q3/shop.plan.json");
        Files.createDirectories(planFile.getParent());
        PlanFiles.write(plan, planFile, graphFile);
        IntegrationPlan read = PlanFiles.read(planFile);
        assertEquals("../../graphs/shop.json", read.graph().file());
        assertEquals(plan.graph().digest(), read.graph().digest());
    }

    @Test
    void aNewerPlanFormatIsRefusedByName() {
        String json = PlanFiles.toJson(plan).replace("itplan.plan/2", "itplan.plan/7");
        InputException e = assertThrows(InputException.class, () -> PlanFiles.parse(json, "p", false));
        assertTrue(e.detail().contains("'itplan.plan/7' is a newer plan format"), e.getMessage());
    }

    @Test
    void malformedYamlIsLocated() {
        InputException e = assertThrows(
                InputException.class,
                () -> PlanFiles.parse("format: \"itplan.plan/1\"\nsteps: [\n  - : :\n", "p.plan.yaml", true));
        assertTrue(e.detail().startsWith("malformed YAML"), e.getMessage());
        assertTrue(e.line() >= 2, e.getMessage());
    }

    @Test
    void yamlAliasesAreRefusedRatherThanReadAsText() {
        String yaml = PlanFiles.toYaml(plan)
                .replaceFirst("integrate:\n  - \"([^\"]+)\"", "integrate:\n  - &m \"$1\"")
                .replaceFirst("from: \"[^\"]+\"", "from: *m");
        InputException e = assertThrows(InputException.class, () -> PlanFiles.parse(yaml, "p.plan.yaml", true));
        assertTrue(e.detail().contains("YAML aliases (*m) are not supported"), e.getMessage());
    }

    @Test
    void countsBeyondTheirRangeBreakTheSchemaInsteadOfWrappingAround() {
        String json = PlanFiles.toJson(plan).replaceFirst("\"specificStubs\": \\d+", "\"specificStubs\": 4294967298");
        assertThrows(InvalidPlanException.class, () -> PlanFiles.parse(json, "p", false));
    }

    @Test
    void cycleBreakingClaimsAreChecked() throws Exception {
        String json = PlanFiles.toJson(plan).replace("\"lowerBound\": 0.0", "\"lowerBound\": 57.0");
        List<String> problems = PlanChecker.check(graph, PlanFiles.parse(json, "p", false), null);
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("cycleBreaking: lowerBound 57.0 is above")),
                problems.toString());
        String broken = PlanFiles.toJson(plan)
                .replace(
                        "\"brokenDependencies\": [ ]",
                        "\"brokenDependencies\": [ {\"from\": \"web\", \"to\": \"gateway\"} ]");
        List<String> p2 = PlanChecker.check(graph, PlanFiles.parse(broken, "p", false), null);
        assertTrue(p2.stream().anyMatch(p -> p.contains("web -> gateway lies on no cycle")), p2.toString());
    }

    @Test
    void theCheckerCatchesAHandEditedPlan() throws Exception {
        String json = PlanFiles.toJson(plan).replaceFirst("\"specificDrivers\": \\d+", "\"specificDrivers\": 3");
        IntegrationPlan edited = PlanFiles.parse(json, "p", false);
        List<String> problems = PlanChecker.check(graph, edited, GraphDigest.of(graph));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("metrics: specificDrivers is 3, the rule says"), problems.get(0));
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
