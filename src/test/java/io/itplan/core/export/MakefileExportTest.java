package io.itplan.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import io.itplan.core.strategy.StrategyName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MakefileExportTest {
    private final MakefileExport export = new MakefileExport();

    @TempDir
    Path tmp;

    @Test
    void makeDryRunPrintsEveryStepsCommandsAfterTheStepsItComesAfter() throws Exception {
        ExportValidators.assumeTool("make");
        IntegrationPlan plan = ExportFixtures.plan(ExportFixtures.example("webshop"), StrategyName.SANDWICH);
        Files.writeString(tmp.resolve("Makefile"), export.render(plan));
        ExportValidators.Result r = ExportValidators.run(tmp, List.of("make", "-n", "-f", "Makefile", "all"));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        for (Step s : plan.steps()) {
            int at = lineOf(lines, s);
            assertEquals(
                    "'mvn' '-pl' '" + String.join(",", s.integrate()) + "' 'verify' '-Dgroups=itplan-" + s.id() + "'",
                    lines.get(at));
            for (String before : s.after()) {
                assertTrue(lineOf(lines, plan.step(before).orElseThrow()) < at, before + " runs before " + s.id());
            }
        }
        assertEquals(plan.steps().size(), lines.size());
    }

    private static int lineOf(List<String> lines, Step s) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith("'-Dgroups=itplan-" + s.id() + "'")) {
                return i;
            }
        }
        throw new AssertionError("no command of " + s.id() + " in " + lines);
    }

    @Test
    void makeInParallelTouchesEveryStepsFilesAndHostileNamesRunNothing() throws Exception {
        ExportValidators.assumeTool("make");
        IntegrationPlan plan = ExportFixtures.hostilePlan(List.of(
                "sh", "-c", "touch \"$1.done\" && printf '%s\\0' \"$2\" >> modules.out", "sh", "{step}", "{modules}"));
        String makefile = export.render(plan);
        Files.writeString(tmp.resolve("Makefile"), makefile);
        Files.writeString(tmp.resolve("x"), "must survive");
        StepSettings first = StepSettings.of(plan, plan.steps().get(0));
        Path firstDir = Files.createDirectories(tmp.resolve(first.workingDirectory()));
        Set<String> expected = new TreeSet<>(List.of(
                "Makefile",
                "x",
                "modules.out",
                "sub dir",
                "sub dir/$(touch pwned)",
                "sub dir/$(touch pwned)/modules.out"));
        Set<String> modules = new TreeSet<>();
        for (Step s : plan.steps()) {
            StepSettings settings = StepSettings.of(plan, s);
            expected.add((settings.changesDirectory() ? settings.workingDirectory() + "/" : "") + s.id() + ".done");
            s.run().forEach(argv -> modules.add(argv.get(5)));
        }
        assertTrue(modules.stream().anyMatch(m -> m.contains("\n")), "a module name holds a line break");
        ExportValidators.Result r = ExportValidators.run(tmp, List.of("make", "-j2", "-f", "Makefile", "all"));
        assertEquals(0, r.code(), () -> r.err() + "\n" + makefile);
        assertEquals(expected, allFiles(tmp));
        assertEquals("must survive", Files.readString(tmp.resolve("x")));
        Set<String> written = new TreeSet<>();
        for (Path out : List.of(tmp.resolve("modules.out"), firstDir.resolve("modules.out"))) {
            written.addAll(List.of(Files.readString(out).split("\0")));
        }
        assertEquals(modules, written);
    }

    @Test
    void argumentsAreSingleQuotedWithDollarsDoubledAndLineBreaksSpliced() {
        assertEquals("'a'\\''b $$(x) $${y}'", MakefileExport.quote("a'b $(x) ${y}"));
        assertEquals("'a'\"$$nl\"'b'\"$$cr\"''", MakefileExport.quote("a\nb\r"));
    }

    @Test
    void aStepNamedAllIsRefused() {
        DependencyGraph g = DependencyGraph.builder("g").addModules("a").build();
        IntegrationPlan p = ExportFixtures.plan(g, StrategyName.BIG_BANG);
        Step s = p.steps().get(0);
        IntegrationPlan renamed = new IntegrationPlan(
                p.graph(),
                p.strategy(),
                p.metrics(),
                p.cycleBreaking(),
                p.maxParallel(),
                p.defaults(),
                p.doubles(),
                List.of(new Step(
                        "all", s.name(), s.after(), s.integrate(), s.stubs(), s.drivers(), s.tests(), s.run(), null)));
        assertThrows(IllegalArgumentException.class, () -> export.render(renamed));
    }

    @Test
    void theSamePlanGivesTheSameBytes() {
        assertEquals(export.render(ExportFixtures.hostilePlan()), export.render(ExportFixtures.hostilePlan()));
    }

    private static Set<String> allFiles(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root))
                    .map(p -> root.relativize(p).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
