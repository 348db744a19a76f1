package io.itplan.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --cycle-budget SECONDS}, for every command that breaks cycles. */
final class CycleBudgetOption {
    @Option(
            names = "--cycle-budget",
            paramLabel = "SECONDS",
            description = "Wall-clock time cycle breaking may spend proving optimality, 0.1 to 3600 s. "
                    + "Default: a fixed amount of work (a few seconds at most), so that every machine gives the same "
                    + "answer.")
    Double seconds;

    /**
     * The budget, or {@code null} for the default amount of work.
     *
     * @throws IllegalArgumentException when it is outside 0.1 to 3600 seconds
     */
    Duration duration() {
        if (seconds != null && !(seconds >= 0.1 && seconds <= 3600)) {
            throw new IllegalArgumentException("--cycle-budget must be between 0.1 and 3600 seconds, was " + seconds);
        }
        return seconds == null ? null : Duration.ofMillis(Math.round(seconds * 1000));
    }
}
