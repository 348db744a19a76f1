package io.itplan.core.runner;

import java.time.Duration;

/**
 * How one step ended.
 *
 * @param status  passed, failed, skipped or not run (outside {@code --step}/{@code --from})
 * @param reason  why it failed or was skipped, or empty
 * @param elapsed how long its commands ran
 */
public record StepOutcome(String step, Status status, String reason, Duration elapsed) {
    /** The end of a step. */
    public enum Status {
        PASSED,
        FAILED,
        SKIPPED,
        NOT_RUN
    }
}
