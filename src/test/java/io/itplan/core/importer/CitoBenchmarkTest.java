package io.itplan.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.importer.CitoBenchmarks.Bench;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Metrics;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opt-in: imports every CITO benchmark system of {@code cito-data} (outside the project, see its README),
 * plans it bottom-up and compares the plan with the proven optima. Skipped when the data is absent.
 */
class CitoBenchmarkTest {
    private static final double EPS = 1e-4;
    private static Path root;

    @BeforeAll
    static void findData() {
        root = CitoBenchmarks.root();
        io.itplan.Required.assume(CitoBenchmarks.available(root), root + " not found: CITO benchmark tests skipped");
    }

    static Stream<Bench> systems() {
        return CitoBenchmarks.ALL.stream();
    }

    private static IntegrationPlan plan(DependencyGraph g, Objective objective) {
        IntegrationPlan p = Planner.standard()
                .plan(g, PlanOptions.of(StrategyName.BOTTOM_UP).withObjective(objective));
        assertEquals(List.of(), PlanChecker.check(g, p, null), "the checker disagrees with the plan of " + g.name());
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void importsAndPlansAtLeastTheProvenOptimum(Bench b) throws Exception {
        DependencyGraph g = b.read(root);
        if (b.classes() != null) {
            assertEquals(b.classes(), g.modules().size(), b.system() + " classes");
        }
        if (b.deps() != null) {
            // The README counts static rows of deps_type.csv; no pair repeats in these files, so rows = pairs.
            assertEquals(b.deps(), g.dependencies().size(), b.system() + " dependencies");
        }
        long t0 = System.nanoTime();
        IntegrationPlan p = plan(g, Objective.STUBS);
        double ms = (System.nanoTime() - t0) / 1e6;
        Metrics m = p.metrics();
        System.out.printf(
                Locale.ROOT,
                "%s [%s] %d classes %d deps: stubs %d (optimum %d), generic %d, A %d, M %d,"
                        + " OCplx %.4f, optimal %s, lowerBound %s, %.0f ms%n",
                b.system(),
                b.format(),
                g.modules().size(),
                g.dependencies().size(),
                m.specificStubs(),
                b.minStubs(),
                m.genericStubs(),
                m.attributeCoupling(),
                m.methodCoupling(),
                m.ocplx(),
                p.cycleBreaking().optimal(),
                p.cycleBreaking().lowerBound(),
                ms);
        assertTrue(
                m.specificStubs() >= b.minStubs(),
                b.system() + ": " + m.specificStubs() + " stubs beat the proven optimum " + b.minStubs());
        assertEquals(
                p.cycleBreaking().brokenDependencies().size(),
                m.specificStubs(),
                "every broken dependency is one specific stub");
        if (p.cycleBreaking().optimal()) {
            assertEquals(b.minStubs(), m.specificStubs(), b.system() + ": claimed optimal but differs from the README");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void minimisesOcplx(Bench b) throws Exception {
        DependencyGraph g = b.read(root);
        long t0 = System.nanoTime();
        IntegrationPlan p = plan(g, Objective.OCPLX);
        double ms = (System.nanoTime() - t0) / 1e6;
        Metrics m = p.metrics();
        System.out.printf(
                Locale.ROOT,
                "%s [%s] objective ocplx: OCplx %.4f (README min %s), stubs %d, A %d, M %d,"
                        + " optimal %s, lowerBound %s, %.0f ms%n",
                b.system(),
                b.format(),
                m.ocplx(),
                b.minOcplx(),
                m.specificStubs(),
                m.attributeCoupling(),
                m.methodCoupling(),
                p.cycleBreaking().optimal(),
                p.cycleBreaking().lowerBound(),
                ms);
        if (b.minOcplx() != null) {
            assertTrue(
                    m.ocplx() >= b.minOcplx() - EPS,
                    b.system() + ": OCplx " + m.ocplx() + " beats the proven optimum " + b.minOcplx());
            if (p.cycleBreaking().optimal()) {
                assertEquals(
                        b.minOcplx(), m.ocplx(), EPS, b.system() + ": claimed optimal but differs from the README");
            }
        }
    }

    /** itplan's SCplx of each static dependency equals DRL_CITO's Couple_value for the same pair. */
    @ParameterizedTest
    @ValueSource(strings = {"ATM", "ANT", "SPM", "DNS", "BCEL", "Daisy", "Elevator", "JBoss"})
    void stubComplexityMatchesCoupleList(String system) throws Exception {
        Path dir = root.resolve(system).resolve("drl_cito");
        DependencyGraph g = CitoDrlImporter.read(dir);
        GraphIndex index = g.index();
        String[] idOf = idsByClassId(dir);
        int compared = 0;
        int nonZero = 0;
        for (String line : lines(dir.resolve("Couple_List.csv"))) {
            String[] f = line.split(",");
            int from = index.indexOf(idOf[Integer.parseInt(f[0])]);
            int to = index.indexOf(idOf[Integer.parseInt(f[1])]);
            int li = index.linkIndex(from, to);
            if (li < 0) {
                continue;
            }
            double expected = Double.parseDouble(f[2]);
            assertEquals(expected, index.complexity(li), EPS, system + " SCplx of " + f[0] + " -> " + f[1]);
            compared++;
            nonZero += expected > 0 ? 1 : 0;
        }
        System.out.printf(
                Locale.ROOT,
                "%s: SCplx equals Couple_value on %d dependencies (%d non-zero)%n",
                system,
                compared,
                nonZero);
        assertEquals(g.dependencies().size(), compared);
    }

    private static String[] idsByClassId(Path dir) throws IOException {
        List<String> rows = lines(dir.resolve(CitoDrlImporter.NAMES));
        String[] out = new String[rows.size()];
        for (String r : rows) {
            String[] f = r.split(",", 2);
            out[Integer.parseInt(f[0])] = f[1];
        }
        return out;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .skip(1)
                .filter(s -> !s.isBlank())
                .toList();
    }
}
