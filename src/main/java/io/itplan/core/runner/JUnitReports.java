package io.itplan.core.runner;

import io.itplan.core.format.AtomicFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.plan.Step;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * JUnit XML, as GitLab, Jenkins and GitHub test reporters read it: one test suite per step (one test case per
 * command, or one for the step when it has no command), and one file with every suite.
 */
final class JUnitReports {
    private JUnitReports() {}

    /** One command's result within a step. */
    record CommandResult(String command, double seconds, String failure) {}

    static String suite(Step step, StepOutcome outcome, List<CommandResult> commands) {
        StringBuilder s = new StringBuilder();
        List<CommandResult> cases = commands.isEmpty()
                ? List.of(new CommandResult(
                        "integrate " + String.join(", ", step.integrate()),
                        outcome.elapsed().toMillis() / 1000.0,
                        outcome.status() == StepOutcome.Status.FAILED ? outcome.reason() : null))
                : commands;
        long failures = cases.stream().filter(c -> c.failure() != null).count();
        boolean skipped = outcome.status() == StepOutcome.Status.SKIPPED;
        s.append(String.format(
                Locale.ROOT,
                "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" "
                        + "skipped=\"%d\" time=\"%.3f\">%n",
                xml("itplan." + step.id()),
                cases.size(),
                skipped ? 0 : failures,
                skipped ? cases.size() : 0,
                outcome.elapsed().toMillis() / 1000.0));
        for (CommandResult c : cases) {
            s.append(String.format(
                    Locale.ROOT,
                    "    <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\"",
                    xml("itplan." + step.id()),
                    xml(c.command()),
                    c.seconds()));
            if (skipped) {
                s.append(">\n      <skipped message=\"")
                        .append(xml(outcome.reason()))
                        .append("\"/>\n    </testcase>\n");
            } else if (c.failure() != null) {
                s.append(">\n      <failure message=\"")
                        .append(xml(c.failure()))
                        .append("\">")
                        .append(xml(c.failure()))
                        .append("</failure>\n    </testcase>\n");
            } else {
                s.append("/>\n");
            }
        }
        s.append("  </testsuite>\n");
        return s.toString();
    }

    static void write(Path file, String suites) throws InputException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"itplan\">\n" + suites
                + "</testsuites>\n";
        AtomicFiles.write(file, xml.getBytes(StandardCharsets.UTF_8));
    }

    static String xml(String s) {
        return io.itplan.core.format.XmlText.escape(s);
    }
}
