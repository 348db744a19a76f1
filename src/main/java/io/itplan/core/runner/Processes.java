package io.itplan.core.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starting commands from argv lists (never through a shell) and ending whole process trees. Where the system has
 * {@code setsid} (Linux), each command starts in a session of its own, so that whatever it leaves running in the
 * background — reparented away from it, out of reach of a walk down the process tree — can still be found and ended
 * when its step ends, as CI runners end a job's processes.
 */
final class Processes {
    private static final Path SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid")
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst()
            .orElse(null);
    private static final Path PROC = Path.of("/proc");

    private Processes() {}

    static Process start(List<String> argv, Path dir, Map<String, String> env, Path log) throws IOException {
        List<String> command = new ArrayList<>(argv.size() + 2);
        if (SETSID != null) {
            // --wait keeps the exit code should setsid have to fork.
            command.add(SETSID.toString());
            command.add("--wait");
        }
        command.addAll(argv);
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                // Nobody answers questions during a run: a command that reads its input gets end of file at once.
                .redirectInput(ProcessBuilder.Redirect.from(
                        new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")));
        pb.environment().putAll(env);
        try {
            return pb.start();
        } catch (IOException e) {
            // Without setsid the message names setsid; name the command the user wrote.
            throw new IOException(SETSID == null ? e.getMessage() : "cannot run " + argv.get(0), e);
        }
    }

    /** Whether a command started with {@code argv} could be found: setsid reports a missing program by exit 127. */
    static boolean missingProgram(int exitCode) {
        return SETSID != null && exitCode == 127;
    }

    /** Waits for {@code p}; kills its tree and returns null on timeout. */
    static Integer waitFor(Process p, Duration timeout) throws InterruptedException {
        long millis = timeout.compareTo(Duration.ofDays(365)) > 0 ? Long.MAX_VALUE : timeout.toMillis();
        if (p.waitFor(millis, TimeUnit.MILLISECONDS)) {
            return p.exitValue();
        }
        killTree(p.toHandle());
        return null;
    }

    /** Ends a process, everything it started and everything left in its session: politely, then by force. */
    static void killTree(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        tree.addAll(inSessions(List.of(root.pid())));
        end(tree);
        // Children started while we were ending the first ones.
        root.descendants().forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Ends every process still alive in the sessions of the given (already ended) commands.
     *
     * @return how many processes were left running and ended
     */
    static int endSessions(Collection<Long> sessions) {
        List<ProcessHandle> left = inSessions(sessions);
        end(left);
        return left.size();
    }

    private static void end(List<ProcessHandle> processes) {
        processes.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        for (ProcessHandle h : processes) {
            try {
                h.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
    }

    /** The live processes whose session is one of {@code sessions} (Linux; none elsewhere). */
    static List<ProcessHandle> inSessions(Collection<Long> sessions) {
        if (SETSID == null || sessions.isEmpty() || !Files.isDirectory(PROC)) {
            return List.of();
        }
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> found = new ArrayList<>();
        try (Stream<Path> all = Files.list(PROC)) {
            all.map(p -> p.getFileName().toString())
                    .filter(n -> n.chars().allMatch(Character::isDigit))
                    .forEach(n -> {
                        long pid = Long.parseLong(n);
                        Long sid = sessionOf(pid);
                        if (pid != self && sid != null && sessions.contains(sid)) {
                            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(found::add);
                        }
                    });
        } catch (IOException | RuntimeException e) {
            return found;
        }
        return found;
    }

    private static Long sessionOf(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(pid + "/stat"));
            // pid (comm) state ppid pgrp session ...; comm may hold spaces and parentheses.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return f[0].equals("Z") ? null : Long.parseLong(f[3]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
