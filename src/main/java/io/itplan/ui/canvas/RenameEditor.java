package io.itplan.ui.canvas;

import io.itplan.core.graph.Module;
import io.itplan.ui.editor.EditModuleCommand;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Renames a module in place: a text field over its box; Enter or leaving the field commits, Escape cancels. */
final class RenameEditor {
    private final GraphCanvas canvas;
    private TextField field;

    RenameEditor(GraphCanvas canvas) {
        this.canvas = canvas;
    }

    boolean isOpen() {
        return field != null;
    }

    void start(String id) {
        Module m = canvas.document().graph().module(id);
        Box b = canvas.geometry().box(id);
        if (m == null || b == null) {
            return;
        }
        commit();
        canvas.selection().selectModule(id);
        Viewport v = canvas.viewport();
        TextField f = new TextField(m.name());
        f.getStyleClass().add("rename-field");
        f.setUserData(id);
        f.relocate(v.screenX(b.x()), v.screenY(b.cy()) - 15);
        f.setPrefWidth(Math.max(140, b.w() * v.scale()));
        f.setOnAction(a -> commit());
        f.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                cancel();
                k.consume();
            }
        });
        f.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit();
            }
        });
        field = f;
        canvas.addOverlay(f);
        f.requestFocus();
        f.selectAll();
    }

    void commit() {
        TextField f = field;
        if (f == null) {
            return;
        }
        field = null;
        canvas.removeOverlay(f);
        String id = (String) f.getUserData();
        String name = f.getText().strip();
        Module m = canvas.document().graph().module(id);
        if (m != null && !name.isEmpty() && !name.equals(m.name())) {
            EditModuleCommand rename =
                    EditModuleCommand.rename(canvas.document().graph(), m, name);
            canvas.execute(rename);
            if (canvas.document().graph().contains(rename.resultId())) {
                canvas.selection().selectModule(rename.resultId());
            }
        }
        canvas.requestFocus();
    }

    void cancel() {
        if (field != null) {
            canvas.removeOverlay(field);
            field = null;
            canvas.requestFocus();
        }
    }

    void layout() {
        if (field != null) {
            field.autosize();
        }
    }
}
