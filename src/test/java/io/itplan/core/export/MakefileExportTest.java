package io.itplan.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanEdits;
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
    void makeInParallelTouchesEveryStepsFilesAndHostileNamesRunNothing() throws Exception {
        ExportValidators.assumeTool("make");
        IntegrationPlan plan = ExportFixtures.hostilePlan(List.of(
                "sh", "-c", "touch \"$1.done\" && printf '%s\\0' \"$2\" >> modules.out", "sh", "{step}", "{modules}"));
        String makefile = export.render(plan);
        Files.writeString(tmp.resolve("Makefile"), makefile);
        Files.writeString(tmp.resolve("x"), "must survive");
        ExportSteps steps = new ExportSteps(plan, ExportOptions.DEFAULT);
        Path firstDir = Files.createDirectories(tmp.resolve(steps.all().get(0).folder()));
        Set<String> expected = new TreeSet<>(List.of(
                "Makefile",
                ".itplan-make",
                "x",
                "modules.out",
                "sub dir",
                "sub dir/$(touch pwned)",
                "sub dir/$(touch pwned)/modules.out"));
        Set<String> modules = new TreeSet<>();
        for (Step s : plan.steps()) {
            String folder = steps.get(s.id()).folder();
            expected.add((folder.equals(".") ? "" : folder + "/") + s.id() + ".done");
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
        assertEquals("echo '$$HOME'", MakefileExport.make("echo '$HOME'"));
    }

    @Test
    void aStepNamedAllIsRefused() {
        DependencyGraph g = DependencyGraph.builder("g").addModules("a").build();
        IntegrationPlan p = ExportFixtures.plan(g, StrategyName.BIG_BANG);
        Step s = p.steps().get(0);
        IntegrationPlan renamed = PlanEdits.withSteps(
                p,
                List.of(new Step(
                        "itplan-stop",
                        s.name(),
                        s.after(),
                        s.integrate(),
                        s.stubs(),
                        s.drivers(),
                        s.tests(),
                        s.run(),
                        null)));
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
