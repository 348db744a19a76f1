package io.itplan.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.format.GraphFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.plan.Step;
import io.itplan.core.plan.StepView;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The canvas's one-pass reading of a step's roles answers exactly as the step itself does. */
class StepRolesTest {
    @Test
    void everyModuleHasTheRolesTheStepGivesIt() throws Exception {
        int withRoles = 0;
        for (String example : new String[] {"webshop", "library"}) {
            DependencyGraph g = GraphFiles.read(Path.of("resources/examples/" + example + ".graph.json"));
            for (StrategyName s : StrategyName.values()) {
                IntegrationPlan plan = Planner.standard().plan(g, PlanOptions.of(s));
                for (Step step : plan.steps()) {
                    StepView view = PlanChecker.stepView(g, plan, step.id());
                    StepRoles roles = new StepRoles(view);
                    for (Module m : g.modules()) {
                        assertEquals(view.roles(m.id()), roles.roles(m.id()), s + " " + step.id() + " " + m.id());
                        assertEquals(view.drivenInPlaceOf(m.id()), roles.drivenInPlaceOf(m.id()));
                        withRoles += view.roles(m.id()).isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        assertTrue(withRoles > 50, "modules with a role: " + withRoles);
    }
}
