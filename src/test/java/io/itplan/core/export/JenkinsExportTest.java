package io.itplan.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import io.itplan.core.strategy.StrategyName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JenkinsExportTest {
    /** A Groovy single-quoted string: anything but a quote, backslash or line break, or an escape. */
    private static final Pattern GROOVY_STRING = Pattern.compile("'((?:[^'\\\\\\n\\r]|\\\\.)*)'");

    private static final Pattern SH = Pattern.compile("^\\s*sh " + GROOVY_STRING.pattern() + "$", Pattern.MULTILINE);
    private static final Pattern STAGE = Pattern.compile("stage\\('([a-z0-9 -]+)'\\)");
    private final JenkinsExport export = new JenkinsExport();

    @TempDir
    Path tmp;

    @Test
    void stagesRunInWavesWithParallelStepsAndBalancedBlocks() {
        IntegrationPlan plan = ExportFixtures.plan(ExportFixtures.example("webshop"), StrategyName.SANDWICH);
        String jenkinsfile = export.render(plan);
        assertBalanced(jenkinsfile);
        List<String> stages = new ArrayList<>();
        Matcher m = STAGE.matcher(jenkinsfile);
        while (m.find()) {
            stages.add(m.group(1));
        }
        List<String> expected = new ArrayList<>();
        List<List<Step>> waves = Waves.of(plan);
        for (int w = 0; w < waves.size(); w++) {
            if (waves.get(w).size() > 1) {
                expected.add("wave " + (w + 1));
            }
            waves.get(w).forEach(s -> expected.add(s.id()));
        }
        assertEquals(expected, stages);
        assertEquals(
                waves.stream().filter(w -> w.size() > 1).count(),
                jenkinsfile.lines().filter(l -> l.trim().equals("parallel {")).count());
    }

    @Test
    void everyShScriptIsAGroovyLiteralThatRunsTheStepsCommands() throws Exception {
        IntegrationPlan plan = ExportFixtures.hostilePlan();
        String jenkinsfile = export.render(plan);
        assertBalanced(jenkinsfile);
        List<List<String>> expected =
                plan.steps().stream().flatMap(s -> s.run().stream()).toList();
        List<List<String>> actual = new ArrayList<>();
        Matcher m = SH.matcher(jenkinsfile);
        while (m.find()) {
            actual.addAll(StepScripts.commands(tmp, unescapeGroovy(m.group(1))));
        }
        // Waves may list a plan's steps in another order; compare as multisets of commands.
        assertEquals(sorted(expected), sorted(actual));
    }

    @Test
    void theSamePlanGivesTheSameBytes() {
        assertEquals(export.render(ExportFixtures.hostilePlan()), export.render(ExportFixtures.hostilePlan()));
    }

    private static List<String> sorted(List<List<String>> commands) {
        return commands.stream().map(c -> String.join("\0", c)).sorted().toList();
    }

    /** Braces outside string literals balance, and no line ends inside a literal. */
    static void assertBalanced(String groovy) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < groovy.length(); i++) {
            char c = groovy.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '\'') {
                    inString = false;
                } else if (c == '\n') {
                    throw new AssertionError("line break inside a string literal at " + i);
                }
            } else if (c == '/' && i + 1 < groovy.length() && groovy.charAt(i + 1) == '/') {
                i = groovy.indexOf('\n', i);
            } else if (c == '\'') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertTrue(depth >= 0, "unbalanced }");
            }
        }
        assertEquals(0, depth, "unbalanced braces");
    }

    /** Groovy's reading of a single-quoted literal's body, for the escapes the export writes. */
    static String unescapeGroovy(String body) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                s.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'u' -> {
                    s.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> s.append(e);
            }
        }
        return s.toString();
    }
}
