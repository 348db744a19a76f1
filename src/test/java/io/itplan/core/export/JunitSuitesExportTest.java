package io.itplan.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import io.itplan.core.strategy.StrategyName;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

class JunitSuitesExportTest {
    @TempDir
    Path tmp;

    @Test
    void oneSuitePerStepCompilesAndCarriesTheStepsTag() throws Exception {
        IntegrationPlan plan = ExportFixtures.plan(ExportFixtures.example("webshop"), StrategyName.SANDWICH);
        JunitSuitesExport export = new JunitSuitesExport("com.example.it", "com.example");
        Map<String, String> files = export.files(plan);
        assertEquals(plan.steps().size(), files.size());
        Path classes = ExportValidators.assertCompiles(files, tmp);
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            for (Step s : plan.steps()) {
                Class<?> c = loader.loadClass("com.example.it." + JunitSuitesExport.className(s.id()));
                assertTrue(c.isAnnotationPresent(Suite.class));
                assertArrayEquals(
                        new String[] {"itplan-" + s.id()},
                        c.getAnnotation(IncludeTags.class).value());
                assertArrayEquals(
                        new String[] {"com.example"},
                        c.getAnnotation(SelectPackages.class).value());
                String source = files.get("com/example/it/" + JunitSuitesExport.className(s.id()) + ".java");
                s.after().forEach(a -> assertTrue(source.contains("{@code " + a + "}"), source));
            }
        }
    }

    @Test
    void hostileNamesCompileAsStringDataOnly() throws Exception {
        IntegrationPlan plan = ExportFixtures.hostilePlan();
        Map<String, String> files = new JunitSuitesExport().files(plan);
        files.values().forEach(src -> assertTrue(src.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)), src));
        Path classes = ExportValidators.assertCompiles(files, tmp);
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            for (Step s : plan.steps()) {
                Class<?> c = loader.loadClass("itplan.suites." + JunitSuitesExport.className(s.id()));
                assertEquals(
                        s.id() + ": " + s.name(),
                        c.getAnnotation(SuiteDisplayName.class).value());
            }
        }
        assertEquals("\"a\\\\u000a\\n\\001\\u00e9\\\"\"", JunitSuitesExport.javaString("a\\u000a\n\u0001é\""));
    }

    @Test
    void packageNamesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new JunitSuitesExport("a;b", ""));
        assertThrows(IllegalArgumentException.class, () -> new JunitSuitesExport("a", "x\"); class Y {"));
    }

    @Test
    void theSamePlanGivesTheSameFiles() {
        JunitSuitesExport export = new JunitSuitesExport();
        assertEquals(export.files(ExportFixtures.hostilePlan()), export.files(ExportFixtures.hostilePlan()));
    }
}
