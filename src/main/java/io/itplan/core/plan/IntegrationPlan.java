package io.itplan.core.plan;

import java.util.List;
import java.util.Optional;

/**
 * An immutable integration plan, as a strategy makes it and as a plan file stores it (DESIGN §3, §5).
 * Steps are listed so that every step comes after the steps it names in {@code after}.
 */
public record IntegrationPlan(
        GraphRef graph,
        StrategyRef strategy,
        Metrics metrics,
        CycleBreaking cycleBreaking,
        int maxParallel,
        Execution defaults,
        List<StandIn> doubles,
        List<Step> steps) {

    public static final String FORMAT = "itplan.plan/2";
    /** The earlier format, still read: stand-ins said {@code replaces} where they now say {@code of}. */
    public static final String FORMAT_V1 = "itplan.plan/1";

    public IntegrationPlan {
        doubles = List.copyOf(doubles);
        steps = List.copyOf(steps);
    }

    /** The same plan, recording where its graph file is, relative to the plan file's folder. */
    public IntegrationPlan withGraphFile(String relativePath) {
        return new IntegrationPlan(
                graph.withFile(relativePath), strategy, metrics, cycleBreaking, maxParallel, defaults, doubles, steps);
    }

    public Optional<Step> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
