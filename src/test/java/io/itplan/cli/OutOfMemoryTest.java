package io.itplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running out of memory is one line that says what ran out and how to give more, never a stack trace. */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aCommandThatRunsOutOfHeapSaysSoInOneLine() throws Exception {
        Path graph = dir.resolve("big.graph.json");
        StringBuilder json = new StringBuilder("{\"format\": \"itplan.graph/1\", \"modules\": [");
        int n = 60_000;
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\": \"module-")
                    .append(i)
                    .append("\"}");
        }
        json.append("], \"dependencies\": [");
        for (int i = 0; i + 1 < n; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"from\": \"module-")
                    .append(i)
                    .append("\", \"to\": \"module-")
                    .append(i + 1)
                    .append("\"}");
        }
        Files.writeString(graph, json.append("]}"), StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx16m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.itplan.Launcher",
                        "plan",
                        graph.toString(),
                        "-q")
                .redirectOutput(new File(dir.resolve("out.txt").toString()))
                .redirectError(new File(dir.resolve("err.txt").toString()))
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command ends");
        List<String> err = Files.readAllLines(dir.resolve("err.txt"));
        assertEquals(2, p.exitValue(), String.join("\n", err));
        assertEquals(1, err.size(), String.join("\n", err));
        assertTrue(
                err.get(0)
                        .matches("itplan: out of memory \\(Java heap space, 1\\d MB of heap at most\\); give Java more "
                                + "heap, e.g. JAVA_TOOL_OPTIONS=-Xmx1g"),
                err.get(0));
    }
}
