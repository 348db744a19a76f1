package io.itplan.core.runner;

import io.itplan.core.format.InputException;
import io.itplan.core.plan.Execution;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a (valid) plan: steps in dependency order, ready steps in parallel up to {@code maxParallel}, each
 * step's commands one after another with its environment, working directory and timeout. Stand-ins start
 * before the first step that needs them and stop after the last; everything is stopped at the end, on failure
 * and on interrupt. A failed step makes its dependents skip, stops the run, or is ignored, as {@code
 * onFailure} says.
 */
public final class PlanRunner {
    /**
     * What to run and how.
     *
     * @param maxParallel  steps at once, or null for the plan's own
     * @param onlyStep     run just this step (what a CI job calls), or null
     * @param fromStep     resume: this step and every step that does not come before it, or null
     * @param dryRun       print what would run, run nothing
     * @param reportDir    where logs and JUnit XML go
     * @param readyTimeout how long a stand-in may take to get ready
     */
    public record Options(
            Integer maxParallel,
            String onlyStep,
            String fromStep,
            boolean dryRun,
            Path reportDir,
            Duration readyTimeout) {}

    private final IntegrationPlan plan;
    private final Path baseDir;
    private final Options options;
    private final PrintWriter out;
    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final Map<String, StandIn> doubles = new HashMap<>();
    /** The report with every step's suite; not named TEST-*.xml, so that a glob over those counts each step once. */
    public static final String COMBINED_REPORT = "itplan-junit.xml";

    private final Set<Process> live = ConcurrentHashMap.newKeySet();
    private volatile Listener listener = new Listener() {};
    private volatile boolean stopRequested;
    private volatile ExecutorService pool;
    /** The threads running steps now, woken by a stop while they wait for a stand-in. */
    private final Set<Thread> workers = ConcurrentHashMap.newKeySet();

    /** Hears about steps as they start and end (the desktop app shows it live). Called from worker threads. */
    public interface Listener {
        default void started(String step) {}

        default void finished(StepOutcome outcome) {}
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    /** Stops the run from another thread: running steps are ended (whole process trees), the rest skipped. */
    public void stop() {
        stopRequested = true;
        // Wakes steps that wait for a stand-in to get ready.
        workers.forEach(Thread::interrupt);
        live.forEach(p -> Processes.killTree(p.toHandle()));
    }

    /** @param baseDir where relative working directories start (the plan file's folder) */
    public PlanRunner(IntegrationPlan plan, Path baseDir, Options options, PrintWriter out) {
        this.plan = plan;
        this.baseDir = baseDir;
        this.options = options;
        this.out = out;
        plan.steps().forEach(s -> steps.put(s.id(), s));
        plan.doubles().forEach(d -> doubles.put(d.id(), d));
    }

    /** The steps this run covers, in plan order. */
    List<Step> selected() {
        if (options.onlyStep() != null) {
            Step s = steps.get(options.onlyStep());
            if (s == null) {
                throw new IllegalArgumentException("the plan has no step '" + options.onlyStep() + "'");
            }
            return List.of(s);
        }
        if (options.fromStep() != null) {
            if (!steps.containsKey(options.fromStep())) {
                throw new IllegalArgumentException("the plan has no step '" + options.fromStep() + "'");
            }
            Set<String> before = ancestors(options.fromStep());
            return plan.steps().stream().filter(s -> !before.contains(s.id())).toList();
        }
        return plan.steps();
    }

    private Set<String> ancestors(String id) {
        Set<String> seen = new HashSet<>();
        java.util.ArrayDeque<String> todo =
                new java.util.ArrayDeque<>(steps.get(id).after());
        while (!todo.isEmpty()) {
            String s = todo.poll();
            if (seen.add(s)) {
                todo.addAll(steps.get(s).after());
            }
        }
        return seen;
    }

    private Execution execution(Step s) {
        Execution d = plan.defaults() == null ? Execution.DEFAULTS : plan.defaults();
        Execution o = s.execution();
        Map<String, String> env = new LinkedHashMap<>(d.env() == null ? Map.of() : d.env());
        if (o != null && o.env() != null) {
            env.putAll(o.env());
        }
        return new Execution(
                env,
                o != null && o.workingDirectory() != null ? o.workingDirectory() : d.workingDirectory(),
                o != null && o.timeout() != null ? o.timeout() : d.timeout(),
                o != null && o.onFailure() != null ? o.onFailure() : d.onFailure());
    }

