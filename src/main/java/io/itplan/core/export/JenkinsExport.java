package io.itplan.core.export;

import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import java.util.List;
import java.util.Map;

/**
 * A declarative {@code Jenkinsfile} that runs the plan in waves: one stage per wave, and the steps of a wave
 * side by side in a {@code parallel} block. Each command is an {@code sh} step whose script is quoted twice:
 * its arguments single-quoted for the shell, then the whole line put in a Groovy single-quoted string, which
 * Groovy does not interpolate; the file is plain ASCII.
 */
public final class JenkinsExport implements PlanExport {
    private static final String INDENT = "    ";

    @Override
    public String name() {
        return "jenkins";
    }

    @Override
    public String fileName() {
        return "Jenkinsfile";
    }

    @Override
    public String render(IntegrationPlan plan) {
        StringBuilder out = new StringBuilder();
        out.append("// Integration plan of ")
                .append(groovy(plan.graph() == null ? "" : plan.graph().name()))
                .append(", made by itplan. Stages run the plan's steps in waves.\n");
        out.append("pipeline {\n");
        out.append(INDENT).append("agent any\n");
        out.append(INDENT).append("stages {\n");
        List<List<Step>> waves = Waves.of(plan);
        for (int i = 0; i < waves.size(); i++) {
            List<Step> wave = waves.get(i);
            if (wave.size() == 1) {
                stage(out, 2, plan, wave.get(0));
                continue;
            }
            indent(out, 2).append("stage(").append(groovy("wave " + (i + 1))).append(") {\n");
            indent(out, 3).append("parallel {\n");
            for (Step step : wave) {
                stage(out, 4, plan, step);
            }
            indent(out, 3).append("}\n");
            indent(out, 2).append("}\n");
        }
        out.append(INDENT).append("}\n");
        out.append("}\n");
        return out.toString();
    }

    private static void stage(StringBuilder out, int level, IntegrationPlan plan, Step step) {
        StepSettings settings = StepSettings.of(plan, step);
        indent(out, level).append("stage(").append(groovy(step.id())).append(") {\n");
        if (settings.timeoutMinutes().isPresent()) {
            indent(out, level + 1).append("options {\n");
            indent(out, level + 2)
                    .append("timeout(time: ")
                    .append(settings.timeoutMinutes().getAsLong())
                    .append(", unit: 'MINUTES')\n");
            indent(out, level + 1).append("}\n");
        }
        indent(out, level + 1).append("steps {\n");
        int inner = level + 2;
        if (settings.changesDirectory()) {
            indent(out, inner++)
                    .append("dir(")
                    .append(groovy(settings.workingDirectory()))
                    .append(") {\n");
        }
        if (!settings.env().isEmpty()) {
            indent(out, inner).append("withEnv([");
            String sep = "";
            for (Map.Entry<String, String> e : settings.env().entrySet()) {
                out.append(sep).append(groovy(e.getKey() + "=" + e.getValue()));
                sep = ", ";
            }
            out.append("]) {\n");
            inner++;
        }
        for (List<String> argv : step.run()) {
            indent(out, inner)
                    .append("sh ")
                    .append(groovy(ShellQuoting.line(argv)))
                    .append('\n');
        }
        if (step.run().isEmpty()) {
            indent(out, inner)
                    .append("echo ")
                    .append(groovy("step " + step.id() + " has no commands"))
                    .append('\n');
        }
        while (inner > level + 2) {
            indent(out, --inner).append("}\n");
        }
        indent(out, level + 1).append("}\n");
        indent(out, level).append("}\n");
    }

    private static StringBuilder indent(StringBuilder out, int level) {
        return out.append(INDENT.repeat(level));
    }

    /**
     * A Groovy single-quoted string literal of {@code text}: no interpolation; backslash, quote and control
     * characters escaped, and anything beyond ASCII as {@code \}{@code uXXXX}.
     */
    static String groovy(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '\'' -> s.append("\\'");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('\'').toString();
    }
}
