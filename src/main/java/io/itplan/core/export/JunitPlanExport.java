package io.itplan.core.export;

import java.util.List;

/**
 * A JUnit Jupiter test class that runs the plan: one test per step, ordered as the plan ({@code @Order}), each
 * skipped (aborted) with the reason when a step before it did not pass, and failed when a command fails — so the JUnit
 * Platform console launcher or {@code mvn test} reports the same passed, failed and skipped steps as {@code itplan
 * run}. The files form the package folder {@code itplan}: the test class, the plan as data and the runtime.
 */
public final class JunitPlanExport extends JavaTestPlanExport {
    @Override
    public String name() {
        return "junit";
    }

    @Override
    String framework() {
        return "JUnit";
    }

    @Override
    String testClass(ExportSteps steps, List<String> notes) {
        StringBuilder j = new StringBuilder();
        j.append("package ").append(JavaTests.PACKAGE).append(";\n\n");
        j.append("import org.junit.jupiter.api.AfterAll;\n");
        j.append("import org.junit.jupiter.api.Assumptions;\n");
        j.append("import org.junit.jupiter.api.DisplayName;\n");
        j.append("import org.junit.jupiter.api.MethodOrderer;\n");
        j.append("import org.junit.jupiter.api.Order;\n");
        j.append("import org.junit.jupiter.api.Test;\n");
        j.append("import org.junit.jupiter.api.TestMethodOrder;\n\n");
        j.append(JavaTests.comment(Comments.header("//", "JUnit Jupiter tests", steps, notes)));
        j.append("@TestMethodOrder(MethodOrderer.OrderAnnotation.class)\n");
        j.append("@DisplayName(")
                .append(JavaTests.javaString("integration plan of " + steps.graphName()))
                .append(")\n");
        j.append("class ItplanPlanTest {\n");
        j.append("    private static final ItplanSteps PLAN = ItplanPlan.steps();\n\n");
        j.append("    @AfterAll\n");
        j.append("    static void stopStandIns() {\n");
        j.append("        PLAN.stopAll();\n");
        j.append("    }\n");
        int order = 1;
        for (ExportSteps.ExportStep s : steps.all()) {
            j.append("\n    @Test\n");
            j.append("    @Order(").append(order++).append(")\n");
            j.append("    @DisplayName(")
                    .append(JavaTests.javaString(s.id() + ": " + s.displayName()))
                    .append(")\n");
            j.append("    void ").append(JavaTests.method(s.id())).append("() {\n");
            j.append("        String why = PLAN.skipReason(")
                    .append(JavaTests.javaString(s.id()))
                    .append(");\n");
            j.append("        Assumptions.assumeTrue(why == null, why);\n");
            j.append("        PLAN.run(").append(JavaTests.javaString(s.id())).append(");\n");
            j.append("    }\n");
        }
        j.append("}\n");
        return j.toString();
    }
}
