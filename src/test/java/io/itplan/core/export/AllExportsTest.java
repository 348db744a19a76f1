package io.itplan.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.plan.IntegrationPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export of every strategy's plan of both example graphs renders, validates and is deterministic. */
class AllExportsTest {
    @TempDir
    Path tmp;

    @Test
    void exportsAreListedByName() {
        assertEquals(List.of("github", "gitlab", "jenkins", "testng", "junit", "make"), PlanExports.names());
        PlanExports.names()
                .forEach(n -> assertEquals(n, PlanExports.named(n).orElseThrow().name()));
        assertTrue(PlanExports.named("ant").isEmpty());
    }

    @Test
    void everyExportOfEveryExamplePlanRendersTheSameTwice() {
        List<IntegrationPlan> plans = ExportFixtures.allExamplePlans();
        List<IntegrationPlan> again = ExportFixtures.allExamplePlans();
        for (int i = 0; i < plans.size(); i++) {
            for (PlanExport e : PlanExports.all()) {
                assertEquals(e.files(plans.get(i)), e.files(again.get(i)), e.name());
            }
        }
    }

    @Test
    void everyCiExportOfEveryExamplePlanIsValid() {
        ExportValidators.assumeShared();
        for (IntegrationPlan plan : ExportFixtures.allExamplePlans()) {
            String what = plan.graph().name() + " / " + plan.strategy().name();
            assertEquals(
                    List.of(),
                    ExportValidators.schemaErrors(
                            "github-workflow.schemastore.json", new GithubActionsExport().render(plan)),
                    what);
            assertEquals(
                    List.of(),
                    ExportValidators.schemaErrors("gitlab-ci.json", new GitlabCiExport().render(plan)),
                    what);
            ExportValidators.assertTestNgValid(
                    new TestNgPlanExport().files(plan).get("itplan/testng.xml"));
            JenkinsExportTest.assertBalanced(new JenkinsExport().render(plan));
        }
    }

    @Test
    void theSchemasRejectABrokenPipeline() {
        ExportValidators.assumeShared();
        assertTrue(!ExportValidators.schemaErrors(
                        "github-workflow.schemastore.json", "on: push\njobs:\n  a:\n    steps: 5\n")
                .isEmpty());
        assertTrue(!ExportValidators.schemaErrors("gitlab-ci.json", "a:\n  stage: 5\n  needs: x\n")
                .isEmpty());
    }

    @Test
    void everyJunitExportOfEveryExamplePlanCompiles() throws Exception {
        Map<String, String> sources = new TreeMap<>();
        List<IntegrationPlan> plans = ExportFixtures.allExamplePlans();
        for (int i = 0; i < plans.size(); i++) {
            Map<String, String> files = new JunitPlanExport().files(plans.get(i));
            // Each plan in a package of its own, so that all compile in one go.
            String pkg = "plan" + i;
            files.forEach((name, text) -> sources.put(
                    name.replace("itplan/", pkg + "/"), text.replaceFirst("package itplan;", "package " + pkg + ";")));
        }
        sources.putAll(new JunitPlanExport().files(ExportFixtures.hostilePlan()));
        ExportValidators.assertCompiles(sources, tmp);
    }

    @Test
    void everyMakefileOfEveryExamplePlanPassesMakeDryRun() throws Exception {
        ExportValidators.assumeTool("make");
        for (IntegrationPlan plan : ExportFixtures.allExamplePlans()) {
            Path f = Files.writeString(tmp.resolve("Makefile"), new MakefileExport().render(plan));
            ExportValidators.Result r = ExportValidators.run(tmp, List.of("make", "-n", "-f", f.toString(), "all"));
            assertEquals(0, r.code(), r.err());
        }
    }
}
