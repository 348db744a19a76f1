package io.itplan.core.plan;

import java.util.List;

/** Plans with a part replaced, for tests that change a sound plan on purpose. */
public final class PlanEdits {
    private PlanEdits() {}

    /** {@code plan} with these steps instead of its own. */
    public static IntegrationPlan withSteps(IntegrationPlan plan, List<Step> steps) {
        return withDoublesAndSteps(plan, plan.doubles(), steps);
    }

    /** {@code plan} with these stand-ins and steps instead of its own. */
    public static IntegrationPlan withDoublesAndSteps(IntegrationPlan plan, List<StandIn> doubles, List<Step> steps) {
        return new IntegrationPlan(
                plan.graph(),
                plan.strategy(),
                plan.metrics(),
                plan.cycleBreaking(),
                plan.maxParallel(),
                plan.defaults(),
                doubles,
                steps);
    }
}
