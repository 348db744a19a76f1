package io.itplan.core.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import java.util.List;
import java.util.Map;

/**
 * A GitHub Actions workflow: one job per step, {@code needs} from {@code after}, so GitHub runs ready steps
 * in parallel. Each command is one {@code run} line with every argument single-quoted for the shell.
 * GitHub evaluates expressions in every string before the shell sees it, so each <code>${{</code> in the
 * plan's data is written as the expression <code>${{ '${{' }}</code>, which evaluates to the literal text.
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
    public String render(IntegrationPlan plan) {
        ObjectNode root = YamlText.object();
        root.put("name", literal("Integration plan: " + graphName(plan)));
        ObjectNode on = root.putObject("on");
        on.putObject("push");
        on.putObject("workflow_dispatch");
        root.putObject("permissions").put("contents", "read");
        ObjectNode jobs = root.putObject("jobs");
        for (Step step : plan.steps()) {
            jobs.set(step.id(), job(plan, step));
        }
        return YamlText.write(root);
    }

    private static ObjectNode job(IntegrationPlan plan, Step step) {
        StepSettings settings = StepSettings.of(plan, step);
        ObjectNode job = YamlText.object();
        job.put("name", literal(step.name() == null || step.name().isEmpty() ? step.id() : step.name()));
        if (!step.after().isEmpty()) {
            ArrayNode needs = job.putArray("needs");
            step.after().forEach(needs::add);
        }
        job.put("runs-on", "ubuntu-latest");
        settings.timeoutMinutes().ifPresent(m -> job.put("timeout-minutes", m));
        if (!settings.env().isEmpty()) {
            ObjectNode env = job.putObject("env");
            for (Map.Entry<String, String> e : settings.env().entrySet()) {
                env.put(e.getKey(), literal(e.getValue()));
            }
        }
        ArrayNode steps = job.putArray("steps");
        steps.addObject().put("uses", "actions/checkout@v4");
        for (List<String> argv : step.run()) {
            ObjectNode run = steps.addObject();
            run.put("run", literal(ShellQuoting.line(argv)));
            if (settings.changesDirectory()) {
                run.put("working-directory", literal(settings.workingDirectory()));
            }
        }
        return job;
    }

    private static String graphName(IntegrationPlan plan) {
        return plan.graph() == null
                        || plan.graph().name() == null
                        || plan.graph().name().isEmpty()
                ? "unnamed graph"
                : plan.graph().name();
    }

    /** The text GitHub turns back into {@code text} after evaluating expressions. */
    static String literal(String text) {
        return text.replace(OPEN, LITERAL_OPEN);
    }
}
