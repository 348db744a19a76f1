package io.itplan.core.strategy;

import io.itplan.core.graph.GraphIndex;
import io.itplan.core.plan.StepDraft;
import java.util.List;
import java.util.Map;

/**
 * One way of ordering integration. A strategy only chooses the steps — which units go together and which
 * steps come after which; stand-ins, tests and metrics follow from the rule and are worked out for it.
 */
public interface IntegrationStrategy {

    StrategyName name();

    /** The steps for {@code dag}, each listed after every step it names in {@code after}. */
    Steps steps(GraphIndex g, UnitDag dag, PlanOptions options);

    /**
     * Steps and the options that shaped them, as the plan file records them.
     *
     * @param options effective option values by key (strings, numbers, booleans)
     */
    record Steps(List<StepDraft> drafts, Map<String, Object> options) {}

    static IntegrationStrategy of(StrategyName name) {
        return switch (name) {
            case BIG_BANG -> new BigBangStrategy();
            case TOP_DOWN -> new TopDownStrategy();
            case BOTTOM_UP -> new BottomUpStrategy();
            case SANDWICH -> new SandwichStrategy();
        };
    }
}
