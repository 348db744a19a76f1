package io.itplan.core.importer;

import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CITO benchmark systems of {@code cito-data/README.md} and the proven optima it gives, for the opt-in
 * benchmark tests and {@link CitoReport}. The data is read in place and never copied into the project.
 */
final class CitoBenchmarks {
    private CitoBenchmarks() {}

    enum Format {
        DRL,
        UFPR
    }

    /**
     * One system.
     *
     * @param classes   class count from the README, or {@code null} when it gives none
     * @param deps      dependency count from the README, or {@code null}
     * @param minStubs  proven minimum of specific stubs (DRL) or of broken dependencies (UFPR)
     * @param minOcplx  proven minimum OCplx, or {@code null} when the README gives none
     */
    record Bench(
            String system, Format format, String path, Integer classes, Integer deps, int minStubs, Double minOcplx) {
        Path location(Path root) {
            return root.resolve(path);
        }

        DependencyGraph read(Path root) throws InputException {
            return format == Format.DRL ? CitoDrlImporter.read(location(root)) : CitoUfprImporter.read(location(root));
        }
    }

    static final List<Bench> ALL = List.of(
            new Bench("ATM", Format.DRL, "ATM/drl_cito", 21, 67, 7, 2.5816),
            new Bench("ANT", Format.DRL, "ANT/drl_cito", 25, 83, 10, 3.5926),
            new Bench("SPM", Format.DRL, "SPM/drl_cito", 19, 72, 20, 6.8107),
            new Bench("DNS", Format.DRL, "DNS/drl_cito", 61, 266, 6, 1.4281),
            new Bench("BCEL", Format.DRL, "BCEL/drl_cito", 45, 286, 59, 7.0691),
            new Bench("JBoss", Format.DRL, "JBoss/drl_cito", 91, null, 1, 0.1571),
            new Bench("Daisy", Format.DRL, "Daisy/drl_cito", 23, null, 3, 0.1286),
            new Bench("Elevator", Format.DRL, "Elevator/drl_cito", 12, null, 5, 1.7017),
            new Bench("ATM_briand", Format.UFPR, "ATM/ufpr/ATM_briand.txt", null, null, 7, null),
            new Bench("OO_BCEL", Format.UFPR, "BCEL/ufpr/OO_BCEL.txt", null, null, 63, null),
            new Bench("OO_JBoss", Format.UFPR, "JBoss/ufpr/OO_JBoss.txt", null, null, 5, null),
            new Bench("OA_HealthWatcher", Format.UFPR, "HealthWatcher/ufpr/OA_HealthWatcher.txt", null, null, 6, null),
            new Bench("OA_TollSystems", Format.UFPR, "TollSystem/ufpr/OA_TollSystems.txt", null, null, 0, null));

    /** {@code <itplan.shared>/cito-data}, by default {@code ../shared/cito-data}. */
    static Path root() {
        return Path.of(System.getProperty("itplan.shared", "../shared"), "cito-data");
    }

    static boolean available(Path root) {
        return Files.isDirectory(root);
    }
}
