package io.itplan.core.export;

import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan's steps in waves: a step's wave is one more than the deepest step it comes after, so the steps
 * of a wave depend only on earlier waves and may run side by side. Engines that cannot express an arbitrary
 * DAG (Jenkins stages, GitLab stages) run the plan wave by wave.
 */
final class Waves {
    private Waves() {}

    static List<List<Step>> of(IntegrationPlan plan) {
        Map<String, Integer> depth = new HashMap<>();
        List<List<Step>> waves = new ArrayList<>();
        for (Step s : plan.steps()) {
            int d = 0;
            for (String before : s.after()) {
                Integer b = depth.get(before);
                if (b == null) {
                    throw new IllegalArgumentException("step '" + s.id() + "' comes after '" + before
                            + "', which is not an earlier step of the plan");
                }
                d = Math.max(d, b + 1);
            }
            depth.put(s.id(), d);
            while (waves.size() <= d) {
                waves.add(new ArrayList<>());
            }
            waves.get(d).add(s);
        }
        return waves.stream().map(List::copyOf).toList();
    }
}
