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
            List<String> needs = new ArrayList<>();
            if (job.has("needs")) {
                job.get("needs").forEach(n -> needs.add(n.asText()));
            }
            assertEquals(s.after(), needs);
            assertEquals("ubuntu-latest", job.get("runs-on").asText());
            assertEquals(
                    "actions/checkout@v4", job.get("steps").get(0).get("uses").asText());
            assertEquals(s.run().size() + 1, job.get("steps").size());
        }
    }

    @Test
    void hostileNamesAreQuotedDataForYamlTheShellAndGithubExpressions() throws Exception {
        IntegrationPlan plan = ExportFixtures.hostilePlan();
        String yaml = export.render(plan);
        JsonNode jobs = ExportValidators.yaml(yaml).get("jobs");
        for (Step s : plan.steps()) {
            JsonNode steps = jobs.get(s.id()).get("steps");
            for (int i = 0; i < s.run().size(); i++) {
                String line = steps.get(i + 1).get("run").asText();
                assertFalse(line.replace("${{ '${{' }}", "").contains("${{"), line);
                String shellLine = line.replace("${{ '${{' }}", "${{");
                ExportValidators.assertBashSyntax(tmp, shellLine);
                assertEquals(s.run().get(i), ExportValidators.shellWords(tmp, shellLine));
            }
        }
        assertTrue(yaml.contains("${{ '${{' }} github.token }}"), yaml);
        ExportValidators.assumeShared();
        ExportValidators.assertSchemaValid("github-workflow.schemastore.json", yaml);
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
}
