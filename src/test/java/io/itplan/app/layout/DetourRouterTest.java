package io.itplan.app.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Routes between boxes placed by hand go round the boxes in between. */
class DetourRouterTest {
    @Test
    void straightWhenNothingIsInTheWay() {
        DetourRouter r = new DetourRouter(new double[] {0, 0, 100, 40, 0, 200, 100, 40});
        assertArrayEquals(new double[] {50, 40, 50, 200}, r.route(0, 1, 0), 1e-9);
    }

    @Test
    void goesRoundABoxInTheWay() {
        double[] rects = {0, 0, 100, 40, 0, 100, 100, 40, 0, 200, 100, 40};
        double[] route = new DetourRouter(rects).route(0, 2, 0);
        assertTrue(route.length > 4, "bends: " + java.util.Arrays.toString(route));
        assertFalse(RouteGeometry.crosses(new EdgeRoute("a", "c", route), 0, 100, 100, 40));
        assertEquals(40, route[1], 1e-9, "starts on the client's border");
        assertEquals(200, route[route.length - 1], 1e-9, "ends on the supplier's border");
    }

    @Test
    void randomScatterOfBoxesIsAvoided() {
        Random rnd = new Random(4);
        int n = 120;
        double[] rects = new double[4 * n];
        int placed = 0;
        while (placed < n) {
            double x = rnd.nextInt(3000);
            double y = rnd.nextInt(2000);
            boolean free = true;
            for (int j = 0; j < placed; j++) {
                if (x < rects[4 * j] + 150
                        && rects[4 * j] < x + 150
                        && y < rects[4 * j + 1] + 66
                        && rects[4 * j + 1] < y + 66) {
                    free = false;
                }
            }
            if (free) {
                rects[4 * placed] = x;
                rects[4 * placed + 1] = y;
                rects[4 * placed + 2] = 130;
                rects[4 * placed + 3] = 46;
                placed++;
            }
        }
        DetourRouter router = new DetourRouter(rects);
        int routed = 0;
        int tried = 0;
        int bent = 0;
        for (int k = 0; k < 300; k++) {
            int a = rnd.nextInt(n);
            int b = rnd.nextInt(n);
            if (a == b) {
                continue;
            }
            tried++;
            double[] route = router.route(a, b, 0);
            bent += route.length > 4 ? 1 : 0;
            if (router.clear(route, a, b)) {
                routed++;
            }
            for (int i = 0; i < n; i++) {
                if (i != a && i != b && router.clear(route, a, b)) {
                    assertFalse(RouteGeometry.crosses(
                            new EdgeRoute("a", "b", route),
                            rects[4 * i],
                            rects[4 * i + 1],
                            rects[4 * i + 2],
                            rects[4 * i + 3]));
                }
            }
        }
        assertTrue(bent > 100, "most lines across the scatter need bends: " + bent);
        assertEquals(tried, routed, "every route is clear");
    }
}
