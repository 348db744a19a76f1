package io.itplan.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import io.itplan.core.strategy.StrategyName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubActionsExportTest {
    private final GithubActionsExport export = new GithubActionsExport();

    @TempDir
    Path tmp;

    @Test
    void webshopWorkflowIsValidAgainstTheSchemaStoreSchema() {
        ExportValidators.assumeShared();
        ExportValidators.assertSchemaValid(
                "github-workflow.schemastore.json",
                export.render(ExportFixtures.plan(ExportFixtures.example("webshop"), StrategyName.SANDWICH)));
    }

    @Test
    void everyStepIsAJobThatNeedsTheStepsItComesAfter() {
        IntegrationPlan plan = ExportFixtures.plan(ExportFixtures.example("webshop"), StrategyName.SANDWICH);
        JsonNode jobs = ExportValidators.yaml(export.render(plan)).get("jobs");
        assertEquals(plan.steps().stream().map(Step::id).toList(), names(jobs));
        for (Step s : plan.steps()) {
            JsonNode job = jobs.get(s.id());
            assertEquals(s.after(), texts(job.get("needs")));
            assertFalse(job.has("if"), "GitHub's default is the plan's rule");
            assertEquals(
                    "actions/checkout@v4", job.get("steps").get(0).get("uses").asText());
        }
    }

    @Test
    void continueAndStopBecomeConditionsOnNeeds() {
        IntegrationPlan plan = ExportFixtures.withOnFailure(
                ExportFixtures.plan(ExportFixtures.example("webshop"), StrategyName.BOTTOM_UP), 0, "continue");
        JsonNode jobs = ExportValidators.yaml(export.render(plan)).get("jobs");
        String first = plan.steps().get(0).id();
        String next = plan.steps().get(1).id();
        assertTrue(
                jobs.get(next).get("if").asText().startsWith("${{ !cancelled()"),
                jobs.get(next).toString());
        assertFalse(jobs.get(next).get("if").asText().contains("needs." + first + ".result"));
        IntegrationPlan stop = ExportFixtures.withOnFailure(
                io.itplan.core.strategy.Planner.standard()
                        .plan(
                                ExportFixtures.example("webshop"),
                                io.itplan.core.strategy.PlanOptions.of(StrategyName.BOTTOM_UP)
                                        .withGranularity(io.itplan.core.strategy.Granularity.PARALLEL)),
                0,
                "stop");
        JsonNode stopJobs = ExportValidators.yaml(export.render(stop)).get("jobs");
        String stopper = stop.steps().get(0).id();
        boolean held = false;
        for (Step s : stop.steps()) {
            JsonNode job = stopJobs.get(s.id());
            if (job.has("if") && job.get("if").asText().contains("needs." + stopper + ".result != 'failure'")) {
                held = true;
                assertTrue(texts(job.get("needs")).contains(stopper));
            }
        }
        assertTrue(held, "a later wave waits for the stop step");
    }

    @Test
    void hostileNamesAreQuotedDataForYamlTheShellAndGithubExpressions() throws Exception {
        IntegrationPlan plan = ExportFixtures.hostilePlan();
        String yaml = export.render(plan);
        JsonNode jobs = ExportValidators.yaml(yaml).get("jobs");
        for (Step s : plan.steps()) {
            String script = jobs.get(s.id()).get("steps").get(1).get("run").asText();
            assertFalse(script.replace("${{ '${{' }}", "").contains("${{"), script);
            assertEquals(s.run(), StepScripts.commands(tmp, script.replace("${{ '${{' }}", "${{")));
        }
        assertTrue(yaml.contains("${{ '${{' }} github.token }}"), yaml);
        ExportValidators.assumeShared();
        ExportValidators.assertSchemaValid("github-workflow.schemastore.json", yaml);
    }

    @Test
    void runnerModeJobsCallItplanForTheirStep() {
        IntegrationPlan plan = ExportFixtures.plan(ExportFixtures.example("webshop"), StrategyName.TOP_DOWN);
        String yaml = export.render(plan, new ExportOptions(ExportOptions.Mode.RUNNER, "ci", "ci/shop.plan.json"))
                .files()
                .get(export.fileName());
        JsonNode job =
                ExportValidators.yaml(yaml).get("jobs").get(plan.steps().get(0).id());
        String run = job.get("steps").get(2).get("run").asText();
        assertTrue(
                run.contains("$ITPLAN run 'ci/shop.plan.json' --step '"
                        + plan.steps().get(0).id() + "'"),
                run);
        assertEquals(
                "actions/setup-java@v4", job.get("steps").get(1).get("uses").asText());
    }

    @Test
    void theSamePlanGivesTheSameBytes() {
        IntegrationPlan plan = ExportFixtures.hostilePlan();
        assertEquals(export.render(plan), export.render(ExportFixtures.hostilePlan()));
    }

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
