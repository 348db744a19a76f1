package io.itplan;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Test inputs from outside the project — the research data and schemas in {@code ../shared}, tools such as make —
 * may be missing on a developer's machine, where the tests that need them are skipped with the reason. Continuous
 * integration sets {@code ITPLAN_REQUIRE_ALL=1}: there a missing input fails the test instead, so nothing is skipped
 * silently.
 */
public final class Required {
    private Required() {}

    /** Whether every input must be present (continuous integration). */
    public static boolean strict() {
        return "1".equals(System.getenv("ITPLAN_REQUIRE_ALL"));
    }

    /** Skips the test (or fails it, in continuous integration) when {@code present} is false. */
    public static void assume(boolean present, String whatIsMissing) {
        if (!present && strict()) {
            Assertions.fail(whatIsMissing + " (ITPLAN_REQUIRE_ALL=1: nothing may be skipped here)");
        }
        Assumptions.assumeTrue(present, whatIsMissing);
    }
}
