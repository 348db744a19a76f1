package io.itplan.core.strategy;

import io.itplan.core.graph.GraphIndex;

/**
 * Bottom-up integration: suppliers before clients, from the leaves up, by height. It needs drivers for the
 * modules whose clients are not yet integrated, and no stubs on an acyclic graph. It is top-down ordering
 * of the reversed graph.
 */
public final class BottomUpStrategy implements IntegrationStrategy {
    @Override
    public StrategyName name() {
        return StrategyName.BOTTOM_UP;
    }

    @Override
    public Steps steps(GraphIndex g, UnitDag dag, PlanOptions options) {
        Layering layering = new Layering(dag.reversed(), options, "height", new ModuleNames(g, "Height"));
        return new Steps(layering.steps(), LayeredOptions.of(options));
    }
}
