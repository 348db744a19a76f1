package io.itplan.core.strategy;

import java.time.Duration;
import java.util.Objects;

/**
 * Everything a tester can choose about a plan.
 *
 * @param targetDepth        sandwich target depth, or {@code null} for the cheapest
 * @param cycleBudget        wall-clock time cycle breaking may spend proving optimality, or {@code null} for
 *                           a fixed amount of work, which gives the same plan on every machine
 * @param algorithm          how cycles are broken
 * @param maxMethodCoupling  for the {@code am} objective: the most method coupling M the broken dependencies
 *                           may have (the point of the Pareto front with the least A within it), or
 *                           {@code null} for the least A overall
 */
public record PlanOptions(
        StrategyName strategy,
        Granularity granularity,
        ModuleOrder order,
        Integer targetDepth,
        CyclePolicy cycles,
        Objective objective,
        boolean riskFirst,
        Duration cycleBudget,
        CycleAlgorithm algorithm,
        Long maxMethodCoupling) {

    public PlanOptions(
            StrategyName strategy,
            Granularity granularity,
            ModuleOrder order,
            Integer targetDepth,
            CyclePolicy cycles,
            Objective objective,
            boolean riskFirst,
            Duration cycleBudget) {
        this(strategy, granularity, order, targetDepth, cycles, objective, riskFirst, cycleBudget, null, null);
    }

    public PlanOptions {
        Objects.requireNonNull(strategy, "strategy");
        granularity = granularity == null ? Granularity.LEVEL : granularity;
        order = order == null ? ModuleOrder.BFS : order;
        cycles = cycles == null ? CyclePolicy.BREAK : cycles;
        objective = objective == null ? Objective.STUBS : objective;
        algorithm = algorithm == null ? CycleAlgorithm.EXACT : algorithm;
        if (maxMethodCoupling != null && maxMethodCoupling < 0) {
            throw new IllegalArgumentException(
                    "the method coupling limit must not be negative, was " + maxMethodCoupling);
        }
        if (targetDepth != null && targetDepth < 0) {
            throw new IllegalArgumentException("target depth must not be negative, was " + targetDepth);
        }
    }

    public static PlanOptions of(StrategyName strategy) {
        return new PlanOptions(strategy, null, null, null, null, null, false, null);
    }

    public PlanOptions withGranularity(Granularity g) {
        return new PlanOptions(
                strategy,
                g,
                order,
                targetDepth,
                cycles,
                objective,
                riskFirst,
                cycleBudget,
                algorithm,
                maxMethodCoupling);
    }

    public PlanOptions withOrder(ModuleOrder o) {
        return new PlanOptions(
                strategy,
                granularity,
                o,
                targetDepth,
                cycles,
                objective,
                riskFirst,
                cycleBudget,
                algorithm,
                maxMethodCoupling);
    }

    public PlanOptions withTargetDepth(Integer t) {
        return new PlanOptions(
                strategy,
                granularity,
                order,
                t,
                cycles,
                objective,
                riskFirst,
                cycleBudget,
                algorithm,
                maxMethodCoupling);
    }

    public PlanOptions withCycles(CyclePolicy c) {
        return new PlanOptions(
                strategy,
                granularity,
                order,
                targetDepth,
                c,
                objective,
                riskFirst,
                cycleBudget,
                algorithm,
                maxMethodCoupling);
    }

    public PlanOptions withObjective(Objective o) {
        return new PlanOptions(
                strategy,
                granularity,
                order,
                targetDepth,
                cycles,
                o,
                riskFirst,
                cycleBudget,
                algorithm,
                maxMethodCoupling);
    }

    public PlanOptions withRiskFirst(boolean r) {
        return new PlanOptions(
                strategy,
                granularity,
                order,
                targetDepth,
                cycles,
                objective,
                r,
                cycleBudget,
                algorithm,
                maxMethodCoupling);
    }

    public PlanOptions withAlgorithm(CycleAlgorithm a) {
        return new PlanOptions(
                strategy,
                granularity,
                order,
                targetDepth,
                cycles,
                objective,
                riskFirst,
                cycleBudget,
                a,
                maxMethodCoupling);
    }

    public PlanOptions withMaxMethodCoupling(Long limit) {
        return new PlanOptions(
                strategy, granularity, order, targetDepth, cycles, objective, riskFirst, cycleBudget, algorithm, limit);
    }

    public PlanOptions withCycleBudget(Duration d) {
        return new PlanOptions(
                strategy,
                granularity,
                order,
                targetDepth,
                cycles,
                objective,
                riskFirst,
                d,
                algorithm,
                maxMethodCoupling);
    }
}
