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

/** The plan writer streams, and writes the very bytes the plan's tree gives: plans stay byte for byte the same. */
class StreamedPlanWriterTest {
    @TempDir
    Path dir;

    private static String fromTree(IntegrationPlan plan) throws Exception {
        return GraphFiles.JSON.writer().with(new LfPrettyPrinter()).writeValueAsString(PlanTrees.of(plan)) + "\n";
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
            assertEquals(fromTree(plan), PlanFiles.toJson(plan));
            assertEquals(yamlFromTree(plan), PlanFiles.toYaml(plan));
            Path json = dir.resolve("p.plan.json");
            PlanFiles.write(plan, json);
            assertEquals(fromTree(plan), Files.readString(json));
            Path yaml = dir.resolve("p.plan.yaml");
            PlanFiles.write(plan, yaml);
            assertEquals(yamlFromTree(plan), Files.readString(yaml));
        }
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
