package io.itplan.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.Execution;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan writer streams: its JSON holds the very tree of the plan, laid out with lists of texts wrapped, and its
 * YAML is the very bytes of the plan's tree.
 */
class StreamedPlanWriterTest {
    @TempDir
    Path dir;

    /** The JSON text as a tree, its numbers as the writer's (a long, or a double where it has a fraction). */
    private static com.fasterxml.jackson.databind.JsonNode tree(String json) throws Exception {
        return GraphFiles.JSON.readTree(json);
    }

    private static com.fasterxml.jackson.databind.JsonNode fromTree(IntegrationPlan plan) throws Exception {
        return tree(GraphFiles.JSON.writeValueAsString(PlanTrees.of(plan)));
    }

    private static String yamlFromTree(IntegrationPlan plan) throws Exception {
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .build());
        return yaml.writeValueAsString(PlanTrees.of(plan));
    }

    private static List<IntegrationPlan> plans() throws Exception {
        DependencyGraph shop = GraphFiles.read(Path.of("resources/examples/webshop.graph.json"));
        DependencyGraph library = GraphFiles.read(Path.of("resources/examples/library.graph.json"));
        List<IntegrationPlan> out = new ArrayList<>();
        for (DependencyGraph g : List.of(shop, library)) {
            for (StrategyName s : StrategyName.values()) {
                out.add(Planner.standard().plan(g, PlanOptions.of(s)));
            }
            out.add(Planner.standard()
                    .plan(g, PlanOptions.of(StrategyName.BOTTOM_UP).withGranularity(Granularity.PARALLEL)));
        }
        IntegrationPlan p = out.get(0);
        Step first = p.steps().get(0);
        List<Step> steps = new ArrayList<>(p.steps());
        steps.set(
                0,
                new Step(
                        first.id(),
                        "naïve \"quoted\" ✓\ttab",
                        first.after(),
                        first.integrate(),
                        first.stubs(),
                        first.drivers(),
                        first.tests(),
                        List.of(List.of("sh", "-c", "echo $(x) {y}")),
                        new Execution(Map.of("A", "1"), "sub dir", "PT5M", "continue")));
        out.add(new IntegrationPlan(
                        p.graph(),
                        p.strategy(),
                        p.metrics(),
                        p.cycleBreaking(),
                        3,
                        new Execution(Map.of("K", "v"), ".", "PT1H", "stop"),
                        p.doubles(),
                        steps)
                .withGraphFile("../g.graph.json"));
        return out;
    }

    @Test
    void streamedJsonAndYamlAreTheBytesOfThePlansTree() throws Exception {
        for (IntegrationPlan plan : plans()) {
            assertEquals(fromTree(plan), tree(PlanFiles.toJson(plan)));
            assertEquals(yamlFromTree(plan), PlanFiles.toYaml(plan));
            Path json = dir.resolve("p.plan.json");
            PlanFiles.write(plan, json);
            assertEquals(PlanFiles.toJson(plan), Files.readString(json));
            assertEquals(fromTree(plan), tree(Files.readString(json)));
            Path yaml = dir.resolve("p.plan.yaml");
            PlanFiles.write(plan, yaml);
            assertEquals(yamlFromTree(plan), Files.readString(yaml));
        }
    }

    /**
     * A list of texts is written several items to a line, within the width where its items allow, and on its key's
     * line when it fits there; lists of objects keep an item to a line.
     */
    @Test
    void listsOfTextsAreWrappedWithinTheWidth() throws Exception {
        DependencyGraph library = GraphFiles.read(Path.of("resources/examples/library.graph.json"));
        IntegrationPlan plan = Planner.standard()
                .plan(library, PlanOptions.of(StrategyName.BOTTOM_UP).withGranularity(Granularity.PARALLEL));
        String json = PlanFiles.toJson(plan);
        String[] lines = json.split("\n");
        int wrapped = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            long items = line.chars().filter(c -> c == '"').count() / 2;
            if (line.strip().startsWith("\"") && !line.contains(": ") && items > 1) {
                wrapped++;
                assertTrue(line.length() <= LfPrettyPrinter.WIDTH, "line " + (i + 1) + " is too long: " + line);
            }
        }
        assertTrue(wrapped > 0, "some list is wrapped onto lines of several items");
        Step joined = plan.steps().stream()
                .max(java.util.Comparator.comparingInt(s -> s.drivers().size()))
                .orElseThrow();
        assertTrue(joined.drivers().size() > 6, "a step needs many drivers");
        int at = json.indexOf("\"id\": \"" + joined.id() + "\"");
        int open = json.indexOf("\"drivers\": [\n", at);
        int close = json.indexOf(']', open);
        assertTrue(open > at, "a long list starts on the line after its key");
        String[] listed =
                json.substring(open + "\"drivers\": [".length(), close).strip().split(",\\s*");
        assertEquals(joined.drivers().stream().map(d -> "\"" + d + "\"").toList(), List.of(listed));
        Step first = plan.steps().get(0);
        assertTrue(
                json.contains("\"integrate\": [\"" + first.integrate().get(0) + "\"]"),
                "a short list stays on its key's line");
        assertTrue(json.contains("\"tests\": [\n        {"), "a list of objects keeps an item to a line");
    }

    @Test
    void aYamlPlanItsReaderWouldRefuseIsNotWritten() throws Exception {
        DependencyGraph g = DependencyGraph.builder("long")
                .addModule(Module.of("m".repeat(40_000)))
                .build();
        IntegrationPlan plan = Planner.standard().plan(g, PlanOptions.of(StrategyName.BIG_BANG));
        Path yaml = dir.resolve("long.plan.yaml");
        InputException e = assertThrows(InputException.class, () -> PlanFiles.write(plan, yaml));
        assertTrue(e.getMessage().contains("write the plan as .plan.json"), e.getMessage());
        assertTrue(Files.notExists(yaml));
        PlanFiles.write(plan, dir.resolve("long.plan.json"));
        assertEquals(plan.steps(), PlanFiles.read(dir.resolve("long.plan.json")).steps());
    }
}
