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

class GitlabCiExportTest {
    private final GitlabCiExport export = new GitlabCiExport();

    @TempDir
    Path tmp;

    @Test
    void webshopPipelineIsValidAgainstTheGitlabSchema() {
        ExportValidators.assumeShared();
        ExportValidators.assertSchemaValid(
                "gitlab-ci.json",
                export.render(ExportFixtures.plan(ExportFixtures.example("webshop"), StrategyName.SANDWICH)));
    }

    @Test
    void jobsNeedTheStepsTheyComeAfterAndStagesAreWaves() {
        IntegrationPlan plan = ExportFixtures.plan(ExportFixtures.example("webshop"), StrategyName.BOTTOM_UP);
        JsonNode root = ExportValidators.yaml(export.render(plan));
        List<List<Step>> waves = Waves.of(plan);
        assertEquals(waves.size(), root.get("stages").size());
        for (int w = 0; w < waves.size(); w++) {
            for (Step s : waves.get(w)) {
                JsonNode job = root.get(s.id());
                assertEquals("wave-" + (w + 1), job.get("stage").asText());
                List<String> needs = new ArrayList<>();
                job.get("needs").forEach(n -> needs.add(n.asText()));
                assertEquals(s.after(), needs);
                assertEquals(1, job.get("script").size());
                assertFalse(job.has("allow_failure"));
            }
        }
    }

    @Test
    void aContinueStepMayFail() {
        IntegrationPlan plan = ExportFixtures.withOnFailure(
                ExportFixtures.plan(ExportFixtures.example("webshop"), StrategyName.BOTTOM_UP), 0, "continue");
        JsonNode root = ExportValidators.yaml(export.render(plan));
        assertTrue(root.get(plan.steps().get(0).id()).get("allow_failure").asBoolean());
    }

    @Test
    void hostileNamesAreQuotedDataForYamlAndTheShell() throws Exception {
        IntegrationPlan plan = ExportFixtures.hostilePlan();
        String yaml = export.render(plan);
        JsonNode root = ExportValidators.yaml(yaml);
        for (Step s : plan.steps()) {
            String script = root.get(s.id()).get("script").get(0).asText();
            assertEquals(s.run(), StepScripts.commands(tmp, script));
        }
        String first = root.get(plan.steps().get(0).id()).get("script").get(0).asText();
        assertTrue(first.contains("timeout -k 10s 90s env 'ITPLAN_VALUE=$(touch pwned) '\\''q'\\'' ${{ x }}'"), first);
        ExportValidators.assumeShared();
        ExportValidators.assertSchemaValid("gitlab-ci.json", yaml);
    }

    @Test
    void theSamePlanGivesTheSameBytes() {
        assertEquals(export.render(ExportFixtures.hostilePlan()), export.render(ExportFixtures.hostilePlan()));
    }
}
