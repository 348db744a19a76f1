package io.itplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.cycles.CouplingFront;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Role;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import io.itplan.core.plan.StepView;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import io.itplan.ui.plan.CouplingGraphs;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each strategy chosen in the plan panel on the web-shop example, stepped through with the keyboard: what the
 * canvas paints for every module agrees with what the plan file says about the step.
 */
class PlanPanelTest extends AppWindowTest {
    private void awaitPlan() throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !view().plan().runningProperty().get()
                        && view().plan().planProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where a module stands in a step and its stand-in roles, derived from the plan's own step lists. */
    private static String fromPlan(IntegrationPlan plan, Step step, String module) {
        Map<String, Step> byId = new HashMap<>();
        plan.steps().forEach(s -> byId.put(s.id(), s));
        if (step.integrate().contains(module)) {
            return StepView.Place.NEW + " " + Set.of();
        }
        Set<String> seen = new HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(step.after());
        while (!todo.isEmpty()) {
            Step s = byId.get(todo.poll());
            if (seen.add(s.id())) {
                if (s.integrate().contains(module)) {
                    return StepView.Place.DONE + " " + Set.of();
                }
                todo.addAll(s.after());
            }
        }
        Map<String, StandIn> doubles = new HashMap<>();
        plan.doubles().forEach(d -> doubles.put(d.id(), d));
        Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        if (step.stubs().stream().anyMatch(id -> doubles.get(id).of().equals(module))) {
            roles.add(Role.STUB);
        }
        if (step.drivers().stream()
                .map(doubles::get)
                .anyMatch(d -> d.forModules().contains(module))) {
            roles.add(Role.DRIVER);
        }
        return StepView.Place.LATER + " " + roles;
    }

    @Test
    void everyStrategyPaintsEachStepAsItsPlanSays() throws TimeoutException {
        @SuppressWarnings("unchecked")
        ComboBox<StrategyName> strategy = lookup("#plan-strategy").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        TableView<Step> table = lookup("#plan-steps").queryAs(TableView.class);
        for (StrategyName s : StrategyName.values()) {
            interact(() -> strategy.setValue(s));
            awaitPlan();
            IntegrationPlan plan = view().plan().planProperty().get();
            assertEquals(s.key(), plan.strategy().name());
            assertEquals(plan.steps().size(), table.getItems().size());
            clickOn(table);
            interact(() -> table.getSelectionModel().clearSelection());
            type(KeyCode.DOWN);
            int checked = 0;
            for (int i = 0; i < plan.steps().size(); i++) {
                WaitForAsyncUtils.waitForFxEvents();
                Step step =
                        plan.steps().get(view().plan().selectedStepProperty().get());
                assertEquals(plan.steps().get(i).id(), step.id(), s + " step " + i);
                assertNotNull(view().canvas().planPaintProperty().get().step());
                for (Module m : view().document().graph().modules()) {
                    String painted = view().canvas().paintedPlace(m.id()) + " "
                            + java.util.EnumSet.copyOf(
                                    view().canvas().paintedRoles(m.id()).isEmpty()
                                            ? java.util.EnumSet.noneOf(Role.class)
                                            : view().canvas().paintedRoles(m.id()));
                    assertEquals(fromPlan(plan, step, m.id()), painted, s + " " + step.id() + " " + m.id());
                    checked++;
                }
                type(KeyCode.DOWN);
            }
            assertTrue(checked >= view().document().graph().modules().size());
        }
    }

    /** The (A, M) of the plan shown, from its broken dependencies. */
    private List<Long> planCoupling() {
        long[] am = CouplingGraphs.coupling(
                view().plan().plannedGraphProperty().get(),
                view().plan().planProperty().get().cycleBreaking().brokenDependencies());
        return List.of(am[0], am[1]);
    }

    private static List<Long> coupling(XYChart.Data<Number, Number> d) {
        return List.of(d.getXValue().longValue(), d.getYValue().longValue());
    }

    @Test
    void clickingAPointOfTheFrontPlansWithItAndTheArrowKeysMoveAlongIt() throws Exception {
        DependencyGraph graph = CouplingGraphs.overlapping();
        CouplingFront.Front front = Planner.standard().front(graph, null);
        assertTrue(front.points().size() >= 3, front.points().toString());
        Path file = dir.resolve("couplings.graph.json");
        GraphFiles.write(graph, file);
        dialogs.toOpen.add(file);
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> view().document().graph().contains("d"));
        awaitPlan();
        assertTrue(lookup(".front-point").queryAll().isEmpty(), "no front for the stubs objective");

        @SuppressWarnings("unchecked")
        ComboBox<Objective> objective = lookup("#plan-objective").queryAs(ComboBox.class);
        interact(() -> objective.setValue(Objective.AM));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> lookup(".front-point").queryAll().size() == front.points().size()
                        && !view().plan().frontRunningProperty().get());
        awaitPlan();
        assertEquals(
                "(A, M) Pareto front — exact, " + front.points().size() + " points",
                lookup("#plan-front-title").queryAs(Label.class).getText());
        @SuppressWarnings("unchecked")
        XYChart<Number, Number> chart = lookup("#plan-front-chart").queryAs(XYChart.class);
        List<XYChart.Data<Number, Number>> points = chart.getData().get(0).getData();
        assertEquals(
                List.of(
                        front.points().get(0).attributes(),
                        front.points().get(0).methods()),
                planCoupling(),
                "the least A at first");
        assertTrue(points.get(0).getNode().getStyleClass().contains("front-point-current"));

        XYChart.Data<Number, Number> last = points.get(points.size() - 1);
        clickOn(last.getNode());
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !view().plan().runningProperty().get() && coupling(last).equals(planCoupling()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                last.getYValue().longValue(),
                view().plan().maxMethodCouplingProperty().get());
        Node marked = lookup(".front-point-current").query();
        assertEquals(last.getNode(), marked);
        assertTrue(lookup(".front-point-plan").queryAll().isEmpty(), "the plan is on the front");

        type(KeyCode.LEFT);
        XYChart.Data<Number, Number> before = points.get(points.size() - 2);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !view().plan().runningProperty().get() && coupling(before).equals(planCoupling()));
        assertEquals(
                before.getYValue().longValue(),
                view().plan().maxMethodCouplingProperty().get());
    }
}
