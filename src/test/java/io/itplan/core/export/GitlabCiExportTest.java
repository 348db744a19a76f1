package io.itplan.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                assertEquals(s.run().size(), job.get("script").size());
                assertEquals(false, job.has("variables"));
            }
        }
    }

    @Test
    void hostileNamesAreQuotedDataForYamlAndTheShell() throws Exception {
        IntegrationPlan plan = ExportFixtures.hostilePlan();
        String yaml = export.render(plan);
        JsonNode root = ExportValidators.yaml(yaml);
        for (Step s : plan.steps()) {
            JsonNode script = root.get(s.id()).get("script");
            StepSettings settings = StepSettings.of(plan, s);
            int first = settings.changesDirectory() ? 1 : 0;
            if (settings.changesDirectory()) {
                assertEquals(
                        List.of(settings.workingDirectory()),
                        ExportValidators.shellWords(tmp, script.get(0).asText().substring("cd ".length())));
            }
            for (int i = 0; i < s.run().size(); i++) {
                String line = script.get(i + first).asText();
                ExportValidators.assertBashSyntax(tmp, line);
                assertEquals(s.run().get(i), ExportValidators.shellWords(tmp, line));
            }
        }
        JsonNode variable = root.get(plan.steps().get(0).id()).get("variables").get("ITPLAN_VALUE");
        assertEquals("$(touch pwned) 'q' ${{ x }}", variable.get("value").asText());
        assertEquals(false, variable.get("expand").asBoolean());
        ExportValidators.assumeShared();
        ExportValidators.assertSchemaValid("gitlab-ci.json", yaml);
    }

    @Test
    void theSamePlanGivesTheSameBytes() {
        assertEquals(export.render(ExportFixtures.hostilePlan()), export.render(ExportFixtures.hostilePlan()));
    }
}
