package io.itplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code run} and {@code export} as a user meets them: refusals in one line, never an internal error. */
class RunExportCliTest {
    @TempDir
    Path dir;

    private Path plan(String testCommand) throws Exception {
        Path g = dir.resolve("r.graph.json");
        Files.writeString(
                g,
                "{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"a\"}, {\"id\": \"b\"}],"
                        + " \"dependencies\": [{\"from\": \"a\", \"to\": \"b\"}]"
                        + (testCommand == null ? "" : ", \"commands\": {\"test\": " + testCommand + "}")
                        + "}");
        Path plan = dir.resolve("r.plan.json");
        assertEquals(
                0,
                ItplanCliTest.run("plan", g.toString(), "-q", "-o", plan.toString())
                        .code());
        return plan;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"timeout\": \"PT999999999999999999H\"}",
                "{\"timeout\": \"PT0S\"}",
                "{\"env\": {\"A=B\": \"x\"}}",
                "{\"env\": {\"\": \"x\"}}",
                "{\"env\": {\"A\": \"x\\u0000y\"}}"
            })
    void executionSettingsThatCannotRunAreRefusedByCheckRunAndExportInOneLine(String setting) throws Exception {
        Path plan = plan("[\"true\"]");
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(plan.toFile());
        ObjectNode change = (ObjectNode) json.readTree(setting);
        String key = change.fieldNames().next();
        ((ObjectNode) tree.get("defaults")).set(key, change.get(key));
        json.writeValue(plan.toFile(), tree);
        ItplanCliTest.Result check = ItplanCliTest.run("check", plan.toString());
        assertTrue(check.code() != 0, check.out() + check.err());
        assertTrue(namesWhere(check.err(), key), check.err());
        for (String command : List.of("run", "export")) {
            ItplanCliTest.Result r = command.equals("run")
                    ? ItplanCliTest.run(
                            "run",
                            plan.toString(),
                            "--report-dir",
                            dir.resolve("rep").toString())
                    : ItplanCliTest.run(
                            "export",
                            plan.toString(),
                            "--to",
                            "make",
                            "-o",
                            dir.resolve("M").toString());
            assertEquals(2, r.code(), r.out() + r.err());
            assertFalse(r.err().contains("internal error"), r.err());
            assertTrue(namesWhere(r.err(), key), r.err());
        }
        assertFalse(Files.exists(dir.resolve("rep")), "nothing ran");
    }

    /** The setting by its path, or (for text no file may hold, such as NUL) the file, line and column. */
    private static boolean namesWhere(String err, String key) {
        return err.contains("defaults." + key) || err.matches("(?s).*r\\.plan\\.json:\\d+:\\d+: .*NUL.*");
    }

    @Test
    void aPlanWithoutAnyCommandIsRefusedSayingHowToAddOne() throws Exception {
        Path plan = plan(null);
        ItplanCliTest.Result r = ItplanCliTest.run(
                "run", plan.toString(), "--report-dir", dir.resolve("rep").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("commands") && r.err().contains("test"), r.err());
    }

    @Test
    void aStepWithoutCommandIsNotRunInTheSummaryAndTheExitCode() throws Exception {
        Path g = dir.resolve("h.graph.json");
        Files.writeString(
                g,
                "{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"a\"},"
                        + " {\"id\": \"b\", \"commands\": {\"test\": [\"true\"]}}],"
                        + " \"dependencies\": [{\"from\": \"a\", \"to\": \"b\"}]}");
        Path plan = dir.resolve("h.plan.json");
        assertEquals(
                0,
                ItplanCliTest.run("plan", g.toString(), "-q", "-o", plan.toString())
                        .code());
        ItplanCliTest.Result r = ItplanCliTest.run(
                "run", plan.toString(), "--report-dir", dir.resolve("rep").toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("1 passed, 0 failed, 0 skipped, 1 not run (no command: height-1)"), r.out());
    }
}
