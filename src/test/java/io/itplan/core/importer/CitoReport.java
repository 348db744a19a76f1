package io.itplan.core.importer;

import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.importer.CitoBenchmarks.Bench;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints a Markdown table of every CITO benchmark system: itplan's bottom-up plan with objective
 * {@code stubs} and with objective {@code ocplx}, next to the proven optima of {@code cito-data/README.md}.
 *
 * <pre>java ... io.itplan.core.importer.CitoReport [cito-data folder]</pre>
 */
public final class CitoReport {
    private CitoReport() {}

    public static void main(String[] args) {
        Path root = args.length > 0 ? Path.of(args[0]) : CitoBenchmarks.root();
        if (!CitoBenchmarks.available(root)) {
            System.err.println(root + ": folder not found, expected the cito-data folder");
            System.exit(2);
        }
        Planner planner = Planner.standard();
        System.out.println(
                "| system | format | classes | deps | stubs (objective stubs) | README min stubs "
                        + "| OCplx (objective ocplx) | README min OCplx | optimal? (stubs / ocplx) | time ms (stubs / ocplx) |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---|---:|");
        boolean ok = true;
        for (Bench b : CitoBenchmarks.ALL) {
            DependencyGraph g;
            try {
                g = b.read(root);
            } catch (InputException e) {
                System.err.println(e.getMessage());
                ok = false;
                continue;
            }
            long t0 = System.nanoTime();
            IntegrationPlan stubs =
                    planner.plan(g, PlanOptions.of(StrategyName.BOTTOM_UP).withObjective(Objective.STUBS));
            long t1 = System.nanoTime();
            IntegrationPlan ocplx =
                    planner.plan(g, PlanOptions.of(StrategyName.BOTTOM_UP).withObjective(Objective.OCPLX));
            long t2 = System.nanoTime();
            for (IntegrationPlan p : List.of(stubs, ocplx)) {
                List<String> problems = PlanChecker.check(g, p, null);
                if (!problems.isEmpty()) {
                    System.err.println(b.system() + ": the checker disagrees: " + problems);
                    ok = false;
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %d | %d | %d | %d | %.4f | %s | %s / %s | %.0f / %.0f |%n",
                    b.system(),
                    b.format().name(),
                    g.modules().size(),
                    g.dependencies().size(),
                    stubs.metrics().specificStubs(),
                    b.minStubs(),
                    ocplx.metrics().ocplx(),
                    b.minOcplx() == null ? "–" : String.format(Locale.ROOT, "%.4f", b.minOcplx()),
                    yes(stubs.cycleBreaking().optimal()),
                    yes(ocplx.cycleBreaking().optimal()),
                    (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6);
        }
        if (!ok) {
            System.exit(1);
        }
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }
}
