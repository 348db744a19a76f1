package io.itplan.app.files;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the main window was and how big: its position and size while not maximized, and whether it was
 * maximized. {@link #onScreens} keeps a remembered place from hiding the window on a screen that is gone.
 *
 * @param x left edge, in screen coordinates
 * @param y top edge
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    /** A screen's usable area. */
    public record Area(double x, double y, double width, double height) {
        double overlapWidth(WindowPlacement p) {
            return Math.min(x + width, p.x + p.width) - Math.max(x, p.x);
        }

        double overlapHeight(WindowPlacement p) {
            return Math.min(y + height, p.y + p.height) - Math.max(y, p.y);
        }
    }

    /** How much of the title bar must lie on a screen for the window to be reachable there. */
    static final double REACHABLE_WIDTH = 120;

    static final double REACHABLE_HEIGHT = 40;

    /**
     * This placement made usable on {@code screens}, the first being the primary: larger than a screen it is
     * shrunk to fit; with too little of its top edge on any screen (a monitor unplugged, a resolution lowered)
     * it is centred on the primary screen.
     */
    public WindowPlacement onScreens(List<Area> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        Area home = screens.get(0);
        for (Area s : screens) {
            WindowPlacement titleBar = new WindowPlacement(x, y, width, REACHABLE_HEIGHT, false);
            if (s.overlapWidth(titleBar) >= Math.min(REACHABLE_WIDTH, width)
                    && s.overlapHeight(titleBar) >= Math.min(REACHABLE_HEIGHT / 2, height)) {
                double w = Math.min(width, s.width());
                double h = Math.min(height, s.height());
                return new WindowPlacement(
                        clamp(x, s.x(), s.x() + s.width() - w),
                        clamp(y, s.y(), s.y() + s.height() - h),
                        w,
                        h,
                        maximized);
            }
        }
        double w = Math.min(width, home.width());
        double h = Math.min(height, home.height());
        return new WindowPlacement(
                home.x() + (home.width() - w) / 2, home.y() + (home.height() - h) / 2, w, h, maximized);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }

    static Optional<WindowPlacement> read(Properties p) {
        try {
            double w = Double.parseDouble(p.getProperty("window.width", ""));
            double h = Double.parseDouble(p.getProperty("window.height", ""));
            double x = Double.parseDouble(p.getProperty("window.x", ""));
            double y = Double.parseDouble(p.getProperty("window.y", ""));
            if (!(w > 0 && h > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
                return Optional.empty();
            }
            return Optional.of(
                    new WindowPlacement(x, y, w, h, Boolean.parseBoolean(p.getProperty("window.maximized"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void write(Properties p) {
        p.setProperty("window.x", format(x));
        p.setProperty("window.y", format(y));
        p.setProperty("window.width", format(width));
        p.setProperty("window.height", format(height));
        p.setProperty("window.maximized", String.valueOf(maximized));
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
