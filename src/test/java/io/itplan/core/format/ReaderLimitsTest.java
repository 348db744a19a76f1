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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * A step's lists of ids are numbered as they are read; an item that is no id, first, in the middle or last, is
     * still refused at its own line and column, and the list's other items are kept in the schema's view of it.
     */
    @ParameterizedTest
    @CsvSource({
        "TOP_DOWN, stubs, 0, \"Not_An_Id\"",
        "TOP_DOWN, stubs, -1, \"Not_An_Id\"",
        "BOTTOM_UP, drivers, 1, 7",
        "TOP_DOWN, after, -1, null",
        "BOTTOM_UP, after, 0, \"x_\"",
    })
    void aBadItemInAStepsListOfIdsIsLocatedAtTheItem(
            io.itplan.core.strategy.StrategyName strategy, String key, int at, String bad) throws Exception {
        var graph = GraphFiles.read(Path.of("resources/examples/webshop.graph.json"));
        var plan = io.itplan.core.strategy.Planner.standard()
                .plan(
                        graph,
                        io.itplan.core.strategy.PlanOptions.of(strategy)
                                .withGranularity(io.itplan.core.strategy.Granularity.PARALLEL));
        String json = PlanFiles.toJson(plan);
        // The step whose list is longest, and the item to spoil: its text, wherever the writer put it on its line.
        int longest = 0;
        for (int i = 0; i < plan.steps().size(); i++) {
            if (list(plan.steps().get(i), key).size()
                    > list(plan.steps().get(longest), key).size()) {
                longest = i;
            }
        }
        java.util.List<String> items = list(plan.steps().get(longest), key);
        int size = items.size();
        assertTrue(size >= 3, "a step lists at least three " + key);
        int item = at < 0 ? size + at : at;
        int stepAt = json.indexOf("\"id\": \"" + plan.steps().get(longest).id() + "\"", json.indexOf("\"steps\""));
        int open = json.indexOf("\"" + key + "\": [", stepAt);
        String quoted = "\"" + items.get(item) + "\"";
        int start = json.indexOf(quoted, open);
        assertTrue(start > open && start < json.indexOf(']', open), "the item is in its list");
        String spoiled = json.substring(0, start) + bad + json.substring(start + quoted.length());
        int lineNumber =
                (int) json.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
        int column = start - json.lastIndexOf('\n', start);

        InvalidPlanException e =
                assertThrows(InvalidPlanException.class, () -> PlanFiles.parse(spoiled, "p.plan.json", false));

        assertEquals(1, e.violations().size(), e.getMessage());
        InputException v = e.violations().get(0);
        assertEquals(lineNumber, v.line(), e.getMessage());
        assertEquals(column, v.column(), e.getMessage());
        assertTrue(v.detail().startsWith("/steps/" + longest + "/" + key + "/" + item + ": "), e.getMessage());
    }

    private static java.util.List<String> list(io.itplan.core.plan.Step step, String key) {
        return switch (key) {
            case "stubs" -> step.stubs();
            case "drivers" -> step.drivers();
            default -> step.after();
        };
    }
}
