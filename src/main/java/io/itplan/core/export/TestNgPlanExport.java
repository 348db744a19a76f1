package io.itplan.core.export;

import io.itplan.core.text.XmlText;
import java.util.List;
import java.util.Map;

/**
 * A TestNG test class that runs the plan, and a {@code testng.xml} that selects it: one test method per step,
 * ordered as the plan ({@code priority}), each skipped ({@code SkipException}) with the reason when a step before it
 * did not pass, and failed when a command fails — so {@code mvn test} or {@code java org.testng.TestNG
 * itplan/testng.xml} reports the same passed, failed and skipped steps as {@code itplan run}. The files form the
 * package folder {@code itplan}: the suite file, the test class, the plan as data and the runtime.
 */
public final class TestNgPlanExport extends JavaTestPlanExport {
    public static final String DOCTYPE = "<!DOCTYPE suite SYSTEM \"https://testng.org/testng-1.0.dtd\">";

    @Override
    public String name() {
        return "testng";
    }

    @Override
    String framework() {
        return "TestNG";
    }

    @Override
    Map<String, String> moreFiles(ExportSteps steps) {
        return Map.of("testng.xml", suite(steps));
    }

    private static String suite(ExportSteps steps) {
        String name = XmlText.escape("integration plan of " + steps.graphName());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + DOCTYPE + "\n"
                + "<suite name=\"" + name + "\">\n"
                + "  <test name=\"" + name + "\" preserve-order=\"true\">\n"
                + "    <classes>\n"
                + "      <class name=\"" + JavaTests.PACKAGE + ".ItplanPlanTest\"/>\n"
                + "    </classes>\n"
                + "  </test>\n"
                + "</suite>\n";
    }

    @Override
    String testClass(ExportSteps steps, List<String> notes) {
        StringBuilder j = new StringBuilder();
        j.append("package ").append(JavaTests.PACKAGE).append(";\n\n");
        j.append("import org.testng.SkipException;\n");
        j.append("import org.testng.annotations.AfterClass;\n");
        j.append("import org.testng.annotations.Test;\n\n");
        j.append(JavaTests.comment(Comments.header("//", "TestNG tests", steps, notes)));
        j.append("public class ItplanPlanTest {\n");
        j.append("    private static final ItplanSteps PLAN = ItplanPlan.steps();\n\n");
        j.append("    @AfterClass(alwaysRun = true)\n");
        j.append("    public void stopStandIns() {\n");
        j.append("        PLAN.stopAll();\n");
        j.append("    }\n");
        int order = 1;
        for (ExportSteps.ExportStep s : steps.all()) {
            j.append("\n    @Test(priority = ")
                    .append(order++)
                    .append(", description = ")
                    .append(JavaTests.javaString(s.id() + ": " + s.displayName()))
                    .append(")\n");
            j.append("    public void ").append(JavaTests.method(s.id())).append("() {\n");
            j.append("        String why = PLAN.skipReason(")
                    .append(JavaTests.javaString(s.id()))
                    .append(");\n");
            j.append("        if (why != null) {\n");
            j.append("            throw new SkipException(why);\n");
            j.append("        }\n");
            j.append("        PLAN.run(").append(JavaTests.javaString(s.id())).append(");\n");
            j.append("    }\n");
        }
        j.append("}\n");
        return j.toString();
    }
}
