package io.itplan.core.export;

import io.itplan.core.plan.IntegrationPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A declarative {@code Jenkinsfile} that runs the plan in waves: one stage per wave, the steps of a wave side by side in
 * a {@code parallel} block. Every step's stage runs inside {@code catchError}, so a failure marks the build failed
 * without ending it, and its {@code when} lets it start only when every step before it passed (or failed with {@code
 * onFailure: continue}) and no {@code stop} step failed — the plan's rule, kept in two script variables. Inline, a
 * stage's {@code sh} holds {@link StepScript}; in runner mode it calls {@code itplan run PLAN --step ID}. Each script
 * is put in a Groovy single-quoted string, which Groovy does not interpolate, written in plain ASCII.
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
    public List<ExportOptions.Mode> modes() {
        return List.of(ExportOptions.Mode.INLINE, ExportOptions.Mode.RUNNER);
    }

    @Override
    public Rendered render(IntegrationPlan plan, ExportOptions options) {
        ExportSteps steps = new ExportSteps(plan, options);
        List<String> notes = new ArrayList<>(steps.commonNotes());
        if (steps.waves().stream().anyMatch(w -> w.size() > 1)) {
            notes.add("a wave's stages run side by side but each wave waits for the whole previous one, where itplan "
                    + "run starts a step as soon as the steps before it end");
        }
        StringBuilder out = new StringBuilder();
        out.append(Comments.header("//", "Jenkinsfile", steps, notes));
        out.append("// The steps whose dependents may start (passed, or onFailure: continue), and whether a stop step"
                + " failed.\n");
        out.append("itplanGo = [] as Set\n");
        out.append("itplanStopped = false\n\n");
        out.append("def itplanMayStart(List after) {\n");
        out.append(INDENT).append("return !itplanStopped && after.every { itplanGo.contains(it) }\n");
        out.append("}\n\n");
        out.append("pipeline {\n");
        out.append(INDENT).append("agent any\n");
        out.append(INDENT).append("stages {\n");
        List<List<ExportSteps.ExportStep>> waves = steps.waves();
        for (int i = 0; i < waves.size(); i++) {
            List<ExportSteps.ExportStep> wave = waves.get(i);
            if (wave.size() == 1) {
                stage(out, 2, wave.get(0), options);
                continue;
            }
            indent(out, 2).append("stage(").append(groovy("wave " + (i + 1))).append(") {\n");
            indent(out, 3).append("parallel {\n");
            for (ExportSteps.ExportStep step : wave) {
                stage(out, 4, step, options);
            }
            indent(out, 3).append("}\n");
            indent(out, 2).append("}\n");
        }
        out.append(INDENT).append("}\n");
        out.append("}\n");
        TreeMap<String, String> files = new TreeMap<>();
        files.put(fileName(), out.toString());
        return new Rendered(files, notes);
    }

    private static void stage(StringBuilder out, int level, ExportSteps.ExportStep s, ExportOptions options) {
        String id = groovy(s.id());
        indent(out, level).append("stage(").append(id).append(") {\n");
        indent(out, level + 1).append("when {\n");
        indent(out, level + 2).append("expression {\n");
        if (s.continues()) {
            // Whatever becomes of it, the steps after it may start.
            indent(out, level + 3).append("itplanGo << ").append(id).append('\n');
        }
        indent(out, level + 3).append("return itplanMayStart([");
        String sep = "";
        for (String a : s.step().after()) {
            out.append(sep).append(groovy(a));
            sep = ", ";
        }
        out.append("])\n");
        indent(out, level + 2).append("}\n");
        indent(out, level + 1).append("}\n");
        indent(out, level + 1).append("steps {\n");
        int in = level + 2;
        if (!s.hasCommands()) {
            indent(out, in)
                    .append("echo ")
                    .append(groovy("itplan: step " + s.id() + " runs no command, so it tests nothing: not run"))
                    .append('\n');
            indent(out, in).append("script { itplanGo << ").append(id).append(" }\n");
        } else {
            String script = options.mode() == ExportOptions.Mode.RUNNER
                    ? StepScript.runner(s, options)
                    : StepScript.of(s, options);
            indent(out, in).append("catchError(buildResult: 'FAILURE', stageResult: 'FAILURE') {\n");
            indent(out, in + 1).append("script {\n");
            if (s.stops()) {
                indent(out, in + 2).append("try {\n");
                indent(out, in + 3).append("sh ").append(groovy(script)).append('\n');
                indent(out, in + 2).append("} catch (err) {\n");
                indent(out, in + 3).append("itplanStopped = true\n");
                indent(out, in + 3).append("throw err\n");
                indent(out, in + 2).append("}\n");
            } else {
                indent(out, in + 2).append("sh ").append(groovy(script)).append('\n');
            }
            indent(out, in + 2).append("itplanGo << ").append(id).append('\n');
            indent(out, in + 1).append("}\n");
            indent(out, in).append("}\n");
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
