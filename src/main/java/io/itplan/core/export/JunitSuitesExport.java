package io.itplan.core.export;

import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * JUnit Platform suites, one class per step: {@code Step_ID_Suite} selects the tests tagged
 * {@code itplan-ID} in the test package. The Javadoc of each lists the steps it comes after, so a build
 * that runs the suites in the plan's order runs the plan. Names go only into Java string literals, escaped
 * to plain ASCII so no Unicode escape can end a literal or a comment early.
 */
public final class JunitSuitesExport implements PlanExport {
    private static final Pattern QUALIFIED =
            Pattern.compile("([A-Za-z_$][A-Za-z0-9_$]*)(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    private final String suitePackage;
    private final String testPackage;

    /** Suites in the package {@code itplan.suites}, selecting tests in every package. */
    public JunitSuitesExport() {
        this("itplan.suites", "");
    }

    /**
     * @param suitePackage the package of the generated classes
     * @param testPackage  the package (with its subpackages) the tests are in; empty for every package
     */
    public JunitSuitesExport(String suitePackage, String testPackage) {
        if (!QUALIFIED.matcher(suitePackage).matches()) {
            throw new IllegalArgumentException("'" + suitePackage + "' is not a Java package name");
        }
        if (!testPackage.isEmpty() && !QUALIFIED.matcher(testPackage).matches()) {
            throw new IllegalArgumentException("'" + testPackage + "' is not a Java package name");
        }
        this.suitePackage = suitePackage;
        this.testPackage = testPackage;
    }

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public String fileName() {
        return suitePackage.replace('.', '/');
    }

    /** The class of a step: step ids hold only lower-case letters, digits and dashes. */
    public static String className(String stepId) {
        return "Step_" + stepId.replace('-', '_') + "_Suite";
    }

    /** The tag a step's tests carry. */
    public static String tag(String stepId) {
        return "itplan-" + stepId;
    }

    /** The classes do not fit in one file; use {@link #files}. */
    @Override
    public String render(IntegrationPlan plan) {
        throw new UnsupportedOperationException("the junit export writes one file per step; use files()");
    }

    @Override
    public SortedMap<String, String> files(IntegrationPlan plan) {
        SortedMap<String, String> files = new TreeMap<>();
        for (Step step : plan.steps()) {
            String name = className(step.id());
            files.put(fileName() + "/" + name + ".java", source(plan, step, name));
        }
        return files;
    }

    private String source(IntegrationPlan plan, Step step, String className) {
        StringBuilder j = new StringBuilder();
        j.append("package ").append(suitePackage).append(";\n\n");
        j.append("import org.junit.platform.suite.api.IncludeTags;\n");
        j.append("import org.junit.platform.suite.api.SelectPackages;\n");
        j.append("import org.junit.platform.suite.api.Suite;\n");
        j.append("import org.junit.platform.suite.api.SuiteDisplayName;\n\n");
        j.append("/**\n");
        j.append(" * Step {@code ").append(step.id()).append("} of the integration plan, made by itplan.\n");
        j.append(" * <p>\n");
        if (step.after().isEmpty()) {
            j.append(" * Runs first: it comes after no other step.\n");
        } else {
            j.append(" * Runs after:\n * <ul>\n");
            for (String a : step.after()) {
                j.append(" * <li>{@code ")
                        .append(a)
                        .append("}: {@link ")
                        .append(className(a))
                        .append("}</li>\n");
            }
            j.append(" * </ul>\n");
        }
        j.append(" */\n");
        j.append("@Suite\n");
        j.append("@SuiteDisplayName(")
                .append(javaString(step.id() + ": " + (step.name() == null ? "" : step.name())))
                .append(")\n");
        j.append("@SelectPackages(").append(javaString(testPackage)).append(")\n");
        j.append("@IncludeTags(").append(javaString(tag(step.id()))).append(")\n");
        j.append("public class ").append(className).append(" {\n");
        j.append("}\n");
        return j.toString();
    }

    /**
     * A Java string literal of {@code text} in plain ASCII. Control characters use octal escapes, never
     * {@code \}{@code u000a}, which the compiler would turn into a line break before reading the literal.
     */
    static String javaString(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '"' -> s.append("\\\"");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        s.append(String.format("\\%03o", (int) c));
                    } else if (c > 0x7f) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
