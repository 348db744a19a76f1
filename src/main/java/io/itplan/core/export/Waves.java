package io.itplan.core.export;

import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import io.itplan.core.plan.StepDepths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plan's steps in waves: a step's wave is one more than the deepest step it comes after, so the steps
 * of a wave depend only on earlier waves and may run side by side. Engines that cannot express an arbitrary
 * DAG (Jenkins stages, GitLab stages) run the plan wave by wave.
 */
final class Waves {
    private Waves() {}

    /** @throws IllegalArgumentException when a step comes after one that is not listed before it */
    static List<List<Step>> of(IntegrationPlan plan) {
        Map<String, Integer> depth = StepDepths.of(plan.steps());
        List<List<Step>> waves = new ArrayList<>();
        for (Step s : plan.steps()) {
            int d = depth.get(s.id());
            while (waves.size() <= d) {
                waves.add(new ArrayList<>());
            }
            waves.get(d).add(s);
        }
        return waves.stream().map(List::copyOf).toList();
    }
}
