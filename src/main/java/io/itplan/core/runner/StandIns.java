package io.itplan.core.runner;

import io.itplan.core.graph.StandInProvider;
import io.itplan.core.plan.StandIn;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stand-ins a run has started: each is started once, before the first step that needs it, waited for
 * until ready, and stopped (its stop command, then its process tree) after the last step that uses it or at
 * the end of the run.
 */
final class StandIns {
    private final Path dir;
    private final Path logs;
    private final Duration readyTimeout;
    private final Map<String, Process> running = new LinkedHashMap<>();
    private final Map<String, StandIn> started = new LinkedHashMap<>();

    StandIns(Path dir, Path logs, Duration readyTimeout) {
        this.dir = dir;
        this.logs = logs;
        this.readyTimeout = readyTimeout;
    }

    /**
     * Starts {@code d} unless it runs already, and waits until it is ready.
     *
     * @throws IOException naming the stand-in when it cannot start or does not get ready in time
     */
    void ensure(StandIn d, Map<String, String> env) throws IOException, InterruptedException {
        StandInProvider p = d.provider();
        Process process;
        synchronized (this) {
            if (p == null || running.containsKey(d.id())) {
                return;
            }
            try {
                process = Processes.start(p.start(), dir, env, logs.resolve(d.id() + ".log"));
            } catch (IOException e) {
                throw new IOException(
                        "stand-in " + d.id() + " cannot start " + p.start().get(0) + ": " + e.getMessage());
            }
            running.put(d.id(), process);
            started.put(d.id(), d);
        }
        // Waiting happens outside the lock, so that stopping everything is never held up by it.
        if (p.ready() != null) {
            try {
                waitReady(d, process, p.ready());
            } catch (IOException | InterruptedException e) {
                synchronized (this) {
                    running.remove(d.id());
                }
                Processes.killTree(process.toHandle());
                throw e;
            }
        }
    }

    private void waitReady(StandIn d, Process process, String ready) throws IOException, InterruptedException {
        long end = System.nanoTime() + readyTimeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IOException("stand-in " + d.id() + " exited with " + process.exitValue()
                        + " before it was ready (see " + d.id() + ".log)");
            }
            if (isReady(ready)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IOException(
                "stand-in " + d.id() + " was not ready at " + ready + " within " + readyTimeout.toSeconds() + " s");
    }

    static boolean isReady(String ready) {
        try {
            if (ready.matches("\\d{1,5}")) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(ready)), 500);
                    return true;
                }
            }
            HttpURLConnection c = (HttpURLConnection) URI.create(ready).toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(1000);
            int code = c.getResponseCode();
            c.disconnect();
            return code >= 200 && code < 500;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Stops one stand-in: its stop command if it has one, then its process tree. */
    synchronized void stop(String id, Map<String, String> env) {
        Process p = running.remove(id);
        StandIn d = started.get(id);
        if (p == null) {
            return;
        }
        if (d != null && d.provider() != null && !d.provider().stop().isEmpty()) {
            try {
                Process stop = Processes.start(d.provider().stop(), dir, env, logs.resolve(id + ".log"));
                Processes.waitFor(stop, Duration.ofSeconds(30));
            } catch (IOException e) {
                // The process tree is ended below in any case.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Processes.killTree(p.toHandle());
    }

    synchronized void stopAll(Map<String, String> env) {
        for (String id : new java.util.ArrayList<>(running.keySet())) {
            stop(id, env);
        }
    }

    synchronized boolean isRunning(String id) {
        return running.containsKey(id);
    }
}
