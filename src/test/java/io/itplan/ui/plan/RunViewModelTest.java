package io.itplan.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running a plan from the app: live status, logs, and Stop. */
class RunViewModelTest {
    @TempDir
    Path dir;

    private IntegrationPlan plan(String script) {
        DependencyGraph g = DependencyGraph.builder("g")
                .addModules("a", "b")
                .addDependency("a", "b")
                .command("test", List.of("sh", "-c", script, "x", "{modules}"))
                .build();
        return Planner.standard().plan(g, PlanOptions.of(StrategyName.BOTTOM_UP));
    }

    private static void await(RunViewModel vm) throws InterruptedException {
        Thread.sleep(200);
        for (int i = 0; i < 300 && vm.runningProperty().get(); i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void statusFollowsTheRunAndEachStepHasItsLog() throws Exception {
        RunViewModel vm = new RunViewModel(Runnable::run);
        List<String> followed = new ArrayList<>();
        vm.run(plan("echo checking \"$1\""), dir, followed::add);
        await(vm);
        assertEquals(Map.of("height-0", "passed", "height-1", "passed"), Map.copyOf(vm.status()));
        assertEquals(List.of("height-0", "height-1"), followed);
        assertTrue(vm.log("height-1").contains("checking a"), vm.log("height-1"));
        assertTrue(vm.summaryProperty().get().startsWith("2 passed, 0 failed, 0 skipped"));
    }

    @Test
    void stopEndsTheRunningStepAndSkipsTheRest() throws Exception {
        RunViewModel vm = new RunViewModel(Runnable::run);
        vm.run(plan("sleep 30"), dir, s -> {});
        for (int i = 0; i < 50 && !"running".equals(vm.status().get("height-0")); i++) {
            Thread.sleep(100);
        }
        long t0 = System.nanoTime();
        vm.stop();
        await(vm);
        assertTrue((System.nanoTime() - t0) / 1e9 < 10);
        assertEquals("failed", vm.status().get("height-0"));
        assertEquals("skipped", vm.status().get("height-1"));
    }
}
