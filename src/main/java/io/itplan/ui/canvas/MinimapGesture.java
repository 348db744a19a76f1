package io.itplan.ui.canvas;

import javafx.scene.input.MouseEvent;

/** Clicking or dragging in the overview centres the view there. */
final class MinimapGesture implements Gesture {
    private final Minimap minimap;

    MinimapGesture(Minimap minimap) {
        this.minimap = minimap;
    }

    @Override
    public void drag(MouseEvent e) {
        minimap.centreAt(e.getX(), e.getY());
    }

    @Override
    public void end(MouseEvent e) {}
}
