package io.itplan.ui.canvas;

import io.itplan.core.plan.StepView;
import java.util.Map;

/**
 * What the canvas shows of a plan: the selected step (modules integrated before, new, stubbed, driven, not
 * yet; the dependencies it tests) and the levels as horizontal bands.
 *
 * @param step        the selected step as the rule sees it, or null for bands only
 * @param levels      each module's level (depth or height), or null for no bands
 * @param levelWord   what a level is called ("depth", "height")
 * @param targetLevel the sandwich target level to mark, or null
 * @param broken      the dependencies cycle breaking replaced by stand-ins, marked with a cut
 */
public record PlanPaint(
        StepView step,
        Map<String, Integer> levels,
        String levelWord,
        Integer targetLevel,
        java.util.Set<io.itplan.core.plan.DependencyRef> broken) {

    /** Where a module stands in the selected step, or null when no step is selected. */
    public StepView.Place place(String module) {
        return step == null ? null : step.place(module);
    }
}
