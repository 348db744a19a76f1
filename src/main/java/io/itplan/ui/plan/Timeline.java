package io.itplan.ui.plan;

import io.itplan.app.text.Plural;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import io.itplan.core.plan.StepDepths;
import io.itplan.ui.common.FullText;
import io.itplan.ui.common.Styles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The step DAG drawn in lanes: a column per depth of {@code after}, one box per step, so the two tracks of a
 * sandwich plan and the parallel steps show side by side. Clicking a step selects it; hovering shows all of it.
 */
final class Timeline extends ScrollPane {
    private static final double W = 150;
    private static final double H = 30;
    private static final double GAP_X = 40;
    private static final double GAP_Y = 10;
    private static final int MAX_DRAWN = 3000;
    /** Room for one lane of boxes and a scroll bar. */
    static final double MIN_HEIGHT = H + 2 * 10 + 16;

    private final Canvas canvas = new Canvas();
    private List<Step> steps = List.of();
    private double[][] box = new double[0][];
    private int selected = -1;
    private IntConsumer onSelect = i -> {};
    private Map<String, String> status = Map.of();
    /** The statuses the drawing shows; another map means it must be drawn again. */
    private Map<String, String> drawnStatus;

    private final Tooltip tip = FullText.tooltip("");
    private int hovered = -1;
    private Map<String, Integer> index = Map.of();

