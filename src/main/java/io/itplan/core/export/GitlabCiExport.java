package io.itplan.core.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code .gitlab-ci.yml}: one stage per wave of the plan and one job per step whose {@code needs} come
 * from {@code after}, so GitLab starts a step as soon as the steps before it pass. Commands are
 * {@code script} lines with every argument single-quoted for the shell; variables are written with
 * {@code expand: false} so GitLab does not expand {@code $} in them.
 */
public final class GitlabCiExport implements PlanExport {
    /** Top-level keys GitLab gives a meaning; a step with such an id gets a job named {@code step-ID}. */
    private static final Set<String> RESERVED = Set.of(
            "default", "include", "stages", "variables", "workflow", "image", "services", "cache", "pages", "spec");

    @Override
    public String name() {
        return "gitlab";
    }

    @Override
    public String fileName() {
        return ".gitlab-ci.yml";
    }

    @Override
    public String render(IntegrationPlan plan) {
        Map<String, String> jobNames = jobNames(plan);
        List<List<Step>> waves = Waves.of(plan);
        ObjectNode root = YamlText.object();
        ArrayNode stages = root.putArray("stages");
        for (int i = 0; i < waves.size(); i++) {
            stages.add(stage(i));
        }
        for (int i = 0; i < waves.size(); i++) {
            for (Step step : waves.get(i)) {
                root.set(jobNames.get(step.id()), job(plan, step, stage(i), jobNames));
            }
        }
        return YamlText.write(root);
    }

    private static String stage(int wave) {
        return "wave-" + (wave + 1);
    }

    private static ObjectNode job(IntegrationPlan plan, Step step, String stage, Map<String, String> jobNames) {
        StepSettings settings = StepSettings.of(plan, step);
        ObjectNode job = YamlText.object();
        job.put("stage", stage);
        ArrayNode needs = job.putArray("needs");
        step.after().forEach(a -> needs.add(jobNames.get(a)));
        if (!settings.env().isEmpty()) {
            ObjectNode variables = job.putObject("variables");
            for (Map.Entry<String, String> e : settings.env().entrySet()) {
                variables.putObject(e.getKey()).put("value", e.getValue()).put("expand", false);
            }
        }
        settings.timeoutMinutes().ifPresent(m -> job.put("timeout", m + "m"));
        ArrayNode script = job.putArray("script");
        if (settings.changesDirectory()) {
            script.add("cd " + ShellQuoting.quote(settings.workingDirectory()));
        }
        for (List<String> argv : step.run()) {
            script.add(ShellQuoting.line(argv));
        }
        if (step.run().isEmpty()) {
            script.add(ShellQuoting.line(List.of("echo", "step " + step.id() + " has no commands")));
        }
        return job;
    }

    private static Map<String, String> jobNames(IntegrationPlan plan) {
        Map<String, String> names = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Step s : plan.steps()) {
            String name = RESERVED.contains(s.id()) ? "step-" + s.id() : s.id();
            names.put(s.id(), name);
            taken.add(name);
        }
        if (taken.size() != plan.steps().size()) {
            throw new IllegalArgumentException("two steps of the plan map to the same GitLab job name; rename the step "
                    + "named after a GitLab keyword");
        }
        return names;
    }
}
