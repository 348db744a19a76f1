package io.itplan.core.strategy;

import io.itplan.core.graph.GraphIndex;

/**
 * Top-down integration: clients before suppliers, from the roots down, by depth. It needs stubs of the suppliers
 * not yet integrated, and no drivers on an acyclic graph whose dependencies are all stubbable. The supplier of an
 * unstubbable dependency is pulled up into its client's step (or before it), whatever drivers that costs.
 */
public final class TopDownStrategy implements IntegrationStrategy {
    @Override
    public StrategyName name() {
        return StrategyName.TOP_DOWN;
    }

    @Override
    public Steps steps(GraphIndex g, UnitDag dag, PlanOptions options) {
        Layering layering = new Layering(dag, options, "depth", new ModuleNames(g, "Depth"));
        return new Steps(layering.stepsPullingUnstubbable(g), LayeredOptions.of(options));
    }
}
