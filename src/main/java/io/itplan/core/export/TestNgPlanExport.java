package io.itplan.core.export;

import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.text.XmlText;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A TestNG test class that runs the plan, and a {@code testng.xml} that selects it: one test method per step,
 * ordered as the plan ({@code priority}), each skipped ({@code SkipException}) with the reason when a step before it
 * did not pass, and failed when a command fails — so {@code mvn test} or {@code java org.testng.TestNG
 * itplan/testng.xml} reports the same passed, failed and skipped steps as {@code itplan run}. The files form the
 * package folder {@code itplan}: the suite file, the test class, the plan as data and the runtime.
 */
public final class TestNgPlanExport implements PlanExport {
    public static final String DOCTYPE = "<!DOCTYPE suite SYSTEM \"https://testng.org/testng-1.0.dtd\">";

    @Override
    public String name() {
        return "testng";
    }

    @Override
    public String fileName() {
        return JavaTests.PACKAGE;
    }

    @Override
    public boolean ownsFolder() {
        return true;
    }

    @Override
    public Rendered render(IntegrationPlan plan, ExportOptions options) {
        ExportSteps steps = new ExportSteps(plan, options);
        List<String> notes = new ArrayList<>(steps.commonNotes());
        if (steps.all().size() > 1) {
            notes.add("TestNG runs the steps one at a time, in plan order, where itplan run runs ready steps side by "
                    + "side");
        }
        TreeMap<String, String> files = new TreeMap<>();
        String dir = JavaTests.PACKAGE + "/";
        files.put(dir + "ItplanSteps.java", JavaTests.runtime());
        files.put(dir + "ItplanPlan.java", JavaTests.planData(steps));
        files.put(dir + "ItplanPlanTest.java", testClass(steps, notes));
        files.put(dir + "testng.xml", suite(steps));
        return new Rendered(files, notes);
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

    private static String testClass(ExportSteps steps, List<String> notes) {
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
