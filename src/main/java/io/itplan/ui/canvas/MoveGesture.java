package io.itplan.ui.canvas;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.ui.editor.ChangeModulesCommand;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.input.MouseEvent;

/**
 * Moves the selected modules with the mouse; one command when the drag ends. While it moves, only the moving
 * boxes and their dependencies' lines change.
 */
final class MoveGesture implements Gesture {
    private final GraphCanvas canvas;
    private final double startX;
    private final double startY;
    private double dx;
    private double dy;
    private boolean moved;

    MoveGesture(GraphCanvas canvas, double[] start) {
        this.canvas = canvas;
        this.startX = start[0];
        this.startY = start[1];
    }

    @Override
    public void drag(MouseEvent e) {
        dragTo(e.getX(), e.getY());
    }

    /** Follows the mouse to a point in canvas coordinates. */
    void dragTo(double sx, double sy) {
        double[] w = canvas.viewport().toWorld(sx, sy);
        dx = w[0] - startX;
        dy = w[1] - startY;
        moved |= Math.hypot(
                        dx * canvas.viewport().scale(), dy * canvas.viewport().scale())
                > 2;
        canvas.geometryChanged();
    }

    @Override
    public Map<String, double[]> offsets() {
        if (!moved) {
            return Map.of();
        }
        Map<String, double[]> o = new HashMap<>();
        canvas.selection().modules().forEach(id -> o.put(id, new double[] {dx, dy}));
        return o;
    }

    @Override
    public void end(MouseEvent e) {
        finish();
    }

    /** Moves the modules for good: one undoable command. */
    void finish() {
        if (!moved) {
            return;
        }
        DependencyGraph g = canvas.document().graph();
        Map<String, double[]> positions = new LinkedHashMap<>();
        for (String id : canvas.selection().modules()) {
            Module m = g.module(id);
            positions.put(id, new double[] {Math.round(m.x() + dx), Math.round(m.y() + dy)});
        }
        canvas.execute(
                ChangeModulesCommand.move(g, positions, "Move " + GraphCanvas.countLabel(positions.size()), null));
    }
}