    /** Runs; returns each step's outcome in plan order. */
    public List<StepOutcome> run() throws InterruptedException {
        List<Step> selected = selected();
        Set<String> inRun = new HashSet<>();
        selected.forEach(s -> inRun.add(s.id()));
        if (options.dryRun()) {
            return dryRun(selected);
        }
        try {
            Files.createDirectories(options.reportDir());
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot create the report folder " + options.reportDir() + ": " + e.getMessage());
        }
        Map<String, Integer> uses = new HashMap<>();
        for (Step s : selected) {
            for (String d : standIns(s)) {
                uses.merge(d, 1, Integer::sum);
            }
        }
        Map<String, String> baseEnv = execution(plan.steps().get(0)).env();
        StandIns standIns = new StandIns(baseDir, options.reportDir(), options.readyTimeout());
        Thread hook = new Thread(
                () -> {
                    // The program is ending: every process it started goes first, including one started a moment ago,
                    // then the stand-ins get their stop commands.
                    stopRequested = true;
                    ProcessHandle.current().children().forEach(Processes::killTree);
                    standIns.stopAll(baseEnv);
                },
                "itplan-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        int parallel = Math.max(1, options.maxParallel() != null ? options.maxParallel() : plan.maxParallel());
        pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "itplan-step");
            t.setDaemon(true);
            return t;
        });
        ExecutorCompletionService<StepOutcome> done = new ExecutorCompletionService<>(pool);
        Map<String, StepOutcome> outcomes = new LinkedHashMap<>();
        Map<String, String> suites = new ConcurrentHashMap<>();
        Set<String> started = new HashSet<>();
        boolean stopped = false;
        int runningCount = 0;
        try {
            while (outcomes.size() < selected.size()) {
                for (Step s : selected) {
                    if (started.contains(s.id())) {
                        continue;
                    }
                    String blocker = null;
                    boolean ready = true;
                    for (String p : options.onlyStep() != null ? List.<String>of() : s.after()) {
                        if (!inRun.contains(p)) {
                            continue;
                        }
                        StepOutcome o = outcomes.get(p);
                        if (o == null) {
                            ready = false;
                        } else if (o.status() != StepOutcome.Status.PASSED
                                && !execution(steps.get(p)).onFailure().equals("continue")) {
                            blocker = p;
                        }
                    }
                    if (stopped || stopRequested || (ready && blocker != null)) {
                        started.add(s.id());
                        StepOutcome skip = new StepOutcome(
                                s.id(),
                                StepOutcome.Status.SKIPPED,
                                stopRequested
                                        ? "the run was stopped"
                                        : stopped
                                                ? "the run stopped after a failure"
                                                : "step " + blocker + " did not pass",
                                Duration.ZERO);
                        listener.finished(skip);
                        outcomes.put(s.id(), skip);
                        say("↷ " + s.id() + " skipped: " + skip.reason());
                        suites.put(s.id(), JUnitReports.suite(s, skip, List.of()));
                        release(s, uses, standIns, baseEnv);
                    } else if (ready && runningCount < parallel) {
                        started.add(s.id());
                        runningCount++;
                        say("▶ " + s.id() + " started: " + s.name());
                        listener.started(s.id());
                        done.submit(() -> runStep(s, standIns, suites));
                    }
                }
                if (outcomes.size() >= selected.size()) {
                    break;
                }
                if (runningCount == 0) {
                    throw new IllegalStateException("no step can start: the steps' 'after' lists form a cycle");
                }
                Future<StepOutcome> f = done.take();
                runningCount--;
                StepOutcome o;
                try {
                    o = f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
                outcomes.put(o.step(), o);
                listener.finished(o);
                release(steps.get(o.step()), uses, standIns, baseEnv);
                if (o.status() == StepOutcome.Status.FAILED) {
                    say("✘ " + o.step() + " failed: " + o.reason() + " (" + seconds(o.elapsed()) + ")");
                    stopped |= execution(steps.get(o.step())).onFailure().equals("stop");
                } else {
                    say("✔ " + o.step() + " passed (" + seconds(o.elapsed()) + ")");
                }
            }
        } finally {
            pool.shutdownNow();
            live.forEach(p -> Processes.killTree(p.toHandle()));
            standIns.stopAll(baseEnv);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Shutting down already: the hook is doing the same work.
            }
        }
        List<StepOutcome> ordered = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (Step s : plan.steps()) {
            StepOutcome o = outcomes.get(s.id());
            ordered.add(
                    o != null
                            ? o
                            : new StepOutcome(s.id(), StepOutcome.Status.NOT_RUN, "outside this run", Duration.ZERO));
            if (suites.containsKey(s.id())) {
                all.append(suites.get(s.id()));
            }
        }
        try {
            JUnitReports.write(options.reportDir().resolve(COMBINED_REPORT), all.toString());
        } catch (InputException e) {
            say("itplan: " + e.getMessage());
        }
        return ordered;
    }

    private List<String> standIns(Step s) {
        List<String> ids = new ArrayList<>(s.stubs());
        ids.addAll(s.drivers());
        return ids;
    }

    private void release(Step s, Map<String, Integer> uses, StandIns standIns, Map<String, String> env) {
        for (String d : standIns(s)) {
            if (uses.merge(d, -1, Integer::sum) == 0 && standIns.isRunning(d)) {
                standIns.stop(d, env);
                say("■ stand-in " + d + " stopped");
            }
        }
    }

    private StepOutcome runStep(Step s, StandIns standIns, Map<String, String> suites) throws IOException {
        workers.add(Thread.currentThread());
        try {
            return runStepNow(s, standIns, suites);
        } finally {
            workers.remove(Thread.currentThread());
            Thread.interrupted();
        }
    }

    private StepOutcome runStepNow(Step s, StandIns standIns, Map<String, String> suites) throws IOException {
        Execution ex = execution(s);
        Path dir = baseDir.resolve(ex.workingDirectory()).normalize();
        Path log = options.reportDir().resolve(s.id() + ".log");
        Files.writeString(log, "");
        long t0 = System.nanoTime();
        List<JUnitReports.CommandResult> results = new ArrayList<>();
        String failure = null;
        try {
            for (String d : standIns(s)) {
                StandIn standIn = doubles.get(d);
                if (standIn != null && standIn.provider() != null) {
                    if (!standIns.isRunning(d)) {
                        say("■ stand-in " + d + " starting: "
                                + Quoting.display(standIn.provider().start()));
                    }
                    standIns.ensure(standIn, ex.env());
                }
            }
            Duration timeout = Duration.parse(ex.timeout());
            for (List<String> argv : s.run()) {
                if (stopRequested) {
                    failure = "stopped before " + Quoting.display(argv);
                    results.add(new JUnitReports.CommandResult(Quoting.display(argv), 0, failure));
                    break;
                }
                Files.writeString(log, "$ " + Quoting.display(argv) + "\n", java.nio.file.StandardOpenOption.APPEND);
                long c0 = System.nanoTime();
                Process p;
                try {
                    p = Processes.start(argv, dir, ex.env(), log);
                } catch (IOException e) {
                    failure = "cannot run " + argv.get(0) + ": " + e.getMessage();
                    results.add(new JUnitReports.CommandResult(Quoting.display(argv), 0, failure));
                    break;
                }
                live.add(p);
                if (stopRequested) {
                    Processes.killTree(p.toHandle());
                }
                Integer code;
                try {
                    code = Processes.waitFor(p, timeout);
                } finally {
                    live.remove(p);
                }
                double secs = (System.nanoTime() - c0) / 1e9;
                if (code == null) {
                    failure = "timed out after " + ex.timeout() + ": " + Quoting.display(argv);
                } else if (code != 0) {
                    failure = "exit " + code + " from " + Quoting.display(argv);
                }
                results.add(new JUnitReports.CommandResult(Quoting.display(argv), secs, failure));
                if (failure != null) {
                    break;
                }
            }
        } catch (IOException e) {
            failure = e.getMessage();
        } catch (InterruptedException e) {
            failure = stopRequested ? "stopped" : "interrupted";
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        StepOutcome o = new StepOutcome(
                s.id(),
                failure == null ? StepOutcome.Status.PASSED : StepOutcome.Status.FAILED,
                failure == null ? "" : failure,
                elapsed);
        String suite = JUnitReports.suite(s, o, results);
        suites.put(s.id(), suite);
        try {
            JUnitReports.write(options.reportDir().resolve("TEST-" + s.id() + ".xml"), suite);
        } catch (InputException e) {
            say("itplan: " + e.getMessage());
        }
        return o;
    }

    private List<StepOutcome> dryRun(List<Step> selected) {
        for (Step s : selected) {
            Execution ex = execution(s);
            say("step " + s.id() + (s.after().isEmpty() ? "" : " (after " + String.join(", ", s.after()) + ")")
                    + ": integrate " + String.join(", ", s.integrate()));
            for (String d : standIns(s)) {
                StandIn standIn = doubles.get(d);
                say("  stand-in " + d
                        + (standIn == null || standIn.provider() == null
                                ? " (no start command)"
                                : ": " + Quoting.display(standIn.provider().start())));
            }
            for (List<String> argv : s.run()) {
                say("  $ " + Quoting.display(argv) + "   [in " + ex.workingDirectory() + ", timeout " + ex.timeout()
                        + "]");
            }
        }
        return selected.stream()
                .map(s -> new StepOutcome(s.id(), StepOutcome.Status.NOT_RUN, "dry run", Duration.ZERO))
                .toList();
    }

    private void say(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
