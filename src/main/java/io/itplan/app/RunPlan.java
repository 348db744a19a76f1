package io.itplan.app;

import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.StandIn;
import io.itplan.core.runner.PlanRunner;
import io.itplan.core.runner.StepOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Running a plan, the one way the command line and the desktop app both do it: the checked plan's steps in
 * dependency order with their stand-ins, logs and JUnit XML in a report folder, a progress callback per step, and
 * {@link #cancel} from any thread. The result says, for each step, passed, failed, skipped or not run (a step that
 * runs no command is never counted as passed).
 */
public final class RunPlan {
    /** The end of a step, in the words a tester reads. */
    public enum Status {
        PASSED,
        FAILED,
        SKIPPED,
        /** The step has no command, so it tested nothing. */
        NOT_RUN,
        /** Outside {@code --step}/{@code --from}, or a dry run. */
        OUTSIDE;

        /** The word shown for it: passed, failed, skipped, not run. */
        public String word() {
            return this == NOT_RUN ? "not run" : name().toLowerCase(Locale.ROOT);
        }
    }

    /** How one step ended. */
    public record StepResult(String step, Status status, String reason, Duration elapsed) {}

    /**
     * What to run and how.
     *
     * @param baseDir      where relative working directories start: the plan file's folder
     * @param reportDir    where logs and JUnit XML go
     * @param maxParallel  steps at once, or null for the plan's own
     * @param onlyStep     run just this step (what a CI job calls), or null
     * @param fromStep     resume at this step, or null
     * @param readyTimeout how long a stand-in may take to get ready
     * @param strict       refuse to start when a stand-in a step needs has no start command
     */
    public record Request(
            IntegrationPlan plan,
            Path baseDir,
            Path reportDir,
            Integer maxParallel,
            String onlyStep,
            String fromStep,
            boolean dryRun,
            Duration readyTimeout,
            boolean strict) {
        /** The whole plan, reports in {@code baseDir/itplan-reports}, stand-ins given a minute to get ready. */
        public static Request of(IntegrationPlan plan, Path baseDir) {
            return new Request(
                    plan,
                    baseDir,
                    baseDir.resolve("itplan-reports"),
                    null,
                    null,
                    null,
                    false,
                    Duration.ofSeconds(60),
                    false);
        }
    }

    /**
     * A run's result.
     *
     * @param steps          every step of the plan, in plan order
     * @param withoutStart   each stand-in the run needed that has no start command, as "id (stub of v, serving u)"
     */
    public record Result(List<StepResult> steps, List<String> withoutStart, Path reportDir) {
        public Result {
            steps = List.copyOf(steps);
            withoutStart = List.copyOf(withoutStart);
        }

        public long count(Status status) {
            return steps.stream().filter(s -> s.status() == status).count();
        }

        /** Every step of the run passed: none failed, was skipped or ran nothing. */
        public boolean allPassed() {
            return count(Status.FAILED) == 0 && count(Status.SKIPPED) == 0 && count(Status.NOT_RUN) == 0;
        }

        /** "3 passed, 1 failed, 2 skipped, 1 not run (runs no command: step-x)", and the stand-ins run without. */
        public String summary() {
            StringBuilder s = new StringBuilder();
            s.append(count(Status.PASSED))
                    .append(" passed, ")
                    .append(count(Status.FAILED))
                    .append(" failed, ")
                    .append(count(Status.SKIPPED))
                    .append(" skipped");
            List<String> empty = steps.stream()
                    .filter(r -> r.status() == Status.NOT_RUN)
                    .map(StepResult::step)
                    .toList();
            if (!empty.isEmpty()) {
                s.append(", ")
                        .append(empty.size())
                        .append(" not run (no command: ")
                        .append(String.join(", ", empty))
                        .append(")");
            }
            if (!withoutStart.isEmpty()) {
                s.append("; ran without start command: ").append(String.join("; ", withoutStart));
            }
            return s.toString();
        }
    }

    /** Hears about steps as they start and end; called from worker threads. */
    public interface Progress {
        default void started(String step) {}

        default void finished(StepResult result) {}
    }

    private final Request request;
    private final PlanRunner runner;

    /**
     * @param log where one line per step (and each stand-in started or stopped) is printed
     */
    public RunPlan(Request request, PrintWriter log, Progress progress) {
        this.request = request;
        this.runner = new PlanRunner(
                request.plan(),
                request.baseDir(),
                new PlanRunner.Options(
                        request.maxParallel(),
                        request.onlyStep(),
                        request.fromStep(),
                        request.dryRun(),
                        request.reportDir(),
                        request.readyTimeout(),
                        request.strict()),
                log);
        runner.setListener(new PlanRunner.Listener() {
            @Override
            public void started(String step) {
                progress.started(step);
            }

            @Override
            public void finished(StepOutcome outcome) {
                progress.finished(result(outcome));
            }
        });
    }

    /**
     * Runs the plan; returns when every step has ended and every report is written.
     *
     * @throws IllegalArgumentException before anything starts, naming the reason: no step has a command, an unknown
     *     {@code --step}, or (strict) a stand-in without a start command
     */
    public Result run() throws InterruptedException {
        List<String> without =
                runner.standInsWithoutStart().stream().map(RunPlan::describe).toList();
        List<StepResult> results = runner.run().stream().map(RunPlan::result).toList();
        return new Result(results, request.dryRun() ? List.of() : without, request.reportDir());
    }

    /** Ends the run from any thread: running steps' process trees are ended, the rest skipped. */
    public void cancel() {
        runner.stop();
    }

    private static String describe(StandIn d) {
        return d.id() + " (" + d.phrase() + ")";
    }

    private static StepResult result(StepOutcome o) {
        Status s = switch (o.status()) {
            case PASSED -> Status.PASSED;
            case FAILED -> Status.FAILED;
            case SKIPPED -> Status.SKIPPED;
            case NO_COMMAND -> Status.NOT_RUN;
            case NOT_RUN -> Status.OUTSIDE;
        };
        return new StepResult(o.step(), s, o.reason(), o.elapsed());
    }
}
