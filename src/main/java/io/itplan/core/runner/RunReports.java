package io.itplan.core.runner;

import io.itplan.core.format.InputException;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The JUnit XML a run leaves in its report folder: {@code TEST-ID.xml} as each step ends (skipped and not-run steps
 * included, with the stand-ins it ran without), and the combined {@value PlanRunner#COMBINED_REPORT} at the end.
 */
final class RunReports {
    private final Path dir;
    private final Map<String, StandIn> doubles;
    private final Consumer<String> say;
    private final Map<String, JUnitReports.Suite> suites = new ConcurrentHashMap<>();

    RunReports(Path dir, Map<String, StandIn> doubles, Consumer<String> say) {
        this.dir = dir;
        this.doubles = doubles;
        this.say = say;
    }

    /** Writes the step's own report. */
    void step(Step s, StepOutcome o, List<JUnitReports.CommandResult> commands, Instant started, boolean interrupted) {
        List<String> notes = new ArrayList<>();
        List<String> needed = new ArrayList<>(s.stubs());
        needed.addAll(s.drivers());
        for (String d : needed) {
            StandIn standIn = doubles.get(d);
            if (standIn != null && standIn.provider() == null) {
                notes.add("stand-in " + d + " (" + standIn.phrase() + ") has no start command: the step ran "
                        + "without it");
            }
        }
        JUnitReports.Suite suite = JUnitReports.suite(s, o, commands, started, interrupted, notes);
        suites.put(s.id(), suite);
        try {
            JUnitReports.write(dir.resolve("TEST-" + s.id() + ".xml"), List.of(suite), started);
        } catch (InputException e) {
            say.accept("itplan: " + e.getMessage());
        }
    }

    /** Writes the report with every step's suite, in plan order. */
    void combined(List<Step> planOrder, Instant runStarted) {
        List<JUnitReports.Suite> all = new ArrayList<>();
        for (Step s : planOrder) {
            if (suites.containsKey(s.id())) {
                all.add(suites.get(s.id()));
            }
        }
        try {
            JUnitReports.write(dir.resolve(PlanRunner.COMBINED_REPORT), all, runStarted);
        } catch (InputException e) {
            say.accept("itplan: " + e.getMessage());
        }
    }
}
