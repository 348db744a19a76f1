package io.itplan.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finding and running the real tools that consume exports. A missing tool skips its tests with the reason, except where
 * {@code ITPLAN_REQUIRE_ALL} is set (as {@code .ci/run} sets it, after installing every tool): there a missing
 * tool fails.
 */
final class Consumers {
    static final Path LIB = Path.of(System.getProperty("itplan.conformance.lib", "target/conformance-lib"));

    private Consumers() {}

    static Optional<Path> onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, tool))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The tool, or the test is skipped (failed where every tool is required). */
    static Path require(String tool, String install) {
        Optional<Path> found = onPath(tool);
        need(found.isPresent(), tool + " not found on PATH (" + install + ")");
        return found.orElseThrow();
    }

    /** A jar fetched from Maven Central into the conformance folder by the build. */
    static Path jar(String name) {
        Path jar = LIB.resolve(name);
        need(Files.isRegularFile(jar), jar + " not found (mvn verify fetches it into " + LIB + ")");
        return jar;
    }

    static void need(boolean present, String why) {
        io.itplan.Required.assume(present, why);
    }

    record Result(int code, String output) {}

    /** Runs a process in {@code dir} with its output in one text; fails after {@code seconds}. */
    static Result run(Path dir, List<String> command, Map<String, String> env, int seconds)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("itplan-consumer", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
            tree.forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("timed out after " + seconds + " s: " + command + "\n" + Files.readString(out));
        }
        String text = Files.readString(out);
        Files.delete(out);
        return new Result(p.exitValue(), text);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
