package io.itplan.ui.canvas;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.ui.editor.AddDependencyCommand;
import io.itplan.ui.editor.DependencyKey;
import java.util.Objects;
import java.util.Set;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;

/** Draws a dependency from a module to the one the mouse is released over. */
final class ConnectGesture implements Gesture {
    private final GraphCanvas canvas;
    private final String from;
    private final Line line = new Line();
    private String target;

    ConnectGesture(GraphCanvas canvas, String from, double[] start) {
        this.canvas = canvas;
        this.from = from;
        Viewport v = canvas.viewport();
        Box b = canvas.geometry().box(from);
        line.getStyleClass().add("connect-line");
        line.setManaged(false);
        line.setStartX(v.screenX(b.cx()));
        line.setStartY(v.screenY(b.cy()));
        line.setEndX(v.screenX(start[0]));
        line.setEndY(v.screenY(start[1]));
        canvas.addOverlay(line);
    }

    /** The module the dependency would go to, or null. */
    String target() {
        return target;
    }

    @Override
    public void drag(MouseEvent e) {
        line.setEndX(e.getX());
        line.setEndY(e.getY());
        double[] w = canvas.viewport().toWorld(e.getX(), e.getY());
        Box b = canvas.geometry().moduleAt(w[0], w[1]);
        String t = b == null || b.id().equals(from) ? null : b.id();
        if (!Objects.equals(t, target)) {
            target = t;
            canvas.redraw();
        }
    }

    @Override
    public void end(MouseEvent e) {
        canvas.removeOverlay(line);
        if (target != null) {
            DependencyKind kind = canvas.newDependencyKindProperty().get();
            canvas.execute(new AddDependencyCommand(Dependency.of(from, target, kind)));
            DependencyGraph g = canvas.document().graph();
            g.dependencies().stream()
                    .filter(d -> d.from().equals(from) && d.to().equals(target) && d.kind() == kind)
                    .findFirst()
                    .ifPresent(d -> canvas.selection().selectOnly(Set.of(), Set.of(DependencyKey.of(d))));
        }
    }

    @Override
    public void cancel() {
        canvas.removeOverlay(line);
    }
}
