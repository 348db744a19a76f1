package io.itplan.core.export;

import io.itplan.core.format.XmlText;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;

/**
 * A TestNG suite ({@code testng.xml}) that runs the plan through group dependencies: the tests of step
 * {@code ID} carry the group {@code itplan-ID}, each group depends on the groups of the steps it comes
 * after, so TestNG runs them in the plan's order and skips the tests of a step whose earlier steps failed.
 * Step names go in as suite parameters {@code itplan.step.ID.name}; every value is XML-escaped.
 */
public final class TestNgExport implements PlanExport {
    public static final String DOCTYPE = "<!DOCTYPE suite SYSTEM \"https://testng.org/testng-1.0.dtd\">";
    private final String testPackage;

    /** Looks for tests in every package. */
    public TestNgExport() {
        this(".*");
    }

    /** @param testPackage the package the tests are in, in TestNG's form, e.g. {@code com.example.*} */
    public TestNgExport(String testPackage) {
        this.testPackage = testPackage;
    }

    @Override
    public String name() {
        return "testng";
    }

    @Override
    public String fileName() {
        return "testng.xml";
    }

    /** The group a step's tests are tagged with. */
    public static String group(String stepId) {
        return "itplan-" + stepId;
    }

    @Override
    public String render(IntegrationPlan plan) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").append(DOCTYPE).append('\n');
        String graph = plan.graph() == null
                        || plan.graph().name() == null
                        || plan.graph().name().isEmpty()
                ? "integration plan"
                : plan.graph().name();
        x.append("<suite name=\"").append(XmlText.escape(graph)).append("\">\n");
        parameter(
                x,
                "itplan.strategy",
                plan.strategy() == null ? "" : plan.strategy().name());
        for (Step s : plan.steps()) {
            parameter(x, "itplan.step." + s.id() + ".name", s.name() == null ? s.id() : s.name());
            parameter(x, "itplan.step." + s.id() + ".after", String.join(" ", s.after()));
        }
        x.append("  <test name=\"")
                .append(XmlText.escape("integration plan of " + graph))
                .append("\">\n");
        x.append("    <groups>\n");
        x.append("      <run>\n");
        for (Step s : plan.steps()) {
            x.append("        <include name=\"")
                    .append(XmlText.escape(group(s.id())))
                    .append("\"/>\n");
        }
        x.append("      </run>\n");
        if (plan.steps().stream().anyMatch(s -> !s.after().isEmpty())) {
            x.append("      <dependencies>\n");
            for (Step s : plan.steps()) {
                if (!s.after().isEmpty()) {
                    x.append("        <group name=\"")
                            .append(XmlText.escape(group(s.id())))
                            .append("\" depends-on=\"")
                            .append(XmlText.escape(String.join(
                                    " ",
                                    s.after().stream().map(TestNgExport::group).toList())))
                            .append("\"/>\n");
                }
            }
            x.append("      </dependencies>\n");
        }
        x.append("    </groups>\n");
        x.append("    <packages>\n");
        x.append("      <package name=\"").append(XmlText.escape(testPackage)).append("\"/>\n");
        x.append("    </packages>\n");
        x.append("  </test>\n");
        x.append("</suite>\n");
        return x.toString();
    }

    private static void parameter(StringBuilder x, String name, String value) {
        x.append("  <parameter name=\"")
                .append(XmlText.escape(name))
                .append("\" value=\"")
                .append(XmlText.escape(value))
                .append("\"/>\n");
    }
}
