package io.itplan.ui.plan;

import io.itplan.core.cycles.CouplingFront;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.BrokenCost;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.strategy.CycleAlgorithm;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The (A, M) Pareto front of the graph as a scatter chart, x the attribute coupling A and y the method coupling
 * M of the broken dependencies, with the front's staircase behind its points. The point of the plan shown is
 * marked; clicking a point, or moving to it with the arrow keys, plans with it. A plan off the front (a classic
 * heuristic's) is drawn as a point of its own.
 */
final class FrontChart extends VBox {
    static final String POINT = "front-point";
    static final String CURRENT = "front-point-current";
    static final String OFF_FRONT = "front-point-plan";

    private final PlanViewModel vm;
    private final Label title = new Label();
    private final NumberAxis x = axis("A · attributes");
    private final NumberAxis y = axis("M · methods");
    private final XYChart.Series<Number, Number> frontSeries = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> planSeries = new XYChart.Series<>();
    private final Chart chart = new Chart(x, y, frontSeries);
    private List<CouplingFront.Point> points = List.of();
    /** Index of the plan's point in {@link #points}, or -1. */
    private int current = -1;

    FrontChart(PlanViewModel vm) {
        this.vm = vm;
        getStyleClass().add("front-pane");
        setId("plan-front");
        title.getStyleClass().addAll("panel-title", "front-title");
        title.setId("plan-front-title");
        title.setMaxWidth(Double.MAX_VALUE);
        chart.getStyleClass().add("front-chart");
        chart.setId("plan-front-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setFocusTraversable(true);
        chart.setMinSize(0, 0);
        chart.setAccessibleText("(A, M) Pareto front: left and right arrow keys plan with the neighbouring point");
        chart.getData().setAll(List.of(frontSeries, planSeries));
        Tooltip hint = new Tooltip("Each point is a way of breaking the cycles that no other beats in both A and M."
                + "\nClick a point, or use ← and → on the chart, to plan with it.");
        title.setTooltip(hint);
        chart.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        chart.setOnMousePressed(e -> chart.requestFocus());
        getChildren().setAll(title, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);

        vm.frontProperty().addListener((obs, a, b) -> showFront());
        vm.frontRunningProperty().addListener((obs, a, b) -> showTitle());
        vm.frontProblemProperty().addListener((obs, a, b) -> showTitle());
        vm.planProperty().addListener((obs, a, b) -> showPlan());
        showFront();
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis();
        a.setLabel(label);
        a.setAutoRanging(false);
        a.setMinorTickVisible(false);
        a.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() < 0 ? "" : String.valueOf(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        return a;
    }

    /** The points shown, by ascending A (for tests). */
    List<CouplingFront.Point> points() {
        return points;
    }

    private void showTitle() {
        CouplingFront.Front f = vm.frontProperty().get();
        String state;
        if (!vm.frontProblemProperty().get().isEmpty()) {
            state = vm.frontProblemProperty().get();
        } else if (vm.frontRunningProperty().get()) {
            state = f == null ? "computing…" : "updating…";
        } else if (f == null) {
            state = "";
        } else if (f.points().size() == 1 && f.points().get(0).count() == 0) {
            state = "no cycles to break";
        } else {
            state = (f.exact() ? "exact, " : "approximate, ")
                    + f.points().size()
                    + (f.points().size() == 1 ? " point" : " points");
        }
        title.setText("(A, M) Pareto front" + (state.isEmpty() ? "" : " — " + state));
    }

    private void showFront() {
        CouplingFront.Front f = vm.frontProperty().get();
        points = f == null ? List.of() : f.points();
        List<XYChart.Data<Number, Number>> data = new ArrayList<>();
        for (CouplingFront.Point p : points) {
            data.add(new XYChart.Data<>(p.attributes(), p.methods()));
        }
        frontSeries.getData().setAll(data);
        for (int i = 0; i < points.size(); i++) {
            CouplingFront.Point p = points.get(i);
            Node n = data.get(i).getNode();
            n.getStyleClass().add(POINT);
            n.setCursor(Cursor.HAND);
            n.setOnMouseClicked(e -> {
                chart.requestFocus();
                vm.choose(p);
                e.consume();
            });
        }
        showTitle();
        showPlan();
    }

    /** Marks the plan's point, or adds it as a point of its own when it is not on the front. */
    private void showPlan() {
        IntegrationPlan plan = vm.planProperty().get();
        DependencyGraph graph = vm.plannedGraphProperty().get();
        BrokenCost cost = plan == null
                        || graph == null
                        || !"break".equals(plan.cycleBreaking().policy())
                ? null
                : BrokenCost.of(graph.index(), plan.cycleBreaking().brokenDependencies());
        current = -1;
        for (int i = 0; i < points.size() && cost != null; i++) {
            if (points.get(i).attributes() == cost.attributes() && points.get(i).methods() == cost.methods()) {
                current = i;
            }
        }
        List<XYChart.Data<Number, Number>> data = frontSeries.getData();
        for (int i = 0; i < data.size(); i++) {
            CouplingFront.Point p = points.get(i);
            Node n = data.get(i).getNode();
            n.getStyleClass().remove(CURRENT);
            if (i == current) {
                n.getStyleClass().add(CURRENT);
            }
            String text = describe(p.attributes(), p.methods(), p.count())
                    + (i == current
                            ? "\nThe plan shown"
                            : "\nClick to plan with it: the least A with M ≤ " + p.methods());
            tooltip(n, text);
        }
        if (cost != null && current < 0 && !points.isEmpty()) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(cost.attributes(), cost.methods());
            planSeries.getData().setAll(List.of(d));
            d.getNode().getStyleClass().add(OFF_FRONT);
            CycleAlgorithm a = CycleAlgorithm.fromKey(plan.cycleBreaking().algorithm());
            tooltip(
                    d.getNode(),
                    "The plan shown" + (a == CycleAlgorithm.EXACT ? "" : " (" + a.title() + ")") + "\n"
                            + describe(cost.attributes(), cost.methods(), cost.count()) + "\nNot on the front");
        } else {
            planSeries.getData().clear();
        }
        range(cost);
    }

    private static String describe(long a, long m, int stubs) {
        return "A " + a + " · M " + m + " · " + io.itplan.app.text.Plural.count(stubs, "stub");
    }

    /** Shows {@code text} in the node's tooltip, installed once per node. */
    private static void tooltip(Node n, String text) {
        Tooltip t = (Tooltip) n.getProperties().get(Tooltip.class);
        if (t == null) {
            t = new Tooltip();
            t.setShowDelay(Duration.millis(150));
            Tooltip.install(n, t);
            n.getProperties().put(Tooltip.class, t);
        }
        t.setText(text);
        n.accessibleTextProperty().unbind();
        n.setAccessibleText(text.replace('\n', ' '));
    }

    /** Axis ranges with whole-number ticks and room around the outermost points. */
    private void range(BrokenCost plan) {
        long minA = Long.MAX_VALUE;
        long maxA = Long.MIN_VALUE;
        long minM = Long.MAX_VALUE;
        long maxM = Long.MIN_VALUE;
        List<long[]> all = new ArrayList<>();
        points.forEach(p -> all.add(new long[] {p.attributes(), p.methods()}));
        if (plan != null && !points.isEmpty()) {
            all.add(new long[] {plan.attributes(), plan.methods()});
        }
        for (long[] p : all) {
            minA = Math.min(minA, p[0]);
            maxA = Math.max(maxA, p[0]);
            minM = Math.min(minM, p[1]);
            maxM = Math.max(maxM, p[1]);
        }
        if (all.isEmpty()) {
            minA = minM = 0;
            maxA = maxM = 10;
        }
        range(x, minA, maxA);
        range(y, minM, maxM);
    }

    private static void range(NumberAxis axis, long lo, long hi) {
        double span = Math.max(hi - lo, Math.max(4, hi * 0.2));
        double from = Math.max(0, (lo + hi - span) / 2);
        double tick = nice(span / 4);
        double pad = span * 0.1;
        axis.setTickUnit(tick);
        axis.setLowerBound(Math.floor((from - pad) / tick) * tick);
        axis.setUpperBound(Math.ceil((from + span + pad) / tick) * tick);
    }

    /** 1, 2 or 5 times a power of ten, at least 1. */
    private static double nice(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
        double f = raw / p;
        return Math.max(1, (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p);
    }

    /** Left and right move to the neighbouring point of the front, Home and End to its ends. */
    private void key(KeyEvent e) {
        int n = points.size();
        int target = switch (e.getCode()) {
            case LEFT, KP_LEFT -> current < 0 ? n - 1 : current - 1;
            case RIGHT, KP_RIGHT -> current + 1;
            case HOME -> 0;
            case END -> n - 1;
            default -> Integer.MIN_VALUE;
        };
        if (target == Integer.MIN_VALUE) {
            return;
        }
        e.consume();
        if (target >= 0 && target < n && target != current) {
            vm.choose(points.get(target));
        }
    }

    /** A scatter chart that draws the front's staircase, the boundary of what can be reached, behind the points. */
    private static final class Chart extends ScatterChart<Number, Number> {
        private final Path stairs = new Path();
        private final XYChart.Series<Number, Number> front;

        Chart(NumberAxis x, NumberAxis y, XYChart.Series<Number, Number> front) {
            super(x, y);
            this.front = front;
            stairs.getStyleClass().add("front-stairs");
            stairs.setMouseTransparent(true);
            getPlotChildren().add(0, stairs);
        }

        @Override
        protected void layoutPlotChildren() {
            super.layoutPlotChildren();
            stairs.getElements().clear();
            double lastY = 0;
            for (XYChart.Data<Number, Number> d : front.getData()) {
                double px = getXAxis().getDisplayPosition(d.getXValue());
                double py = getYAxis().getDisplayPosition(d.getYValue());
                if (stairs.getElements().isEmpty()) {
                    stairs.getElements().add(new MoveTo(px, py));
                } else {
                    stairs.getElements().addAll(new LineTo(px, lastY), new LineTo(px, py));
                }
                lastY = py;
            }
        }
    }
}
