package io.itplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.format.PlanFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan always finds the graph it was made for, whatever that file is called and wherever the plan was moved. */
class OpenPlanTest {
    @TempDir
    Path dir;

    private final DependencyGraph graph = example();
    private final IntegrationPlan plan = Planner.standard().plan(graph, PlanOptions.of(StrategyName.BOTTOM_UP));

    private static DependencyGraph example() {
        try {
            return GraphFiles.read(Path.of("resources/examples/webshop.graph.json"));
        } catch (InputException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aGraphBesideThePlanIsFoundByItsDigestWhateverItIsCalled() throws Exception {
        GraphFiles.write(graph, dir.resolve("g.json"));
        // another itplan graph and some other JSON beside it are passed over
        GraphFiles.write(
                DependencyGraph.builder("other").addModule(Module.of("x")).build(), dir.resolve("a.graph.json"));
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"not a graph\"}");
        Path planFile = dir.resolve("p.plan.json");
        PlanFiles.write(plan, planFile);

        OpenPlan.Opened opened = OpenPlan.open(planFile, null);
        assertTrue(opened.valid(), opened.disagreements().toString());
        assertEquals(dir.resolve("g.json").toAbsolutePath().normalize(), opened.graphFile());
    }

    @Test
    void theGraphFileThePlanRecordsIsTriedFirst() throws Exception {
        Path graphFile = dir.resolve("model/shop.json");
        Files.createDirectories(graphFile.getParent());
        GraphFiles.write(graph, graphFile);
        Path planFile = dir.resolve("ci/plans/shop.plan.json");
        Files.createDirectories(planFile.getParent());
        PlanFiles.write(plan, planFile, graphFile);

        OpenPlan.Opened opened = OpenPlan.open(planFile, null);
        assertTrue(opened.valid());
        assertEquals(graphFile.toAbsolutePath().normalize(), opened.graphFile());
    }

    @Test
    void aRecordedGraphFileThatChangedSinceIsNotTaken() throws Exception {
        Path graphFile = dir.resolve("shop.json");
        GraphFiles.write(graph, graphFile);
        Path planFile = dir.resolve("elsewhere/shop.plan.json");
        Files.createDirectories(planFile.getParent());
        PlanFiles.write(plan, planFile, graphFile);
        GraphFiles.write(
                DependencyGraph.builder("shop v2").addModule(Module.of("only")).build(), graphFile);

        InputException e = assertThrows(InputException.class, () -> OpenPlan.open(planFile, null));
        assertTrue(e.getMessage().contains("cannot find the graph this plan was made for"), e.getMessage());
        assertTrue(e.getMessage().contains("file ../shop.json"), e.getMessage());
    }

    @Test
    void aPlanCheckedAgainstAnotherGraphSaysWhy() throws Exception {
        Path other = dir.resolve("other.graph.json");
        GraphFiles.write(
                DependencyGraph.builder("other").addModule(Module.of("x")).build(), other);
        Path planFile = dir.resolve("p.plan.json");
        PlanFiles.write(plan, planFile);

        OpenPlan.Opened opened = OpenPlan.open(planFile, other);
        assertFalse(opened.valid());
        assertTrue(opened.disagreements().get(0).startsWith("graph: the plan was made for another version"));
    }
}
