package io.itplan.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the readers refuse, early and in one line: files that are not files, nulls, bad ports, NULs, long lines. */
class ReaderLimitsTest {
    @TempDir
    Path dir;

    private static InputException graphFails(String json) {
        return assertThrows(InputException.class, () -> GraphFiles.parse(json, "g.graph.json"));
    }

    @Test
    void aPipeOrADeviceIsRefusedInsteadOfReadForever() throws Exception {
        Path fifo = dir.resolve("pipe.graph.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        InputException pipe = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> assertThrows(InputException.class, () -> GraphFiles.read(fifo)));
        assertTrue(
                pipe.getMessage()
                        .endsWith("pipe.graph.json: is not a regular file (a pipe, device or socket); "
                                + "itplan reads files only"),
                pipe.getMessage());
        assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> assertThrows(InputException.class, () -> PlanFiles.read(fifo)));
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        InputException device = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> assertThrows(InputException.class, () -> GraphFiles.read(zero)));
        assertTrue(device.getMessage().startsWith("/dev/zero: is not a regular file"), device.getMessage());
        assertTrue(assertThrows(InputException.class, () -> GraphFiles.read(dir))
                .getMessage()
                .endsWith("is a folder, expected a file"));
    }

    @Test
    void aNullListOfDependenciesOrModulesIsRefused() {
        InputException e = graphFails(
                "{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"a\"}],\n" + " \"dependencies\": null}");
        assertEquals("g.graph.json:2:18: 'dependencies' must be an array, found null", e.getMessage());
        InputException m = graphFails("{\"format\": \"itplan.graph/1\", \"modules\": null}");
        assertEquals("g.graph.json:1:41: 'modules' must be an array, found null", m.getMessage());
    }

    @Test
    void aReadinessPortMustBeAPortNumber() throws Exception {
        String module = "{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"pay\",\n"
                + " \"stub\": {\"start\": [\"x\"], \"ready\": %s}}]}";
        InputException text = graphFails(String.format(module, "\"99999\""));
        assertEquals(
                "g.graph.json:2:36: 'ready' must be an http:// URL or a TCP port number from 1 to 65535, "
                        + "found \"99999\"",
                text.getMessage());
        graphFails(String.format(module, "4294967297"));
        graphFails(String.format(module, "\"0\""));
        graphFails(String.format(module, "\"localhost:80\""));
        assertEquals(
                "8089",
                GraphFiles.parse(String.format(module, "\"8089\""), "g")
                        .module("pay")
                        .stub()
                        .ready(),
                "a port written as a string is that port");
        assertEquals(
                "8089",
                GraphFiles.parse(String.format(module, "8089"), "g")
                        .module("pay")
                        .stub()
                        .ready());
    }

    @Test
    void aNulInAModuleIdIsRefusedWhereItIsRead() {
        InputException e = graphFails("{\"format\": \"itplan.graph/1\",\n \"modules\": [{\"id\": \"a\\u0000b\"}]}");
        assertEquals("g.graph.json:2:21: text must not contain the NUL character (U+0000)", e.getMessage());
        InputException key = graphFails("{\"format\": \"itplan.graph/1\",\n \"modules\": [{\"id\": \"a\"}],"
                + " \"commands\": {\"t\\u0000\": [\"x\"]}}");
        assertEquals(2, key.line());
        InputException plan = assertThrows(
                InputException.class,
                () -> PlanFiles.parse("format: itplan.plan/2\ngraph: {name: \"a\\0b\"}\n", "p.plan.yaml", true));
        assertEquals("p.plan.yaml:2:15: text must not contain the NUL character (U+0000)", plan.getMessage());
    }

    @Test
    void aLongYamlLineIsRefusedAtOnce() throws Exception {
        Path plan = dir.resolve("long.plan.yaml");
        Files.writeString(plan, "format: itplan.plan/2\ngraph:\n  name: " + "x".repeat(8_000_000) + "\n");
        InputException e = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> assertThrows(InputException.class, () -> PlanFiles.read(plan)));
        assertEquals(3, e.line());
        assertTrue(e.detail().startsWith("line longer than 65,536 characters"), e.getMessage());
    }

    @Test
    void aBadIdInAStepsListIsLocatedAtTheItem() throws Exception {
        var graph = GraphFiles.read(Path.of("resources/examples/webshop.graph.json"));
        var plan = io.itplan.core.strategy.Planner.standard()
                .plan(graph, io.itplan.core.strategy.PlanOptions.of(io.itplan.core.strategy.StrategyName.TOP_DOWN));
        String json = PlanFiles.toJson(plan);
        int step = json.indexOf("\"steps\"");
        int stubs = json.indexOf("\"stubs\": [\n", step);
        int item = json.indexOf('"', stubs + 12);
        String bad = json.substring(0, item + 1) + "Not_An_Id" + json.substring(json.indexOf('"', item + 1));
        int line = (int) bad.substring(0, item).chars().filter(c -> c == '\n').count() + 1;
        InvalidPlanException e =
                assertThrows(InvalidPlanException.class, () -> PlanFiles.parse(bad, "p.plan.json", false));
        assertEquals(line, e.violations().get(0).line(), e.getMessage());
        assertTrue(e.violations().get(0).detail().matches("/steps/\\d+/stubs/0: .*pattern.*"), e.getMessage());
    }
}
