package io.itplan.core.runner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.PlanFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping {@code itplan run} (SIGTERM, as Ctrl-C or a CI cancel does) ends every process it started and still writes
 * every report: the interrupted step as an error, the unstarted ones as skipped.
 */
class InterruptTest {
    @TempDir
    Path dir;

    @Test
    void stoppingARunKillsItsProcessTrees() throws Exception {
        Path pids = dir.resolve("pids");
        DependencyGraph g = DependencyGraph.builder("long")
                .addModules("a", "b")
                .addDependency("a", "b")
                .command("test", List.of("sh", "-c", "sleep 60 & echo $! >> " + pids + "; wait"))
                .build();
        GraphFiles.write(g, dir.resolve("long.graph.json"));
        PlanFiles.write(
                Planner.standard().plan(g, PlanOptions.of(StrategyName.BOTTOM_UP)), dir.resolve("long.plan.json"));
        Process run = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.itplan.Launcher",
                        "run",
                        "long.plan.json")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!(Files.exists(pids) && !Files.readString(pids).isBlank()) && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(pids), "the step started: " + Files.readString(dir.resolve("out.txt")));
        long sleeper = Long.parseLong(Files.readAllLines(pids).get(0).strip());
        assertTrue(ProcessHandle.of(sleeper).isPresent());
        run.destroy();
        assertTrue(run.waitFor(20, TimeUnit.SECONDS));
        assertTrue(ProcessChecks.gone(sleeper), "the step's child is gone");
        Path reports = dir.resolve("itplan-reports");
        assertTrue(Files.exists(reports.resolve("itplan-junit.xml")), "the combined report is written on the way out");
        String interrupted = Files.readString(reports.resolve("TEST-height-0.xml"));
        assertTrue(interrupted.contains("<error message="), interrupted);
        String unstarted = Files.readString(reports.resolve("TEST-height-1.xml"));
        assertTrue(unstarted.contains("<skipped message=\"the run was stopped before it started\"/>"), unstarted);
    }
}
