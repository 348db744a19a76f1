package io.itplan.core.runner;

import java.time.Duration;

/**
 * How one step ended.
 *
 * @param status  passed, failed, skipped, not run for want of a command, or outside this run
 * @param reason  why it failed, was skipped or not run, or empty
 * @param elapsed how long its commands ran
 */
public record StepOutcome(String step, Status status, String reason, Duration elapsed) {
    /** The end of a step. */
    public enum Status {
        PASSED,
        FAILED,
        SKIPPED,
        /** The step has no command: nothing was tested, so it is not counted as passed. */
        NO_COMMAND,
        /** Outside {@code --step}/{@code --from}, or a dry run. */
        NOT_RUN
    }
}
