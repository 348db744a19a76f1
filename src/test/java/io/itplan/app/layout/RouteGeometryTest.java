package io.itplan.app.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where a line enters and leaves a box, and whether it passes through one. */
class RouteGeometryTest {
    @Test
    void aLineAcrossTheBoxIsCutWhereItEntersAndLeaves() {
        assertArrayEquals(new double[] {0.25, 0.75}, RouteGeometry.clip(-5, 5, 15, 5, 0, 0, 10, 10), 1e-12);
        assertArrayEquals(new double[] {0, 1}, RouteGeometry.clip(2, 2, 8, 8, 0, 0, 10, 10), 1e-12);
        assertArrayEquals(new double[] {0, 0.5}, RouteGeometry.clip(5, 5, 5, 15, 0, 0, 10, 10), 1e-12);
    }

    @Test
    void aLinePastTheBoxHasNoPartInIt() {
        assertNull(RouteGeometry.clip(-5, -5, 15, -1, 0, 0, 10, 10));
        assertNull(RouteGeometry.clip(11, 0, 11, 10, 0, 0, 10, 10));
        assertNull(RouteGeometry.clip(-4, 2, 2, -4, 0, 0, 10, 10), "passes the corner outside");
    }

    @Test
    void touchingTheBorderIsNotCrossing() {
        assertFalse(RouteGeometry.segmentCrosses(0, 10.4, 20, 10.4, 0, 0, 20, 10));
        assertTrue(RouteGeometry.segmentCrosses(0, 9, 20, 9, 0, 0, 20, 10));
        assertFalse(RouteGeometry.segmentCrosses(-5, 5, -1, 5, 0, 0, 20, 10));
    }
}
