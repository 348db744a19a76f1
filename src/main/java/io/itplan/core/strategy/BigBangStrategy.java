package io.itplan.core.strategy;

import io.itplan.core.graph.GraphIndex;
import io.itplan.core.plan.StepDraft;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Everything at once: one step with every module, so no stubs and no drivers, and no clue where a failure is. */
public final class BigBangStrategy implements IntegrationStrategy {
    @Override
    public StrategyName name() {
        return StrategyName.BIG_BANG;
    }

    @Override
    public Steps steps(GraphIndex g, UnitDag dag, PlanOptions options) {
        int[] all = IntStream.range(0, g.size()).toArray();
        return new Steps(List.of(new StepDraft("big-bang", "Big bang", all, new int[0])), Map.of());
    }
}
