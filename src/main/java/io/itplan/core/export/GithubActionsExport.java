package io.itplan.core.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itplan.core.plan.IntegrationPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A GitHub Actions workflow: one job per step that runs a command, {@code needs} from {@code after}. A job runs when
 * the steps before it passed, or failed with {@code onFailure: continue}; a failed {@code stop} step keeps the jobs of
 * later waves from starting (they need it). Inline, each job is one bash step holding {@link StepScript}: stand-ins,
 * environment, folder and exact timeout; in runner mode each job calls {@code itplan run PLAN --step ID}. GitHub
 * evaluates expressions in every string before the shell sees it, so each <code>${{</code> in the plan's data is
 * written as the expression <code>${{ '${{' }}</code>, which evaluates to the literal text.
 */
public final class GithubActionsExport implements PlanExport {
    private static final String OPEN = "${{";
    private static final String LITERAL_OPEN = "${{ '${{' }}";

    @Override
    public String name() {
        return "github";
    }

    @Override
    public String fileName() {
        return ".github/workflows/itplan.yml";
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
            notes.add("onFailure: continue: the jobs after a failed step run, and the failed job still fails the "
                    + "workflow, as itplan run exits 1");
        }
        ObjectNode root = YamlText.object();
        root.put("name", literal("Integration plan: " + steps.graphName()));
        ObjectNode on = root.putObject("on");
        on.putObject("push");
        on.putObject("workflow_dispatch");
        root.putObject("permissions").put("contents", "read");
        ObjectNode jobs = root.putObject("jobs");
        for (ExportSteps.ExportStep s : steps.all()) {
            if (s.hasCommands()) {
                jobs.set(s.id(), job(steps, s, options));
            }
        }
        String header = Comments.header("#", "GitHub Actions workflow", steps, notes);
        TreeMap<String, String> files = new TreeMap<>();
        files.put(fileName(), header + YamlText.write(root));
        return new Rendered(files, notes);
    }

    private static ObjectNode job(ExportSteps steps, ExportSteps.ExportStep s, ExportOptions options) {
        ObjectNode job = YamlText.object();
        job.put("name", literal(s.displayName()));
        List<String> after = steps.afterSkippingEmpty(s);
        List<String> needs = steps.needs(s);
        if (!needs.isEmpty()) {
            ArrayNode n = job.putArray("needs");
            needs.forEach(n::add);
        }
        condition(steps, s, after).ifPresent(c -> job.put("if", c));
        job.put("runs-on", "ubuntu-latest");
        ArrayNode list = job.putArray("steps");
        list.addObject().put("uses", "actions/checkout@v4");
        ObjectNode run = list.addObject();
        run.put("name", literal("step " + s.id()));
        run.put("shell", "bash");
        if (options.mode() == ExportOptions.Mode.RUNNER) {
            ObjectNode java = YamlText.object();
            java.put("uses", "actions/setup-java@v4");
            java.putObject("with").put("distribution", "temurin").put("java-version", "17");
            list.insert(1, java);
            run.put("run", literal(StepScript.runner(s, options)));
        } else {
            run.put("run", literal(StepScript.of(s, options)));
        }
        return job;
    }

    /**
     * The job's {@code if}: left out when GitHub's default (every need succeeded) is the plan's rule; otherwise
     * not cancelled, every blocking step before it succeeded, and no earlier stop step failed.
     */
    private static java.util.Optional<String> condition(
            ExportSteps steps, ExportSteps.ExportStep s, List<String> after) {
        boolean plain = s.stopSteps().isEmpty()
                && after.stream().noneMatch(a -> steps.get(a).continues());
        if (plain) {
            return java.util.Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        terms.add("!cancelled()");
        for (String a : after) {
            if (!steps.get(a).continues()) {
                terms.add("needs." + a + ".result == 'success'");
            }
        }
        for (String x : s.stopSteps()) {
            terms.add("needs." + x + ".result != 'failure'");
        }
        return java.util.Optional.of("${{ " + String.join(" && ", terms) + " }}");
    }

    /** The text GitHub turns back into {@code text} after evaluating expressions. */
    static String literal(String text) {
        return text.replace(OPEN, LITERAL_OPEN);
    }
}
