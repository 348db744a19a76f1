package io.itplan.core.strategy;

import io.itplan.core.graph.GraphIndex;

/**
 * Top-down integration: clients before suppliers, from the roots down, by depth. It needs stubs of the
 * suppliers not yet integrated, and no drivers on an acyclic graph.
 */
public final class TopDownStrategy implements IntegrationStrategy {
    @Override
    public StrategyName name() {
        return StrategyName.TOP_DOWN;
    }

    @Override
    public Steps steps(GraphIndex g, UnitDag dag, PlanOptions options) {
        Layering layering = new Layering(dag, options, "depth", new ModuleNames(g, "Depth"));
        return new Steps(layering.steps(), LayeredOptions.of(options));
    }
}
