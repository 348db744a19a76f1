package io.itplan.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itplan.core.format.GraphDigest;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.Execution;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.plan.Step;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Plans the export tests render: the example graphs and a graph of hostile module names. */
final class ExportFixtures {
    /** Module names that would run code if an export spliced them in as syntax. */
    static final List<String> HOSTILE = List.of(
            "$(touch pwned)",
            "a'; rm -rf x #",
            "\"quoted\"",
            "line\nbreak\r\nx",
            "ünïcødé ✓ 😀",
            "${{ github.token }}",
            "`touch pwned2`",
            "back\\slash \\u000a */",
            "<tag attr='&amp;'>",
            "$HOME $$ ${PATH}");

    private ExportFixtures() {}

    static DependencyGraph example(String name) {
        try {
            return GraphFiles.read(Path.of("resources/examples/" + name + ".graph.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static IntegrationPlan plan(DependencyGraph g, StrategyName strategy) {
        IntegrationPlan p = Planner.standard().plan(g, PlanOptions.of(strategy));
        assertEquals(List.of(), PlanChecker.check(g, p, GraphDigest.of(g)));
        return p;
    }

    /** A chain with a fork of hostile modules; the test command names every module of the step. */
    static DependencyGraph hostile(List<String> testCommand) {
        DependencyGraph.Builder b = DependencyGraph.builder("Hostile $(touch pwned) 'graph' \"name\"\n${{ x }}");
        b.addModules(HOSTILE.toArray(String[]::new));
        for (int i = 0; i + 1 < HOSTILE.size(); i++) {
            b.addDependency(HOSTILE.get(i), HOSTILE.get(i + 1));
        }
        b.addDependency(HOSTILE.get(0), HOSTILE.get(HOSTILE.size() - 1));
        b.command("test", testCommand);
        return b.build();
    }

    /**
     * The sandwich plan of the hostile graph, each step renamed to carry a hostile name too, with an
     * environment and working directory to quote.
     */
    static IntegrationPlan hostilePlan() {
        return hostilePlan(List.of("echo", "{step}", "{modules}", "{stubs}", "{drivers}"));
    }

    static IntegrationPlan hostilePlan(List<String> testCommand) {
        IntegrationPlan p = plan(hostile(testCommand), StrategyName.SANDWICH);
        List<Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i < p.steps().size(); i++) {
            Step s = p.steps().get(i);
            String name = s.name() + " " + HOSTILE.get(i % HOSTILE.size());
            Execution own = i == 0
                    ? new Execution(
                            Map.of("ITPLAN_VALUE", "$(touch pwned) 'q' ${{ x }}"),
                            "sub dir/$(touch pwned)",
                            "PT90S",
                            null)
                    : null;
            steps.add(
                    new Step(s.id(), name, s.after(), s.integrate(), s.stubs(), s.drivers(), s.tests(), s.run(), own));
        }
        return new IntegrationPlan(
                p.graph(),
                p.strategy(),
                p.metrics(),
                p.cycleBreaking(),
                p.maxParallel(),
                p.defaults(),
                p.doubles(),
                steps);
    }

    /** The plan with step {@code index} given its own {@code onFailure}. */
    static IntegrationPlan withOnFailure(IntegrationPlan p, int index, String onFailure) {
        List<Step> steps = new java.util.ArrayList<>(p.steps());
        Step s = steps.get(index);
        steps.set(
                index,
                new Step(
                        s.id(),
                        s.name(),
                        s.after(),
                        s.integrate(),
                        s.stubs(),
                        s.drivers(),
                        s.tests(),
                        s.run(),
                        new Execution(null, null, null, onFailure)));
        return new IntegrationPlan(
                p.graph(),
                p.strategy(),
                p.metrics(),
                p.cycleBreaking(),
                p.maxParallel(),
                p.defaults(),
                p.doubles(),
                steps);
    }

    static List<IntegrationPlan> allExamplePlans() {
        List<IntegrationPlan> plans = new java.util.ArrayList<>();
        for (String graph : List.of("webshop", "library")) {
            for (StrategyName s : StrategyName.values()) {
                plans.add(plan(example(graph), s));
            }
        }
        return plans;
    }
}
