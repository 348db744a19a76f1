package io.itplan.core.runner;

import io.itplan.core.plan.Execution;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import io.itplan.core.text.ShellText;
import io.itplan.core.text.TerminalText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One step run: its stand-ins made ready, then its commands one after another with the step's environment, working
 * directory and timeout, each in a session of its own. When the step ends, whatever its commands left running is
 * ended too, and the step's log says so.
 */
final class StepRun {
    /** What the run ended with, and what its report needs. */
    record Result(StepOutcome outcome, List<JUnitReports.CommandResult> commands, Instant started) {}

    private final Step step;
    private final Execution execution;
    private final Path dir;
    private final Path log;
    private final Set<Process> live;
    private final BooleanSupplier stopRequested;
    private final Consumer<String> say;

    StepRun(
            Step step,
            Execution execution,
            Path baseDir,
            Path reportDir,
            Set<Process> live,
            BooleanSupplier stopRequested,
            Consumer<String> say) {
        this.step = step;
        this.execution = execution;
        this.dir = baseDir.resolve(execution.workingDirectory()).normalize();
        this.log = reportDir.resolve(step.id() + ".log");
        this.live = live;
        this.stopRequested = stopRequested;
        this.say = say;
    }

    Result run(List<StandIn> standInsNeeded, StandIns standIns) throws IOException {
        Instant started = Instant.now();
        Files.writeString(log, "");
        long t0 = System.nanoTime();
        List<JUnitReports.CommandResult> results = new ArrayList<>();
        Set<Long> sessions = new LinkedHashSet<>();
        String failure = null;
        try {
            for (StandIn standIn : standInsNeeded) {
                if (standIn.provider() != null) {
                    if (!standIns.isRunning(standIn.id())) {
                        say.accept("■ stand-in " + standIn.id() + " (" + TerminalText.oneLine(standIn.phrase())
                                + ") starting: "
                                + ShellText.display(standIn.provider().start()));
                    }
                    standIns.ensure(standIn, execution.env());
                }
            }
            Duration timeout = Duration.parse(execution.timeout());
            for (List<String> argv : step.run()) {
                failure = command(argv, timeout, results, sessions);
                if (failure != null) {
                    break;
                }
            }
        } catch (IOException e) {
            failure = e.getMessage();
        } catch (InterruptedException e) {
            failure = stopRequested.getAsBoolean() ? "stopped" : "interrupted";
        } finally {
            int left = Processes.endSessions(sessions);
            if (left > 0) {
                appendLog("itplan: ended " + left + " process" + (left == 1 ? "" : "es")
                        + " the step's commands left running; a step's whole process tree ends with it, as on CI"
                        + " runners\n");
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        StepOutcome o = new StepOutcome(
                step.id(),
                failure == null ? StepOutcome.Status.PASSED : StepOutcome.Status.FAILED,
                failure == null ? "" : failure,
                elapsed);
        return new Result(o, results, started);
    }

    /** Runs one command; returns why it failed, or null. */
    private String command(
            List<String> argv, Duration timeout, List<JUnitReports.CommandResult> results, Set<Long> sessions)
            throws IOException, InterruptedException {
        String shown = ShellText.display(argv);
        if (stopRequested.getAsBoolean()) {
            String failure = "stopped before " + shown;
            results.add(new JUnitReports.CommandResult(shown, 0, failure));
            return failure;
        }
        appendLog("$ " + shown + "\n");
        long c0 = System.nanoTime();
        Process p;
        try {
            p = Processes.start(argv, dir, execution.env(), log);
        } catch (IOException e) {
            String failure = "cannot run " + TerminalText.oneLine(argv.get(0)) + ": " + e.getMessage();
            results.add(new JUnitReports.CommandResult(shown, 0, failure));
            return failure;
        }
        sessions.add(p.pid());
        live.add(p);
        if (stopRequested.getAsBoolean()) {
            Processes.killTree(p.toHandle());
        }
        Integer code;
        try {
            code = Processes.waitFor(p, timeout);
        } finally {
            live.remove(p);
        }
        double secs = (System.nanoTime() - c0) / 1e9;
        String failure = null;
        if (code == null) {
            failure = "timed out after " + execution.timeout() + ": " + shown;
        } else if (code != 0) {
            failure = "exit " + code + " from " + shown
                    + (Processes.missingProgram(code) ? " (command not found? see " + step.id() + ".log)" : "");
        }
        results.add(new JUnitReports.CommandResult(shown, secs, failure));
        return failure;
    }

    private void appendLog(String text) throws IOException {
        Files.writeString(log, text, StandardOpenOption.APPEND);
    }

    /** The step's settings: the plan defaults overridden by its own. */
    static Execution settings(Execution defaults, Execution own) {
        Execution d = defaults == null ? Execution.DEFAULTS : defaults;
        Map<String, String> env = new java.util.LinkedHashMap<>(d.env() == null ? Map.of() : d.env());
        if (own != null && own.env() != null) {
            env.putAll(own.env());
        }
        return new Execution(
                env,
                own != null && own.workingDirectory() != null ? own.workingDirectory() : d.workingDirectory(),
                own != null && own.timeout() != null ? own.timeout() : d.timeout(),
                own != null && own.onFailure() != null ? own.onFailure() : d.onFailure());
    }
}
