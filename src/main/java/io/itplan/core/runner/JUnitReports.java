package io.itplan.core.runner;

import io.itplan.core.format.AtomicFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.plan.Step;
import io.itplan.core.text.TerminalText;
import io.itplan.core.text.XmlText;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * JUnit XML, as GitLab, Jenkins, GitHub test reporters and Surefire-style readers take it: one test suite per step
 * (one test case per command, or one for the step when it runs no command) with {@code timestamp}, {@code hostname},
 * {@code time} and the counts, and one file with every suite whose root carries the totals. A skipped or not-run step
 * gets a {@code skipped} test case with the reason; a step ended by an interrupt an {@code error}.
 */
final class JUnitReports {
    private static final String HOST = hostName();
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private JUnitReports() {}

    /** One command's result within a step. */
    record CommandResult(String command, double seconds, String failure) {}

    /** One step's suite and its counts, for the totals of the combined report. */
    record Suite(String xml, int tests, int failures, int errors, int skipped, double seconds) {}

    /**
     * @param interrupted the step was ended by a stop or a signal: its failure is an error, not a test's failure
     * @param notes       lines for the suite's {@code system-out}, e.g. stand-ins it ran without
     */
    static Suite suite(
            Step step,
            StepOutcome outcome,
            List<CommandResult> commands,
            Instant started,
            boolean interrupted,
            Collection<String> notes) {
        boolean skipped = outcome.status() == StepOutcome.Status.SKIPPED
                || outcome.status() == StepOutcome.Status.NO_COMMAND
                || outcome.status() == StepOutcome.Status.NOT_RUN;
        double seconds = outcome.elapsed().toMillis() / 1000.0;
        List<CommandResult> cases = commands.isEmpty() || skipped
                ? List.of(new CommandResult(
                        "integrate " + TerminalText.ids(step.integrate()),
                        seconds,
                        outcome.status() == StepOutcome.Status.FAILED ? outcome.reason() : null))
                : commands;
        int failed = (int) cases.stream().filter(c -> c.failure() != null).count();
        int failures = skipped || interrupted ? 0 : failed;
        int errors = !skipped && interrupted ? failed : 0;
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"%.3f\" "
                        + "timestamp=\"%s\" hostname=\"%s\">%n",
                xml("itplan." + step.id()),
                cases.size(),
                failures,
                errors,
                skipped ? cases.size() : 0,
                seconds,
                timestamp(started),
                xml(HOST)));
        s.append("    <properties>\n");
        property(s, "itplan.step", step.id());
        property(s, "itplan.integrate", String.join(", ", step.integrate()));
        property(s, "itplan.status", outcome.status().name().toLowerCase(Locale.ROOT));
        s.append("    </properties>\n");
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
                String tag = interrupted ? "error" : "failure";
                s.append(">\n      <")
                        .append(tag)
                        .append(" message=\"")
                        .append(xml(c.failure()))
                        .append("\">")
                        .append(xml(c.failure()))
                        .append("</")
                        .append(tag)
                        .append(">\n    </testcase>\n");
            } else {
                s.append("/>\n");
            }
        }
        if (!notes.isEmpty()) {
            s.append("    <system-out>").append(xml(String.join("\n", notes))).append("</system-out>\n");
        }
        s.append("  </testsuite>\n");
        return new Suite(s.toString(), cases.size(), failures, errors, skipped ? cases.size() : 0, seconds);
    }

    private static void property(StringBuilder s, String name, String value) {
        s.append("      <property name=\"")
                .append(xml(name))
                .append("\" value=\"")
                .append(xml(value))
                .append("\"/>\n");
    }

    static void write(Path file, Collection<Suite> suites, Instant started) throws InputException {
        int tests = 0;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        double seconds = 0;
        StringBuilder body = new StringBuilder();
        for (Suite s : suites) {
            tests += s.tests();
            failures += s.failures();
            errors += s.errors();
            skipped += s.skipped();
            seconds += s.seconds();
            body.append(s.xml());
        }
        String xml = String.format(
                        Locale.ROOT,
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n<testsuites name=\"itplan\" tests=\"%d\" "
                                + "failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"%.3f\" timestamp=\"%s\">%n",
                        tests,
                        failures,
                        errors,
                        skipped,
                        seconds,
                        timestamp(started))
                + body
                + "</testsuites>\n";
        AtomicFiles.write(file, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** ISO 8601 without a zone, as the JUnit schema's {@code timestamp} wants it; UTC. */
    static String timestamp(Instant at) {
        return SECONDS.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException | SecurityException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isEmpty() ? "localhost" : env;
        }
    }

    static String xml(String s) {
        return XmlText.escape(s);
    }
}
