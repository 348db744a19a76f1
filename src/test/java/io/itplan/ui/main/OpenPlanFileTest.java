package io.itplan.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itplan.app.OpenPlan;
import io.itplan.app.files.RecentFiles;
import io.itplan.app.files.RecoveryStore;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.PlanFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import io.itplan.ui.editor.GraphDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Open and a plan file given at start: the plan shown on the graph it was made for, checked first. */
class OpenPlanFileTest {
    @TempDir
    Path dir;

    private final MainViewModelTest.Dialogs dialogs = new MainViewModelTest.Dialogs();
    private final List<OpenPlan.Opened> shown = new ArrayList<>();
    private final DependencyGraph shop = Examples.load("/itplan/examples/webshop.graph.json");
    private final DependencyGraph untitled = DependencyGraph.builder("Untitled").build();

    private MainViewModel vm() {
        MainViewModel vm = new MainViewModel(
                new GraphDocument(untitled, null), dialogs, new RecentFiles(dir), new RecoveryStore(dir), "s");
        vm.files().setOnPlanOpened(shown::add);
        return vm;
    }

    /** The web shop's top-down plan written as {@code plans/shop.plan.json}, its graph in {@code graphs/}. */
    private Path planOnDisk() throws Exception {
        Path graphFile = Files.createDirectories(dir.resolve("graphs")).resolve("shop.graph.json");
        GraphFiles.write(shop, graphFile);
        IntegrationPlan plan = Planner.standard().plan(shop, PlanOptions.of(StrategyName.TOP_DOWN));
        Path planFile = Files.createDirectories(dir.resolve("plans")).resolve("shop.plan.json");
        PlanFiles.write(plan, planFile, graphFile);
        return planFile;
    }

    @Test
    void aPlanOpensOnTheGraphItNamesAndIsHandedToThePlanTab() throws Exception {
        MainViewModel vm = vm();
        Path planFile = planOnDisk();
        dialogs.open.add(planFile);
        vm.files().open();
        assertEquals(List.of(), dialogs.errors);
        assertEquals(shop, vm.document().graph());
        assertEquals(dir.resolve("graphs/shop.graph.json"), vm.document().file());
        assertFalse(vm.document().isDirty());
        assertEquals(1, shown.size());
        assertEquals(PlanFiles.read(planFile).steps(), shown.get(0).plan().steps());
        assertEquals("top-down", shown.get(0).plan().strategy().name());
        assertEquals(List.of(planFile.toAbsolutePath()), vm.files().recentFiles());
    }

    @Test
    void aPlanWhoseGraphIsNowhereNearAsksForItAndNothingChangesWithoutOne() throws Exception {
        Path planFile = planOnDisk();
        Path moved = Files.move(dir.resolve("graphs/shop.graph.json"), dir.resolve("elsewhere.graph.json"));
        MainViewModel vm = vm();
        assertFalse(vm.files().load(planFile), "no graph chosen");
        assertEquals(untitled, vm.document().graph());
        assertTrue(shown.isEmpty());
        assertTrue(
                vm.messageProperty().get().contains("none was chosen"),
                vm.messageProperty().get());

        dialogs.open.add(moved);
        assertTrue(vm.files().load(planFile));
        assertEquals(moved, vm.document().file());
        assertEquals(1, shown.size());
    }

    @Test
    void aPlanThatBreaksTheRuleIsRefusedWithTheCheckersFindings() throws Exception {
        Path planFile = planOnDisk();
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(planFile.toFile());
        ArrayNode steps = (ArrayNode) tree.get("steps");
        steps.remove(steps.size() - 1);
        json.writeValue(planFile.toFile(), tree);
        MainViewModel vm = vm();
        assertFalse(vm.files().load(planFile));
        assertEquals(untitled, vm.document().graph(), "a plan that fails the check changes nothing");
        assertNull(vm.document().file());
        assertTrue(shown.isEmpty());
        assertEquals(1, dialogs.errors.size());
        assertTrue(
                dialogs.errors.get(0).startsWith("The plan does not keep to the rule for shop.graph.json:"),
                dialogs.errors.get(0));
        assertTrue(dialogs.errors.get(0).lines().count() > 1, "the findings follow");
    }

    @Test
    void aPlanIsKnownByItsNameOrByItsFirstLines() throws Exception {
        Path renamed = Files.move(planOnDisk(), dir.resolve("release-3.json"));
        assertTrue(OpenPlan.isPlanFile(renamed));
        assertTrue(OpenPlan.isPlanFile(dir.resolve("missing.plan.yaml")));
        assertFalse(OpenPlan.isPlanFile(dir.resolve("graphs/shop.graph.json")));
    }
}
