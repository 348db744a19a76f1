package io.itplan.ui;

import io.itplan.app.files.AppSettings;
import io.itplan.app.files.WindowPlacement;
import io.itplan.ui.main.MainView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window's size and place: the size asked for, else the one it had when last closed, else 1360 × 860
 * (never more than the screen); the place it had, unless no screen shows it any more; maximized if it was; the
 * panels divided as they were. The stage gets a minimum size at which every panel still works, so no panel can
 * be squeezed to a strip.
 */
final class StagePlacement {
    static final double DEFAULT_WIDTH = 1360;
    static final double DEFAULT_HEIGHT = 860;
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 640;

    private final Stage stage;
    private final MainView view;
    private final AppSettings settings;
    private double normalX = Double.NaN;
    private double normalY = Double.NaN;
    private double normalWidth;
    private double normalHeight;

    StagePlacement(Stage stage, MainView view, AppSettings settings) {
        this.stage = stage;
        this.view = view;
        this.settings = settings;
    }

    /**
     * The scene at the size the window opens with, the stage placed and bounded.
     *
     * @param size {@code WxH} from the command line, or null
     */
    Scene scene(String size) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(DEFAULT_WIDTH, screen.getWidth());
        double h = Math.min(DEFAULT_HEIGHT, screen.getHeight());
        WindowPlacement remembered = null;
        if (size != null && size.matches("\\d{2,5}x\\d{2,5}")) {
            w = Double.parseDouble(size.substring(0, size.indexOf('x')));
            h = Double.parseDouble(size.substring(size.indexOf('x') + 1));
        } else {
            remembered = settings.window().map(p -> p.onScreens(screens())).orElse(null);
            if (remembered != null) {
                w = remembered.width();
                h = remembered.height();
            }
            for (Map.Entry<String, SplitPane> split : view.splits().entrySet()) {
                settings.dividers(split.getKey())
                        .filter(d -> d.length == split.getValue().getDividers().size())
                        .ifPresent(d -> split.getValue().setDividerPositions(d));
            }
        }
        stage.setMinWidth(Math.min(MIN_WIDTH, w));
        stage.setMinHeight(Math.min(MIN_HEIGHT, h));
        if (remembered != null) {
            stage.setX(remembered.x());
            stage.setY(remembered.y());
            stage.setMaximized(remembered.maximized());
            // A window that stays maximized keeps the size it returns to.
            normalX = remembered.x();
            normalY = remembered.y();
            normalWidth = w;
            normalHeight = h;
        }
        stage.xProperty().addListener((obs, a, b) -> follow());
        stage.yProperty().addListener((obs, a, b) -> follow());
        stage.widthProperty().addListener((obs, a, b) -> follow());
        stage.heightProperty().addListener((obs, a, b) -> follow());
        return new Scene(view, w, h);
    }

    private static List<WindowPlacement.Area> screens() {
        List<WindowPlacement.Area> out = new ArrayList<>();
        Screen primary = Screen.getPrimary();
        out.add(area(primary));
        Screen.getScreens().stream().filter(s -> !s.equals(primary)).forEach(s -> out.add(area(s)));
        return out;
    }

    private static WindowPlacement.Area area(Screen s) {
        Rectangle2D b = s.getVisualBounds();
        return new WindowPlacement.Area(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    /** Keeps the bounds the window has when neither maximized nor minimized: those are what a restart restores. */
    private void follow() {
        if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
            normalX = stage.getX();
            normalY = stage.getY();
            normalWidth = stage.getScene() == null
                    ? stage.getWidth()
                    : stage.getScene().getWidth();
            normalHeight = stage.getScene() == null
                    ? stage.getHeight()
                    : stage.getScene().getHeight();
        }
    }

    /** Writes the window's place, size, maximized state and divider positions to the settings. */
    void remember() {
        if (!Double.isNaN(normalX) && normalWidth > 0 && normalHeight > 0) {
            settings.setWindow(new WindowPlacement(normalX, normalY, normalWidth, normalHeight, stage.isMaximized()));
        }
        view.splits().forEach((id, split) -> settings.setDividers(id, split.getDividerPositions()));
        settings.save();
    }
}
