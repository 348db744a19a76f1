package io.itplan.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's remembered place and size: kept between starts, and never left off every screen. */
class WindowPlacementTest {
    private static final WindowPlacement.Area LAPTOP = new WindowPlacement.Area(0, 0, 1366, 740);
    private static final WindowPlacement.Area MONITOR = new WindowPlacement.Area(1366, 0, 2560, 1400);

    @TempDir
    Path home;

    @Test
    void aPlaceOnAScreenIsKept() {
        WindowPlacement p = new WindowPlacement(1500, 100, 1360, 860, false);
        assertEquals(p, p.onScreens(List.of(LAPTOP, MONITOR)));
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsCentredOnThePrimaryAndShrunkToFit() {
        WindowPlacement onMonitor = new WindowPlacement(2000, 300, 1360, 860, true);
        WindowPlacement now = onMonitor.onScreens(List.of(LAPTOP));
        assertEquals(new WindowPlacement(3, 0, 1360, 740, true), now);
    }

    @Test
    void aWindowWhoseTitleBarIsOffTheTopIsBroughtBack() {
        WindowPlacement p = new WindowPlacement(100, -500, 800, 600, false).onScreens(List.of(LAPTOP));
        assertTrue(p.y() >= 0 && p.y() + p.height() <= 740, p.toString());
        WindowPlacement farLeft = new WindowPlacement(-790, 100, 800, 600, false).onScreens(List.of(LAPTOP));
        assertTrue(farLeft.x() >= 0, farLeft.toString());
    }

    @Test
    void placeSizeMaximizedAndDividersSurviveARestart() {
        AppSettings s = AppSettings.in(home);
        s.setWindow(new WindowPlacement(12, 34, 1200, 700, true));
        s.setDividers("main-horizontal", new double[] {0.2, 0.75});
        s.setDarkTheme(true);
        assertTrue(s.save());
        AppSettings again = AppSettings.in(home);
        assertEquals(
                new WindowPlacement(12, 34, 1200, 700, true), again.window().orElseThrow());
        assertEquals(0.75, again.dividers("main-horizontal").orElseThrow()[1], 1e-9);
        assertTrue(again.darkTheme());
        assertTrue(again.dividers("nothing").isEmpty());
    }
}
