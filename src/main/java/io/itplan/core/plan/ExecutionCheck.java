package io.itplan.core.plan;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * What a plan's execution settings must be for {@code run} to start them: a timeout longer than zero that a clock
 * can count (at most {@link #LONGEST}), environment names a process can receive (not empty, no {@code =}, no NUL)
 * and values and folders without NUL. A plan that passes the checker can be run.
 */
final class ExecutionCheck {
    /** The longest timeout a step may have: longer ones are typos, and past it clocks overflow. */
    static final Duration LONGEST = Duration.ofDays(31);

    private ExecutionCheck() {}

    static void check(IntegrationPlan plan, Problems problems) {
        if (plan.defaults() != null) {
            check("defaults", plan.defaults(), problems);
        }
        for (Step s : plan.steps()) {
            if (s.execution() != null) {
                check("step '" + s.id() + "': execution", s.execution(), problems);
            }
        }
    }

    private static void check(String where, Execution e, Problems problems) {
        if (e.timeout() != null) {
            String why = timeoutProblem(e.timeout());
            if (why != null) {
                problems.add(where + ".timeout: '" + e.timeout() + "' " + why);
            }
        }
        if (e.workingDirectory() != null && e.workingDirectory().indexOf('\0') >= 0) {
            problems.add(where + ".workingDirectory: holds a NUL character");
        }
        if (e.env() != null) {
            for (Map.Entry<String, String> v : e.env().entrySet()) {
                String name = v.getKey();
                if (name.isEmpty()) {
                    problems.add(where + ".env: a variable has an empty name");
                } else if (name.indexOf('=') >= 0 || name.indexOf('\0') >= 0) {
                    problems.add(where + ".env: the name '" + printable(name) + "' holds '=' or NUL, which no "
                            + "process environment can carry");
                }
                if (v.getValue() != null && v.getValue().indexOf('\0') >= 0) {
                    problems.add(where + ".env: the value of '" + printable(name) + "' holds a NUL character");
                }
            }
        }
    }

    /** Why {@code timeout} cannot bound a step, or null when it can. */
    static String timeoutProblem(String timeout) {
        Duration d;
        try {
            d = Duration.parse(timeout);
        } catch (DateTimeParseException | ArithmeticException e) {
            return "is not an ISO-8601 duration a clock can count (at most P31D)";
        }
        if (d.isNegative() || d.isZero()) {
            return "must be longer than zero";
        }
        if (d.compareTo(LONGEST) > 0) {
            return "is longer than the longest timeout, P31D";
        }
        return null;
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }
}
