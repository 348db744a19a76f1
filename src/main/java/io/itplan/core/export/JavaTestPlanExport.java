package io.itplan.core.export;

import io.itplan.core.plan.IntegrationPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An export to a Java test framework: the package folder {@code itplan} that it owns, holding the runtime and the plan
 * as data ({@link JavaTests}) beside the framework's test class, and the note that the framework runs the steps one at
 * a time.
 */
abstract class JavaTestPlanExport implements PlanExport {
    @Override
    public final String fileName() {
        return JavaTests.PACKAGE;
    }

    @Override
    public final boolean ownsFolder() {
        return true;
    }

    /** The framework's name as a tester knows it, e.g. {@code JUnit}. */
    abstract String framework();

    /** {@code ItplanPlanTest.java}: one test method per step, in plan order, with {@code notes} in its header. */
    abstract String testClass(ExportSteps steps, List<String> notes);

    /** Files the framework needs besides the test class, by name inside the package folder. */
    Map<String, String> moreFiles(ExportSteps steps) {
        return Map.of();
    }

    @Override
    public final Rendered render(IntegrationPlan plan, ExportOptions options) {
        ExportSteps steps = new ExportSteps(plan, options);
        List<String> notes = new ArrayList<>(steps.commonNotes());
        if (steps.all().size() > 1) {
            notes.add(framework() + " runs the steps one at a time, in plan order, where itplan run runs ready steps "
                    + "side by side");
        }
        TreeMap<String, String> files = new TreeMap<>();
        String dir = JavaTests.PACKAGE + "/";
        files.put(dir + "ItplanSteps.java", JavaTests.runtime());
        files.put(dir + "ItplanPlan.java", JavaTests.planData(steps));
        files.put(dir + "ItplanPlanTest.java", testClass(steps, notes));
        moreFiles(steps).forEach((name, text) -> files.put(dir + name, text));
        return new Rendered(files, notes);
    }
}
