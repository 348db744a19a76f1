package io.itplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting as the command line and the app do it: one builder, atomic writes, a folder export replaced whole. */
class ExportPlanTest {
    @TempDir
    Path dir;

    private static DependencyGraph graph(int modules) {
        DependencyGraph.Builder b = DependencyGraph.builder("g");
        for (int i = 0; i < modules; i++) {
            b.addModules("m" + i);
            if (i > 0) {
                b.addDependency("m" + (i - 1), "m" + i);
            }
        }
        return b.command("test", List.of("true")).build();
    }

    private ExportPlan.Result build(DependencyGraph g, String target, String mode) {
        IntegrationPlan plan = Planner.standard()
                .plan(g, PlanOptions.of(StrategyName.BOTTOM_UP).withGranularity(Granularity.PARALLEL));
        return ExportPlan.build(
                new ExportPlan.Request(plan, g, dir.resolve("ci/g.plan.json"), dir, target, mode, "g-plan"));
    }

    private static Set<String> tree(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root))
                    .map(p -> root.relativize(p).toString())
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    @Test
    void reExportingIntoAFolderThatHeldALargerExportLeavesOnlyTheNewOneAndOneBackup() throws Exception {
        Path out = dir.resolve("src/test/java");
        Path stray = Files.createDirectories(out.resolve("itplan")).resolve("Step_old_Suite.java");
        Files.writeString(stray, "class Step_old_Suite {}");
        ExportPlan.writeInto(build(graph(8), "junit", null), out);
        ExportPlan.writeInto(build(graph(2), "junit", null), out);
        assertEquals(Set.of("ItplanPlan.java", "ItplanPlanTest.java", "ItplanSteps.java"), tree(out.resolve("itplan")));
        assertTrue(Files.readString(out.resolve("itplan/ItplanPlan.java")).contains("\"integrate-m1\""));
        assertFalse(Files.readString(out.resolve("itplan/ItplanPlan.java")).contains("\"integrate-m7\""));
        assertEquals(
                Set.of("itplan", "itplan.bak"), Set.copyOf(List.of(out.toFile().list())));
        assertTrue(
                Files.readString(out.resolve("itplan.bak/ItplanPlan.java")).contains("\"integrate-m7\""), "one backup");
        assertFalse(tree(out).stream().anyMatch(p -> p.endsWith(".bak") && !p.equals("itplan.bak")));
    }

    @Test
    void aKilledExportLeavesThePreviousOneWholeAndTheNextCleansUp() throws Exception {
        Path out = dir.resolve("tests");
        ExportPlan.writeInto(build(graph(3), "testng", null), out);
        Set<String> before = tree(out.resolve("itplan"));
        // What a kill in the middle of a write leaves: a half-written folder beside the export.
        Path half = Files.createDirectories(out.resolve(".itplan.1a2b.tmp"));
        Files.writeString(half.resolve("ItplanPlan.java"), "half");
        assertEquals(before, tree(out.resolve("itplan")), "the previous export is untouched");
        ExportPlan.writeInto(build(graph(3), "testng", null), out);
        assertEquals(
                Set.of("itplan", "itplan.bak"), Set.copyOf(List.of(out.toFile().list())));
    }

    @Test
    void aFileWhereTheFolderGoesIsRefusedWithItsNameAndNothingChanges() throws Exception {
        Path out = dir.resolve("t");
        Files.createDirectories(out);
        Files.writeString(out.resolve("itplan"), "a file");
        var e = assertThrows(
                io.itplan.core.format.InputException.class,
                () -> ExportPlan.writeInto(build(graph(2), "junit", null), out));
        assertTrue(e.getMessage().contains("itplan"), e.getMessage());
        assertEquals("a file", Files.readString(out.resolve("itplan")));
        assertEquals(Set.of("itplan"), Set.copyOf(List.of(out.toFile().list())));
    }

    @Test
    void workingFoldersAndThePlanFileAreWrittenRelativeToTheRoot() {
        ExportPlan.Result inline = build(graph(2), "make", null);
        assertTrue(
                inline.files().get("Makefile").contains("itplan_plan_dir='ci'"),
                inline.files().toString());
        ExportPlan.Result runner = build(graph(2), "gitlab", "runner");
        assertTrue(runner.files().get(".gitlab-ci.yml").contains("$ITPLAN run 'ci/g.plan.json' --step"));
        var unknown = assertThrows(IllegalArgumentException.class, () -> build(graph(2), "make", "runner"));
        assertTrue(unknown.getMessage().contains("inline"), unknown.getMessage());
        assertEquals(
                List.of("github", "gitlab", "jenkins", "testng", "junit", "make", "markdown", "html"),
                ExportPlan.names());
        assertEquals(new TreeMap<>(inline.files()), inline.files());
    }
}
