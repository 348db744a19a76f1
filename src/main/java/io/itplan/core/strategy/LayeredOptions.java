package io.itplan.core.strategy;

import java.util.Map;
import java.util.TreeMap;

/** The options top-down and bottom-up record in a plan. */
final class LayeredOptions {
    private LayeredOptions() {}

    static Map<String, Object> of(PlanOptions o) {
        Map<String, Object> m = new TreeMap<>();
        m.put("granularity", o.granularity().key());
        if (o.granularity() == Granularity.MODULE) {
            m.put("order", o.order().key());
        }
        m.put("riskFirst", o.riskFirst());
        return m;
    }
}
