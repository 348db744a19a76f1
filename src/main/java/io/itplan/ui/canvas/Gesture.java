package io.itplan.ui.canvas;

import java.util.Map;
import javafx.scene.input.MouseEvent;

/**
 * A drag in progress, one object per drag (as in Scene Builder's gestures): it follows the mouse and pushes at
 * most one edit command when it ends, not one per mouse event.
 */
interface Gesture {
    void drag(MouseEvent e);

    void end(MouseEvent e);

    /** Stops without an edit (Escape); removes whatever the gesture shows. */
    default void cancel() {}

    /** How far each module it moves has gone so far, by id. */
    default Map<String, double[]> offsets() {
        return Map.of();
    }
}
