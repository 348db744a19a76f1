package io.itplan.core.export;

import io.itplan.core.plan.Execution;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The execution settings a step runs with: the plan defaults overridden by the step's own, as
 * {@code itplan run} applies them.
 */
record StepSettings(SortedMap<String, String> env, String workingDirectory, String timeout) {

    static StepSettings of(IntegrationPlan plan, Step step) {
        Execution defaults = plan.defaults() == null ? Execution.DEFAULTS : plan.defaults();
        Execution own = step.execution();
        SortedMap<String, String> env = new TreeMap<>();
        if (defaults.env() != null) {
            env.putAll(defaults.env());
        }
        if (own != null && own.env() != null) {
            env.putAll(own.env());
        }
        String dir =
                own != null && own.workingDirectory() != null ? own.workingDirectory() : defaults.workingDirectory();
        String timeout = own != null && own.timeout() != null ? own.timeout() : defaults.timeout();
        return new StepSettings(env, dir == null || dir.isEmpty() ? "." : dir, timeout);
    }

    /** Whether the commands run somewhere else than the project root. */
    boolean changesDirectory() {
        return !workingDirectory.equals(".");
    }

    /** The timeout in whole minutes, rounded up, or empty when there is none or it is not a duration. */
    OptionalLong timeoutMinutes() {
        if (timeout == null || timeout.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            Duration d = Duration.parse(timeout);
            if (d.isNegative() || d.isZero()) {
                return OptionalLong.empty();
            }
            long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
            long minutes = (seconds + 59) / 60;
            return OptionalLong.of(Math.max(1, minutes));
        } catch (DateTimeParseException e) {
            return OptionalLong.empty();
        }
    }

    boolean hasShellPrefix() {
        return changesDirectory() || !env.isEmpty();
    }

    /** {@code cd DIR &&} and {@code env K=V ...}, each word quoted by {@code quote}. */
    List<String> shellPrefix(UnaryOperator<String> quote) {
        List<String> words = new ArrayList<>();
        if (changesDirectory()) {
            words.add("cd");
            words.add(quote.apply(workingDirectory));
            words.add("&&");
        }
        if (!env.isEmpty()) {
            words.add("env");
            for (Map.Entry<String, String> e : env.entrySet()) {
                words.add(quote.apply(e.getKey() + "=" + e.getValue()));
            }
        }
        return words;
    }
}
