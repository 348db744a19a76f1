package io.itplan.ui.canvas;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.ui.editor.ChangeModulesCommand;
import io.itplan.ui.editor.Selection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Turns the mouse and keyboard on the canvas into gestures and commands: click, Shift/Ctrl-click and marquee
 * select; drag moves; drag from a module's handle (or anywhere on it in connect mode) connects; double-click on
 * empty space adds a module and on a module renames it; arrow keys nudge; the wheel zooms toward the cursor;
 * Space-drag or the middle button pans.
 */
final class CanvasInput {
    /** How far from a line, in screen pixels, a click still picks it, at every zoom. */
    static final double EDGE_PICK_PX = 16;
    /** How far from the connect handle, in screen pixels, a press still grabs it. */
    private static final double HANDLE_PICK_PX = 8;

    private final GraphCanvas canvas;
    private Gesture gesture;
    private String hovered;
    private boolean spaceDown;

    CanvasInput(GraphCanvas canvas) {
        this.canvas = canvas;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (gesture != null) {
                gesture.drag(e);
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                canvas.setCursor(Cursor.DEFAULT);
            }
        });
    }

    Gesture gesture() {
        return gesture;
    }

    String hovered() {
        return hovered;
    }

    /** The line a click at this screen point picks: the nearest within {@link #EDGE_PICK_PX}, or null. */
    Geometry.Edge edgeAtScreen(double sx, double sy) {
        double[] w = canvas.viewport().toWorld(sx, sy);
        return canvas.geometry()
                .edgeAt(w[0], w[1], EDGE_PICK_PX / canvas.viewport().scale());
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        canvas.renameEditor().commit();
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            gesture = new PanGesture(canvas.viewport(), e.getX(), e.getY());
            canvas.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (canvas.minimap().contains(e.getX(), e.getY())) {
            gesture = new MinimapGesture(canvas.minimap());
            gesture.drag(e);
            return;
        }
        double[] w = canvas.viewport().toWorld(e.getX(), e.getY());
        Box box = canvas.geometry().moduleAt(w[0], w[1]);
        Selection selection = canvas.selection();
        if (hovered != null && onHandle(hovered, w)) {
            gesture = new ConnectGesture(canvas, hovered, w);
            return;
        }
        if (box != null) {
            if (canvas.connectModeProperty().get()) {
                gesture = new ConnectGesture(canvas, box.id(), w);
                return;
            }
            if (e.isShiftDown() || e.isShortcutDown()) {
                selection.toggleModule(box.id());
            } else if (!selection.modules().contains(box.id())) {
                selection.selectModule(box.id());
            }
            if (selection.modules().contains(box.id())) {
                gesture = new MoveGesture(canvas, w);
            }
            return;
        }
        Geometry.Edge edge = edgeAtScreen(e.getX(), e.getY());
        if (edge != null) {
            if (e.isShiftDown() || e.isShortcutDown()) {
                selection.toggleDependency(edge.key());
            } else {
                selection.selectOnly(Set.of(), Set.of(edge.key()));
            }
            return;
        }
        Integer band = canvas.bandLabelAt(w[0], w[1]);
        if (band != null) {
            canvas.bandClicked(band);
            return;
        }
        gesture = new MarqueeGesture(canvas, w, e.isShiftDown() || e.isShortcutDown());
    }

    private boolean onHandle(String id, double[] w) {
        Box b = canvas.geometry().box(id);
        if (b == null) {
            return false;
        }
        double[] h = Renderer.connectHandle(b);
        return Math.hypot(w[0] - h[0], w[1] - h[1])
                <= HANDLE_PICK_PX / Math.min(1, canvas.viewport().scale());
    }

    private void released(MouseEvent e) {
        if (gesture != null) {
            Gesture g = gesture;
            gesture = null;
            g.end(e);
            canvas.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
            canvas.geometryChanged();
        }
    }

    private void moved(MouseEvent e) {
        double[] w = canvas.viewport().toWorld(e.getX(), e.getY());
        Box box = canvas.geometry().moduleAt(w[0], w[1]);
        String now = box != null ? box.id() : hovered != null && onHandle(hovered, w) ? hovered : null;
        if (!Objects.equals(now, hovered)) {
            hovered = now;
            canvas.redraw();
        }
        canvas.tooltips().update(e.getX(), e.getY());
        canvas.setCursor(
                spaceDown
                        ? Cursor.OPEN_HAND
                        : hovered != null && onHandle(hovered, w)
                                ? Cursor.CROSSHAIR
                                : box != null
                                        ? (canvas.connectModeProperty().get() ? Cursor.CROSSHAIR : Cursor.HAND)
                                        : Cursor.DEFAULT);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || !e.isStillSincePress()) {
            return;
        }
        double[] w = canvas.viewport().toWorld(e.getX(), e.getY());
        Box box = canvas.geometry().moduleAt(w[0], w[1]);
        if (box != null) {
            canvas.startRename(box.id());
        } else if (edgeAtScreen(e.getX(), e.getY()) == null) {
            canvas.createModuleAt(w[0] - Geometry.MIN_WIDTH / 2, w[1] - Geometry.HEIGHT / 2);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0 && e.getDeltaX() == 0) {
            return;
        }
        Viewport v = canvas.viewport();
        if (e.isShiftDown() || (e.getDeltaX() != 0 && e.getDeltaY() == 0)) {
            v.panBy(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY(), 0);
        } else {
            v.zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (canvas.renameEditor().isOpen()) {
            return;
        }
        switch (e.getCode()) {
            case SPACE -> {
                spaceDown = true;
                canvas.setCursor(Cursor.OPEN_HAND);
                e.consume();
            }
            case LEFT, RIGHT, UP, DOWN -> {
                if (!canvas.selection().modules().isEmpty()) {
                    double step = e.isShiftDown() ? 1 : 10;
                    double dx = e.getCode() == KeyCode.LEFT ? -step : e.getCode() == KeyCode.RIGHT ? step : 0;
                    double dy = e.getCode() == KeyCode.UP ? -step : e.getCode() == KeyCode.DOWN ? step : 0;
                    nudge(dx, dy);
                    e.consume();
                }
            }
            case F2 -> {
                if (canvas.selection().modules().size() == 1) {
                    canvas.startRename(canvas.selection().modules().iterator().next());
                    e.consume();
                }
            }
            case ESCAPE -> {
                if (gesture != null) {
                    gesture.cancel();
                    gesture = null;
                    canvas.geometryChanged();
                } else {
                    canvas.selection().clear();
                }
                e.consume();
            }
            default -> {}
        }
    }

    /** Each press is a command; a run of them merges into one undo step (same run key). */
    private void nudge(double dx, double dy) {
        DependencyGraph g = canvas.document().graph();
        Map<String, double[]> positions = new LinkedHashMap<>();
        for (String id : canvas.selection().modules()) {
            Module m = g.module(id);
            positions.put(id, new double[] {m.x() + dx, m.y() + dy});
        }
        canvas.execute(
                ChangeModulesCommand.move(g, positions, "Move " + GraphCanvas.countLabel(positions.size()), "nudge"));
    }
}