    Timeline() {
        setContent(canvas);
        setPannable(true);
        setId("plan-timeline");
        canvas.setId("plan-timeline-canvas");
        getStyleClass().add("timeline");
        canvas.setOnMouseClicked(e -> {
            int i = boxAt(e.getX(), e.getY());
            if (i >= 0) {
                onSelect.accept(i);
            }
        });
        canvas.setOnMouseMoved(e -> hover(boxAt(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> hover(-1));
        // The colours follow the theme: redraw when the window's theme class changes.
        ListChangeListener<String> themeChanged = c -> draw();
        sceneProperty().addListener((obs, a, b) -> {
            if (a != null) {
                a.getRoot().getStyleClass().removeListener(themeChanged);
            }
            if (b != null) {
                b.getRoot().getStyleClass().addListener(themeChanged);
                draw();
            }
        });
    }

    /** The step whose box holds a point of the drawing, or -1. */
    int boxAt(double x, double y) {
        for (int i = 0; i < box.length; i++) {
            double[] b = box[i];
            if (b != null && x >= b[0] && x <= b[0] + W && y >= b[1] && y <= b[1] + H) {
                return i;
            }
        }
        return -1;
    }

    /** The centre of step {@code i}'s box in the drawing, for tests. */
    javafx.geometry.Point2D boxCentre(int i) {
        return canvas.localToScreen(box[i][0] + W / 2, box[i][1] + H / 2);
    }

    /** What hovering over a step shows: its id, name, and everything it integrates, stubs and drives. */
    String describe(int i) {
        Step s = steps.get(i);
        StringBuilder b = new StringBuilder(s.id());
        if (!s.name().equals(s.id())) {
            b.append(" — ").append(s.name());
        }
        b.append("\nIntegrates ")
                .append(Plural.count(s.integrate().size(), "module"))
                .append(": ")
                .append(String.join(", ", s.integrate()));
        if (!s.stubs().isEmpty()) {
            b.append("\n").append(Plural.count(s.stubs().size(), "stub")).append(": ");
            b.append(String.join(", ", s.stubs()));
        }
        if (!s.drivers().isEmpty()) {
            b.append("\n").append(Plural.count(s.drivers().size(), "driver")).append(": ");
            b.append(String.join(", ", s.drivers()));
        }
        String st = status.get(s.id());
        if (st != null) {
            b.append("\nRun: ").append(st);
        }
        return b.toString();
    }

    private void hover(int i) {
        if (i == hovered) {
            return;
        }
        hovered = i;
        if (i < 0) {
            Tooltip.uninstall(canvas, tip);
        } else {
            tip.setText(describe(i));
            Tooltip.install(canvas, tip);
        }
    }

    /** The tooltip over the drawing, for tests. */
    Tooltip tooltip() {
        return tip;
    }

    /** Run status by step id (running, passed, failed, skipped), drawn as the boxes' colour. */
    void setStatus(Map<String, String> status) {
        this.status = Map.copyOf(status);
    }

    void setOnSelect(IntConsumer onSelect) {
        this.onSelect = onSelect;
    }

    /**
     * Shows {@code plan} with a step selected. When only the selection changed, the two boxes whose look changes are
     * drawn again and nothing else: the drawing holds every step, and a plan of hundreds of steps is a picture tens
     * of thousands of pixels wide.
     */
    void show(IntegrationPlan plan, int selectedIndex) {
        List<Step> shown = plan == null ? List.of() : plan.steps();
        if (shown == steps && drawnStatus == status && box.length == steps.size()) {
            int old = selected;
            selected = selectedIndex;
            if (old != selected) {
                redraw(old);
                redraw(selected);
            }
            reveal();
            return;
        }
        steps = shown;
        selected = selectedIndex;
        hover(-1);
        index = new HashMap<>();
        Map<String, Integer> depth = StepDepths.of(steps);
        Map<Integer, Integer> lanes = new HashMap<>();
        box = new double[steps.size()][];
        double width = 0;
        double height = 0;
        for (int i = 0; i < steps.size() && i < MAX_DRAWN; i++) {
            Step s = steps.get(i);
            index.put(s.id(), i);
            int level = depth.get(s.id());
            int lane = lanes.merge(level, 1, Integer::sum) - 1;
            box[i] = new double[] {10 + level * (W + GAP_X), 10 + lane * (H + GAP_Y)};
            width = Math.max(width, box[i][0] + W + 10);
            height = Math.max(height, box[i][1] + H + 10);
        }
        canvas.setWidth(Math.max(width, 10));
        canvas.setHeight(Math.max(height, 10));
        draw();
        reveal();
    }

    /** Scrolls the selected step into view. */
    private void reveal() {
        if (selected >= 0 && selected < box.length && box[selected] != null) {
            double width = canvas.getWidth();
            double height = canvas.getHeight();
            setHvalue(width <= getViewportBounds().getWidth() ? 0 : box[selected][0] / Math.max(1, width - W));
            setVvalue(height <= getViewportBounds().getHeight() ? 0 : box[selected][1] / Math.max(1, height - H));
        }
    }

    /** The colours of the drawing, by theme. */
    private record Colours(Color text, Color line, Color fill, Color accent, Color selectedFill, Color selectedText) {
        static Colours of(boolean dark) {
            return dark
                    ? new Colours(
                            Color.web("#e6e8eb"),
                            Color.web("#7c8591"),
                            Color.web("#2b2f37"),
                            Color.web("#69db7c"),
                            Color.web("#2b8a3e"),
                            Color.WHITE)
                    : new Colours(
                            Color.web("#1f2430"),
                            Color.web("#8a94a3"),
                            Color.WHITE,
                            Color.web("#2b8a3e"),
                            Color.web("#d3f9d8"),
                            Color.web("#1f2430"));
        }
    }

    private Colours colours() {
        return Colours.of(
                getScene() != null && getScene().getRoot().getStyleClass().contains(Styles.DARK));
    }

    private void draw() {
        drawnStatus = status;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        Colours c = colours();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        for (int i = 0; i < box.length; i++) {
            drawLinesInto(gc, c, i);
        }
        for (int i = 0; i < box.length; i++) {
            drawBox(gc, c, i);
        }
    }

    /**
     * Draws again what lies on step {@code i}'s box and just around it: the box, and the lines that reach it, clipped
     * to that area, so that the rest of the drawing stays as it is.
     */
    private void redraw(int i) {
        if (i < 0 || i >= box.length || box[i] == null) {
            return;
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        Colours c = colours();
        double[] b = box[i];
        gc.save();
        gc.beginPath();
        gc.rect(b[0] - 2, b[1] - 2, W + 4, H + 4);
        gc.clip();
        gc.clearRect(b[0] - 2, b[1] - 2, W + 4, H + 4);
        for (int j = 0; j < box.length; j++) {
            // Lines run from a box's right edge to the next column's left edge: only those of i reach its area.
            if (j == i
                    || (box[j] != null
                            && steps.get(j).after().contains(steps.get(i).id()))) {
                drawLinesInto(gc, c, j);
            }
        }
        drawBox(gc, c, i);
        gc.restore();
    }

    /** The lines from the steps that step {@code i} comes after to it. */
    private void drawLinesInto(GraphicsContext gc, Colours c, int i) {
        if (box[i] == null) {
            return;
        }
        gc.setLineWidth(1.2);
        gc.setStroke(c.line());
        for (String a : steps.get(i).after()) {
            Integer p = index.get(a);
            if (p != null && box[p] != null) {
                gc.strokeLine(box[p][0] + W, box[p][1] + H / 2, box[i][0], box[i][1] + H / 2);
            }
        }
    }

    private void drawBox(GraphicsContext gc, Colours c, int i) {
        double[] b = box[i];
        if (b == null) {
            return;
        }
        boolean sel = i == selected;
        String st = status.get(steps.get(i).id());
        Color statusColour = st == null
                ? null
                : switch (st) {
                    case "passed" -> Color.web("#2f9e44");
                    case "failed" -> Color.web("#e03131");
                    case "running" -> Color.web("#f08c00");
                    default -> Color.web("#868e96");
                };
        gc.setFill(statusColour != null ? statusColour.deriveColor(0, 1, 1, 0.25) : sel ? c.selectedFill() : c.fill());
        gc.fillRoundRect(b[0], b[1], W, H, 8, 8);
        gc.setStroke(sel ? c.accent() : c.line());
        gc.setLineWidth(sel ? 2.4 : 1);
        gc.strokeRoundRect(b[0], b[1], W, H, 8, 8);
        gc.setFill(sel ? c.selectedText() : c.text());
        gc.setFont(Font.font("System", sel ? FontWeight.BOLD : FontWeight.NORMAL, 11.5));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        Step s = steps.get(i);
        String label = s.id() + "  ·  " + s.integrate().size();
        gc.fillText(label.length() > 24 ? label.substring(0, 23) + "…" : label, b[0] + 8, b[1] + H / 2);
    }
}
