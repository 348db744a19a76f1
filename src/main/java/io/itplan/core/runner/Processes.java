package io.itplan.core.runner;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starting commands from argv lists (never through a shell) and ending whole process trees. */
final class Processes {
    private Processes() {}

    static Process start(List<String> argv, Path dir, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                // Nobody answers questions during a run: a command that reads its input gets end of file at once.
                .redirectInput(ProcessBuilder.Redirect.from(
                        new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")));
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Waits for {@code p}; kills its tree and returns null on timeout. */
    static Integer waitFor(Process p, Duration timeout) throws InterruptedException {
        if (p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return p.exitValue();
        }
        killTree(p.toHandle());
        return null;
    }

    /** Ends a process and everything it started: politely, then by force. */
    static void killTree(ProcessHandle root) {
        List<ProcessHandle> tree = new java.util.ArrayList<>(root.descendants().toList());
        tree.add(root);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
        // Children started while we were ending the first ones.
        root.descendants().forEach(ProcessHandle::destroyForcibly);
    }
}
