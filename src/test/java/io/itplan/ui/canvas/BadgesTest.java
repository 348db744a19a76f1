package io.itplan.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.plan.StepView;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

/** A step's tags on the canvas: every role a module has, never on top of each other, whole on hover. */
class BadgesTest extends CanvasFixture {
    private static final Set<String> MANY_CLIENTS =
            Set.of("checkout", "gateway", "notifications", "orders", "shipping", "web");

    /** Suppliers in one row 40 apart, as Auto Layout places them, under a row of clients. */
    private static DependencyGraph row() {
        DependencyGraph.Builder b = DependencyGraph.builder("row");
        int i = 0;
        for (String c : new java.util.TreeSet<>(MANY_CLIENTS)) {
            b.addModule(at(c, ModuleKind.SERVICE, i++ * 152, 0));
        }
        String[] suppliers = {"payments", "inventory", "shop-db", "auth", "catalog"};
        for (int k = 0; k < suppliers.length; k++) {
            b.addModule(at(suppliers[k], k * 152, 116));
        }
        return b.build();
    }

    /** Stubs of suppliers outside the subsystem, drivers in place of clients outside it; shop-db has both roles. */
    private static StepView step() {
        return new StepView(
                "depth-1",
                Set.of("web"),
                Set.of("gateway", "checkout", "catalog", "inventory"),
                Map.of(
                        "payments", Set.of("catalog", "checkout", "gateway", "inventory", "web"),
                        "shop-db", Set.of("catalog"),
                        "auth", Set.of("gateway")),
                Map.of("catalog", Set.of("shop-db"), "inventory", Set.of("orders", "shipping")),
                Set.of());
    }

    private void showStep(DependencyGraph g) throws Exception {
        show(g);
        fx(() -> {
            canvas.planPaintProperty().set(new PlanPaint(step(), null, "depth", null, Set.of()));
            canvas.actualSize();
            canvas.centerOn("shop-db");
        });
    }

    private static void assertApart(List<Badges.Badge> badges) {
        for (int i = 0; i < badges.size(); i++) {
            for (int j = i + 1; j < badges.size(); j++) {
                assertFalse(badges.get(i).overlaps(badges.get(j)), badges.get(i) + " overlaps " + badges.get(j));
            }
        }
    }

    @Test
    void aModuleBothStubbedAndStandingInForADriverShowsBothTags() throws Exception {
        showStep(row());
        List<Badges.Badge> db = canvas.badges().stream()
                .filter(b -> b.module().equals("shop-db"))
                .toList();
        assertEquals(
                List.of(Badges.Role.STUB, Badges.Role.DRIVER),
                db.stream().map(Badges.Badge::role).toList());
        assertEquals("stub of shop-db, serving catalog", db.get(0).full());
        assertEquals("driver of catalog, in place of shop-db", db.get(1).full());
        assertApart(canvas.badges());
    }

    @Test
    void tagsOfNeighboursNeverOverlapWhereverTheModulesStand() throws Exception {
        Random rnd = new Random(12);
        DependencyGraph.Builder b = DependencyGraph.builder("crowd");
        for (String id : List.of(
                "web",
                "gateway",
                "checkout",
                "orders",
                "shipping",
                "notifications",
                "payments",
                "inventory",
                "shop-db",
                "auth",
                "catalog")) {
            b.addModule(at(id, rnd.nextInt(600), rnd.nextInt(260)));
        }
        showStep(b.build());
        List<Badges.Badge> badges = canvas.badges();
        assertTrue(badges.size() >= 4, "tags placed: " + badges);
        assertApart(badges);
        for (Badges.Badge t : badges) {
            canvas.geometry()
                    .boxesIn(
                            t.x(),
                            t.y(),
                            t.w(),
                            t.h(),
                            box -> assertEquals(t.module(), box.id(), t + " covers " + box.id()));
        }
    }

    @Test
    void aTagCutShortShowsItsWholePhraseOnHover() throws Exception {
        showStep(row());
        Badges.Badge stub = canvas.badges().stream()
                .filter(b -> b.module().equals("payments"))
                .findFirst()
                .orElseThrow();
        String whole = "stub of payments, serving catalog, checkout, gateway, inventory, web";
        assertTrue(stub.text().endsWith("…"), stub.text());
        assertEquals(whole, stub.full());
        Viewport v = canvas.viewport();
        Point2D centre = new Point2D(v.screenX(stub.x() + stub.w() / 2), v.screenY(stub.y() + stub.h() / 2));
        assertEquals(whole, canvas.tooltipTextAt(centre.getX(), centre.getY()));
        moveTo(screen(centre));
    }

    @Test
    void aModulesTooltipSaysWhatItIsAndEveryRoleInTheStep() throws Exception {
        showStep(row());
        Point2D db = canvas.centerOf("shop-db");
        assertEquals(
                "shop-db\ncomponent · risk medium\nStep depth-1: stub of shop-db, serving catalog; "
                        + "driver of catalog, in place of shop-db",
                canvas.tooltipTextAt(db.getX(), db.getY()));
        Point2D gateway = canvas.centerOf("gateway");
        assertTrue(canvas.tooltipTextAt(gateway.getX(), gateway.getY()).startsWith("gateway\nservice · risk medium\n"));
    }
}
