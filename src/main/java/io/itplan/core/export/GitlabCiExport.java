package io.itplan.core.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itplan.core.plan.IntegrationPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@code .gitlab-ci.yml}: one stage per wave of the plan and one job per step that runs a command, whose {@code
 * needs} come from {@code after}, so GitLab starts a step as soon as the steps before it pass. A step with {@code
 * onFailure: continue} is {@code allow_failure: true}, so the jobs after it run; a failed {@code stop} step keeps the
 * jobs of later waves from starting (they need it). Inline, each job's script is {@link StepScript}; in runner mode
 * it calls {@code itplan run PLAN --step ID}. Variables are written with {@code expand: false} so GitLab does not
 * expand {@code $} in them.
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
    public List<ExportOptions.Mode> modes() {
        return List.of(ExportOptions.Mode.INLINE, ExportOptions.Mode.RUNNER);
    }

    @Override
    public Rendered render(IntegrationPlan plan, ExportOptions options) {
        ExportSteps steps = new ExportSteps(plan, options);
        List<String> notes = new ArrayList<>(steps.commonNotes());
        if (steps.all().stream().anyMatch(ExportSteps.ExportStep::continues)) {
            notes.add("onFailure: continue is allow_failure: a failed step shows as a warning and the pipeline "
                    + "passes, where itplan run exits 1");
        }
        if (steps.all().stream().anyMatch(ExportSteps.ExportStep::stops)) {
            notes.add("onFailure: stop holds back the jobs of later waves until the stop step ends; a skipped stop "
                    + "step holds them back too");
        }
        Map<String, String> jobNames = jobNames(steps);
        ObjectNode root = YamlText.object();
        ArrayNode stages = root.putArray("stages");
        List<List<ExportSteps.ExportStep>> waves = steps.waves();
        for (int i = 0; i < waves.size(); i++) {
            stages.add(stage(i));
        }
        for (int i = 0; i < waves.size(); i++) {
            for (ExportSteps.ExportStep s : waves.get(i)) {
                if (s.hasCommands()) {
                    root.set(jobNames.get(s.id()), job(steps, s, stage(i), jobNames, options));
                }
            }
        }
        TreeMap<String, String> files = new TreeMap<>();
        files.put(fileName(), Comments.header("#", "GitLab CI pipeline", steps, notes) + YamlText.write(root));
        return new Rendered(files, notes);
    }

    private static String stage(int wave) {
        return "wave-" + (wave + 1);
    }

    private static ObjectNode job(
            ExportSteps steps,
            ExportSteps.ExportStep s,
            String stage,
            Map<String, String> jobNames,
            ExportOptions options) {
        ObjectNode job = YamlText.object();
        job.put("stage", stage);
        ArrayNode needs = job.putArray("needs");
        steps.needs(s).forEach(a -> needs.add(jobNames.get(a)));
        if (s.continues()) {
            job.put("allow_failure", true);
        }
        ArrayNode script = job.putArray("script");
        if (options.mode() == ExportOptions.Mode.RUNNER) {
            job.put("image", "eclipse-temurin:17");
            script.add(StepScript.runner(s, options));
            job.putObject("artifacts")
                    .put("when", "always")
                    .putObject("reports")
                    .put("junit", "itplan-reports/TEST-*.xml");
        } else {
            script.add(StepScript.of(s, options));
        }
        return job;
    }

    private static Map<String, String> jobNames(ExportSteps steps) {
        Map<String, String> names = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (ExportSteps.ExportStep s : steps.all()) {
            String name = RESERVED.contains(s.id()) ? "step-" + s.id() : s.id();
            names.put(s.id(), name);
            taken.add(name);
        }
        if (taken.size() != steps.all().size()) {
            throw new IllegalArgumentException("two steps of the plan map to the same GitLab job name; rename the step "
                    + "named after a GitLab keyword");
        }
        return names;
    }
}
