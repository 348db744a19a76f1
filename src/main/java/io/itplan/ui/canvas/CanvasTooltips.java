package io.itplan.ui.canvas;

import io.itplan.core.graph.Module;
import io.itplan.core.plan.StepView;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * What the canvas says on hover, in full where the drawing cuts it short: over a step's tag, its whole phrase
 * ("stub of payments, serving orders, checkout"); over a module, its name, id and kind, and in a selected step
 * every role it has there; over a dependency, its ends and kind.
 */
final class CanvasTooltips {
    private final GraphCanvas canvas;
    private Tooltip tooltip;
    private String shown;

    CanvasTooltips(GraphCanvas canvas) {
        this.canvas = canvas;
    }

    /** Shows the text for the point under the mouse, or nothing. */
    void update(double sx, double sy) {
        String text = textAt(sx, sy);
        if (Objects.equals(text, shown)) {
            return;
        }
        shown = text;
        if (tooltip != null) {
            Tooltip.uninstall(canvas, tooltip);
            tooltip = null;
        }
        if (text != null) {
            tooltip = new Tooltip(text);
            tooltip.setShowDelay(Duration.millis(400));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
            Tooltip.install(canvas, tooltip);
        }
    }

    /** The text on hover at a point of the canvas, or null. */
    String textAt(double sx, double sy) {
        Viewport v = canvas.viewport();
        double[] w = v.toWorld(sx, sy);
        PlanPaint plan = canvas.planPaintProperty().get();
        if (v.scale() >= Renderer.LABEL_SCALE) {
            for (Badges.Badge b : canvas.badges()) {
                if (b.contains(w[0], w[1])) {
                    return b.full();
                }
            }
        }
        Box box = canvas.geometry().moduleAt(w[0], w[1]);
        if (box != null) {
            return moduleText(canvas.document().graph().module(box.id()), plan == null ? null : plan.step());
        }
        Geometry.Edge edge = canvas.input().edgeAtScreen(sx, sy);
        if (edge != null) {
            var d = edge.dependency();
            return d.from() + " depends on " + d.to() + " (" + d.kind().key()
                    + (d.stubbable() ? ")" : ", cannot be stubbed)")
                    + (d.label().isEmpty() ? "" : "\n" + d.label());
        }
        return null;
    }

    /** A module's name, id, kind and risk, and what it is in the selected step. */
    static String moduleText(Module m, StepView step) {
        StringBuilder s = new StringBuilder(m.name().replace('\n', ' '));
        if (!m.name().equals(m.id())) {
            s.append(" (").append(m.id()).append(')');
        }
        s.append('\n').append(m.kind().key()).append(" · risk ").append(m.risk().key());
        if (step != null) {
            List<Badges.Label> roles = Badges.labels(new StepRoles(step), m.id());
            s.append("\nStep ").append(step.step()).append(": ");
            if (!roles.isEmpty()) {
                s.append(
                        String.join("; ", roles.stream().map(Badges.Label::full).toList()));
            } else {
                s.append(
                        step.place(m.id()) == StepView.Place.DONE
                                ? "integrated in an earlier step"
                                : "integrated in a later step");
            }
        }
        return s.toString();
    }
}
