package io.itplan.core.runner;

import io.itplan.core.plan.Execution;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import io.itplan.core.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a (valid) plan: steps in dependency order, ready steps in parallel up to {@code maxParallel}, each step's
 * commands one after another with its environment, working directory and timeout. Stand-ins start before the first
 * step that needs them and stop after the last; everything is stopped at the end, on failure and on interrupt. A
 * failed step makes its dependents skip, stops the run, or is ignored, as {@code onFailure} says. A step without a
 * command is reported as not run, never as passed; a plan in which no step has one is refused before anything starts.
 * Every step gets a JUnit XML file, the skipped and unstarted ones included, also when the run is ended by a signal.
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
     * @param strict       refuse to start when a stand-in a step needs has no start command
     */
    public record Options(
            Integer maxParallel,
            String onlyStep,
            String fromStep,
            boolean dryRun,
            Path reportDir,
            Duration readyTimeout,
            boolean strict) {
        public Options(
                Integer maxParallel,
                String onlyStep,
                String fromStep,
                boolean dryRun,
                Path reportDir,
                Duration readyTimeout) {
            this(maxParallel, onlyStep, fromStep, dryRun, reportDir, readyTimeout, false);
        }
    }

    /** The report with every step's suite; not named TEST-*.xml, so that a glob over those counts each step once. */
    public static final String COMBINED_REPORT = "itplan-junit.xml";

    /** The one line that tells how to give a plan something to run. */
    public static final String HOW_TO_ADD_COMMANDS =
            "add a test command (\"commands\": {\"test\": [...]} on the graph or on a module) and plan again";

    private final IntegrationPlan plan;
    private final Path baseDir;
    private final Options options;
    private final PrintWriter out;
    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final Map<String, StandIn> doubles = new HashMap<>();

    private final Set<Process> live = ConcurrentHashMap.newKeySet();
    private volatile Listener listener = new Listener() {};
    private volatile boolean stopRequested;
    /** The threads running steps now, woken by a stop while they wait for a stand-in. */
    private final Set<Thread> workers = ConcurrentHashMap.newKeySet();
    /** Counted down once every report is written, so that a signal's shutdown waits for them. */
    private final CountDownLatch reported = new CountDownLatch(1);

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
    public List<Step> selected() {
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

    /** The stand-ins the steps of this run need that have no start command, each once, in plan order. */
    public List<StandIn> standInsWithoutStart() {
        Set<String> seen = new java.util.LinkedHashSet<>();
        for (Step s : selected()) {
            seen.addAll(standInIds(s));
        }
        return seen.stream()
                .map(doubles::get)
                .filter(d -> d != null && d.provider() == null)
                .toList();
    }

    private Set<String> ancestors(String id) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(steps.get(id).after());
        while (!todo.isEmpty()) {
            String s = todo.poll();
            if (seen.add(s)) {
                todo.addAll(steps.get(s).after());
            }
        }
        return seen;
    }

    private Execution execution(Step s) {
        return StepRun.settings(plan.defaults(), s.execution());
    }

    /**
     * Refuses, before anything starts, a plan in which no step has a command, and under {@code strict} a step that
     * needs a stand-in without a start command; otherwise names each such stand-in once.
     */
    private void preflight(List<Step> selected) {
        if (plan.steps().stream().allMatch(s -> s.run().isEmpty())) {
            throw new IllegalArgumentException("no step of the plan has a command to run; " + HOW_TO_ADD_COMMANDS);
        }
        List<StandIn> without = standInsWithoutStart();
        if (!without.isEmpty() && options.strict()) {
            throw new IllegalArgumentException(without.size() + " stand-in(s) have no start command, which --strict "
                    + "refuses: " + describe(without) + "; give each module a \"stub\" or \"driver\" provider");
        }
        for (StandIn d : without) {
            say("! stand-in " + d.id() + " (" + TerminalText.oneLine(d.phrase()) + ") has no start command: "
                    + "the steps that need it run without it");
        }
    }

    private static String describe(List<StandIn> standIns) {
        return String.join(
                "; ",
                standIns.stream()
                        .map(d -> d.id() + " (" + TerminalText.oneLine(d.phrase()) + ")")
                        .toList());
    }

    /** Runs; returns each step's outcome in plan order. */
    public List<StepOutcome> run() throws InterruptedException {
        List<Step> selected = selected();
        preflight(selected);
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
            for (String d : standInIds(s)) {
                uses.merge(d, 1, Integer::sum);
            }
        }
        Map<String, String> baseEnv = execution(plan.steps().get(0)).env();
        StandIns standIns = new StandIns(baseDir, options.reportDir(), options.readyTimeout());
        Thread hook = new Thread(
                () -> {
                    // The program is ending (a signal): every process it started goes, the stand-ins get their
                    // stop commands, and the run writes its reports before the program ends.
                    stop();
                    ProcessHandle.current().children().forEach(Processes::killTree);
                    standIns.stopAll(baseEnv);
                    try {
                        reported.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "itplan-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Instant runStarted = Instant.now();
        Map<String, StepOutcome> outcomes = new LinkedHashMap<>();
        RunReports reports = new RunReports(options.reportDir(), doubles, this::say);
        try {
            schedule(selected, standIns, uses, baseEnv, outcomes, reports);
        } finally {
            live.forEach(p -> Processes.killTree(p.toHandle()));
            standIns.stopAll(baseEnv);
            // A stop or a signal can end the loop early: the steps it did not reach are reported as not run.
            for (Step s : selected) {
                if (!outcomes.containsKey(s.id())) {
                    StepOutcome skip = new StepOutcome(
                            s.id(), StepOutcome.Status.SKIPPED, "the run was stopped before it started", Duration.ZERO);
                    outcomes.put(s.id(), skip);
                    reports.step(s, skip, List.of(), Instant.now(), false);
                }
            }
            reports.combined(plan.steps(), runStarted);
            reported.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Shutting down already: the hook is doing the same work.
            }
        }
        List<StepOutcome> ordered = new ArrayList<>();
        for (Step s : plan.steps()) {
            StepOutcome o = outcomes.get(s.id());
            ordered.add(
                    o != null
                            ? o
                            : new StepOutcome(s.id(), StepOutcome.Status.NOT_RUN, "outside this run", Duration.ZERO));
        }
        return ordered;
    }

    private void schedule(
            List<Step> selected,
            StandIns standIns,
            Map<String, Integer> uses,
            Map<String, String> baseEnv,
            Map<String, StepOutcome> outcomes,
            RunReports reports)
            throws InterruptedException {
        Set<String> inRun = new HashSet<>();
        selected.forEach(s -> inRun.add(s.id()));
        int parallel = Math.max(1, options.maxParallel() != null ? options.maxParallel() : plan.maxParallel());
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "itplan-step");
            t.setDaemon(true);
            return t;
        });
        ExecutorCompletionService<StepOutcome> done = new ExecutorCompletionService<>(pool);
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
                        } else if (blocks(o)
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
                                        ? "the run was stopped before it started"
                                        : stopped
                                                ? "the run stopped after a failure"
                                                : "step " + blocker + " did not pass",
                                Duration.ZERO);
                        finish(s, skip, List.of(), Instant.now(), outcomes, reports);
                        release(s, uses, standIns, baseEnv);
                    } else if (ready && s.run().isEmpty()) {
                        started.add(s.id());
                        StepOutcome none = new StepOutcome(
                                s.id(),
                                StepOutcome.Status.NO_COMMAND,
                                "runs no command, so it tests nothing; " + HOW_TO_ADD_COMMANDS,
                                Duration.ZERO);
                        finish(s, none, List.of(), Instant.now(), outcomes, reports);
                        release(s, uses, standIns, baseEnv);
                    } else if (ready && runningCount < parallel) {
                        started.add(s.id());
                        runningCount++;
                        say("▶ " + s.id() + " started: " + TerminalText.oneLine(s.name() == null ? s.id() : s.name()));
                        listener.started(s.id());
                        done.submit(() -> runStep(s, standIns, outcomes, reports));
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
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
                release(steps.get(o.step()), uses, standIns, baseEnv);
                if (o.status() == StepOutcome.Status.FAILED) {
                    stopped |= execution(steps.get(o.step())).onFailure().equals("stop");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether an ended step holds back the steps after it. */
    private static boolean blocks(StepOutcome o) {
        return o.status() == StepOutcome.Status.FAILED || o.status() == StepOutcome.Status.SKIPPED;
    }

    private synchronized void finish(
            Step s,
            StepOutcome o,
            List<JUnitReports.CommandResult> commands,
            Instant started,
            Map<String, StepOutcome> outcomes,
            RunReports reports) {
        outcomes.put(s.id(), o);
        switch (o.status()) {
            case PASSED -> say("✔ " + s.id() + " passed (" + seconds(o.elapsed()) + ")");
            case FAILED ->
                say("✘ " + s.id() + " failed: " + TerminalText.oneLine(o.reason()) + " (" + seconds(o.elapsed()) + ")");
            case SKIPPED -> say("↷ " + s.id() + " skipped: " + o.reason());
            default -> say("○ " + s.id() + " not run: " + o.reason());
        }
        reports.step(s, o, commands, started, o.status() == StepOutcome.Status.FAILED && stopRequested);
        listener.finished(o);
    }

    private List<String> standInIds(Step s) {
        List<String> ids = new ArrayList<>(s.stubs());
        ids.addAll(s.drivers());
        return ids;
    }

    private void release(Step s, Map<String, Integer> uses, StandIns standIns, Map<String, String> env) {
        for (String d : standInIds(s)) {
            if (uses.merge(d, -1, Integer::sum) == 0 && standIns.isRunning(d)) {
                standIns.stop(d, env);
                say("■ stand-in " + d + " stopped");
            }
        }
    }

    private StepOutcome runStep(Step s, StandIns standIns, Map<String, StepOutcome> outcomes, RunReports reports)
            throws IOException {
        workers.add(Thread.currentThread());
        try {
            List<StandIn> needed = standInIds(s).stream()
                    .map(doubles::get)
                    .filter(d -> d != null)
                    .toList();
            StepRun.Result r = new StepRun(
                            s, execution(s), baseDir, options.reportDir(), live, () -> stopRequested, this::say)
                    .run(needed, standIns);
            finish(s, r.outcome(), r.commands(), r.started(), outcomes, reports);
            return r.outcome();
        } finally {
            workers.remove(Thread.currentThread());
            Thread.interrupted();
        }
    }

    private List<StepOutcome> dryRun(List<Step> selected) {
        for (Step s : selected) {
            DryRun.describe(s, execution(s), doubles, this::say);
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
