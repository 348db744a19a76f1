package io.itplan.cli;

import static io.itplan.cli.ItplanCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.itplan.cli.ItplanCliTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code itplan cito-bench} on the CITO research data of {@code cito-data} (outside the project, see its README),
 * against the proven optima the README gives. The tests that need the data are skipped when it is absent.
 */
class CitoBenchCommandTest {
    /** DRL_CITO systems: fewest stubs and least OCplx. */
    private static final Map<String, Object[]> DRL = Map.of(
            "ATM",
            new Object[] {7, 2.5816},
            "ANT",
            new Object[] {10, 3.5926},
            "SPM",
            new Object[] {20, 6.8107},
            "DNS",
            new Object[] {6, 1.4281},
            "BCEL",
            new Object[] {59, 7.0691},
            "JBoss",
            new Object[] {1, 0.1571},
            "Daisy",
            new Object[] {3, 0.1286},
            "Elevator",
            new Object[] {5, 1.7017});
    /** UFPR files: fewest broken dependencies, front size, first and last (A, M) of the exact front. */
    private static final Map<String, int[]> UFPR = Map.of(
            "ATM_briand.txt",
            new int[] {7, 1, 39, 13, 39, 13},
            "OO_BCEL.txt",
            new int[] {63, 29, 45, 52, 123, 24},
            "OO_JBoss.txt",
            new int[] {5, 1, 10, 6, 10, 6},
            "OA_HealthWatcher.txt",
            new int[] {6, 1, 9, 2, 9, 2},
            "OA_TollSystems.txt",
            new int[] {0, 1, 0, 0, 0, 0});

    private static Path root;
    private static JsonNode rows;

    @TempDir
    Path dir;

    @BeforeAll
    static void benchTheData() throws Exception {
        root = Path.of(System.getProperty("itplan.shared", "../shared"), "cito-data");
        if (!Files.isDirectory(root)) {
            return;
        }
        Result r = run("cito-bench", root.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        rows = new ObjectMapper().readTree(r.out()).get("rows");
    }

    private static void requireData() {
        io.itplan.Required.assume(rows != null, root + " not found: CITO benchmark tests skipped");
    }

    /** The row of a data set, algorithm and objective. */
    private static JsonNode row(String system, String source, String algorithm, String objective) {
        for (JsonNode r : rows) {
            if (r.get("system").asText().equals(system)
                    && r.get("source").asText().equals(source)
                    && r.get("algorithm").asText().equals(algorithm)
                    && r.get("objective").asText().equals(objective)) {
                return r;
            }
        }
        throw new AssertionError("no row " + system + " " + source + " " + algorithm + " " + objective);
    }

    private static String systemOf(String ufprFile) {
        return rows.findParents("source").stream()
                .filter(r -> r.get("source").asText().equals(ufprFile))
                .map(r -> r.get("system").asText())
                .findFirst()
                .orElseThrow(() -> new AssertionError(ufprFile));
    }

    @Test
    void everyRowHasItsNumbers() {
        requireData();
        List<String> systems = new ArrayList<>();
        for (JsonNode r : rows) {
            for (String f : new String[] {
                "system",
                "source",
                "path",
                "algorithm",
                "objective",
                "optimal",
                "lowerBound",
                "ms",
                "modules",
                "dependencies"
            }) {
                assertNotNull(r.get(f), f + " in " + r);
            }
            if (r.get("objective").asText().equals(CitoBenchCommand.FRONT)) {
                assertTrue(r.get("points").size() > 0, r.toString());
                assertNotNull(r.get("exact"), r.toString());
            } else {
                for (String f : new String[] {"stubs", "attributeCoupling", "methodCoupling", "ocplx", "gap"}) {
                    assertNotNull(r.get(f), f + " in " + r);
                }
            }
            if (!systems.contains(r.get("system").asText())) {
                systems.add(r.get("system").asText());
            }
        }
        assertTrue(systems.containsAll(DRL.keySet()), systems.toString());
        List<String> sorted = new ArrayList<>(systems);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, systems, "systems by name");
        Map<String, Long> perDataSet = new java.util.TreeMap<>();
        rows.forEach(r -> perDataSet.merge(r.get("path").asText(), 1L, Long::sum));
        assertTrue(perDataSet.size() >= DRL.size() + UFPR.size(), perDataSet.toString());
        perDataSet.forEach((path, n) -> assertEquals(6, n, path));
    }

    @Test
    void theExactSolverReachesAndProvesEveryOptimumOfTheDrlFolders() {
        requireData();
        DRL.forEach((system, optimum) -> {
            JsonNode stubs = row(system, "drl_cito", "exact", "stubs");
            assertEquals(optimum[0], stubs.get("stubs").asInt(), system);
            assertTrue(stubs.get("optimal").asBoolean(), system);
            assertEquals(optimum[0], stubs.get("lowerBound").asInt(), system);
            JsonNode ocplx = row(system, "drl_cito", "exact", "ocplx");
            assertEquals((double) optimum[1], ocplx.get("ocplx").asDouble(), 5e-5, system);
            assertTrue(ocplx.get("optimal").asBoolean(), system);
        });
    }

    @Test
    void theExactSolverReachesEveryOptimumAndFrontOfTheUfprFiles() {
        requireData();
        UFPR.forEach((file, expected) -> {
            String system = systemOf(file);
            JsonNode stubs = row(system, file, "exact", "stubs");
            assertEquals(expected[0], stubs.get("stubs").asInt(), file);
            assertTrue(stubs.get("optimal").asBoolean(), file);
            JsonNode front = row(system, file, "exact", CitoBenchCommand.FRONT);
            assertTrue(front.get("exact").asBoolean(), file);
            JsonNode points = front.get("points");
            assertEquals(expected[1], points.size(), file);
            JsonNode first = points.get(0);
            JsonNode last = points.get(points.size() - 1);
            assertEquals(
                    List.of(expected[2], expected[3], expected[4], expected[5]),
                    List.of(
                            first.get("attributeCoupling").asInt(),
                                    first.get("methodCoupling").asInt(),
                            last.get("attributeCoupling").asInt(),
                                    last.get("methodCoupling").asInt()),
                    file);
        });
    }

    @Test
    void noClassicHeuristicBeatsTheExactOptimum() {
        requireData();
        for (JsonNode r : rows) {
            if (r.get("algorithm").asText().equals("exact")) {
                continue;
            }
            JsonNode exact = row(r.get("system").asText(), r.get("source").asText(), "exact", "stubs");
            assertTrue(r.get("stubs").asInt() >= exact.get("stubs").asInt(), r.toString());
            assertEquals("stubs", r.get("objective").asText());
            assertEquals(0, r.get("lowerBound").asDouble(), "a heuristic proves no bound: " + r);
        }
    }

    @Test
    void theTableShowsOneSystemAligned() {
        requireData();
        Result r = run("cito-bench", root.resolve("ATM").toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(1).startsWith("system  source          algorithm    objective  stubs"), lines.get(1));
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.matches("ATM\\s+drl_cito\\s+exact\\s+stubs\\s+7\\s+31\\s+13\\s+"
                                + "2\\.5816\\s+yes\\s+7\\s+0\\.0 %\\s+[0-9.]+")),
                r.out());
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.matches(
                                "ATM\\s+ATM_briand\\.txt\\s+exact\\s+am-front\\s+-.*" + "1 point \\(39, 13\\)")),
                r.out());
        assertEquals(2 + 12 + 1, lines.size(), r.out());
        Result drl = run(
                "cito-bench",
                root.resolve("ATM/drl_cito").toString(),
                root.resolve("ATM/ufpr/ATM_briand.txt").toString(),
                "--cycle-budget",
                "5");
        assertEquals(0, drl.code(), drl.err());
        assertEquals(lines.size(), drl.out().lines().count(), drl.out());
        assertTrue(drl.out().contains("cycle budget 5.0 s"), drl.out());
    }

    @Test
    void badInputExitsTwoNamingThePath() throws Exception {
        Path missing = dir.resolve("no-such-system");
        Result r = run("cito-bench", missing.toString());
        assertEquals(2, r.code());
        assertEquals("itplan: " + missing + ": not found", r.err().strip());
        Result empty = run("cito-bench", dir.toString());
        assertEquals(2, empty.code());
        assertTrue(empty.err().startsWith("itplan: " + dir + ": no CITO data here"), empty.err());
        Path broken = dir.resolve("sys/ufpr/OO_Broken.txt");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "DIMENSION two\r\n");
        Result b = run("cito-bench", dir.toString());
        assertEquals(2, b.code());
        assertTrue(b.err().startsWith("itplan: " + broken + ":1:"), b.err());
        assertEquals(1, b.err().lines().count(), b.err());
        assertFalse(b.err().contains("Exception"), b.err());
        assertEquals(2, run("cito-bench", dir.toString(), "--cycle-budget", "0").code());
    }

    @Test
    void aSmallSystemOfItsOwnIsBenchedWithoutTheData() throws Exception {
        Path file = dir.resolve("Tiny/ufpr/tiny.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                "DIMENSION 3\r\nDEPENDENCY\r\n1 \t2 As \t\r\n2 \t3 Us \t\r\n3 \t1 I \t\r\n"
                        + "ATTRIBUTE\r\n1 \t2 4\r\nMETHOD\r\n1 \t2 2\r\nEND\r\n");
        Result r = run("cito-bench", dir.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode all = new ObjectMapper().readTree(r.out()).get("rows");
        assertEquals(6, all.size());
        for (JsonNode row : all) {
            assertEquals("Tiny", row.get("system").asText());
            assertEquals("tiny.txt", row.get("source").asText());
        }
        assertEquals(1, all.get(0).get("stubs").asInt());
        assertTrue(all.get(0).get("optimal").asBoolean());
        assertEquals(0, all.get(0).get("attributeCoupling").asInt(), "of two single stubs, the one without coupling");
        JsonNode front = all.get(5).get("points");
        assertEquals(1, front.size());
        assertEquals(0, front.get(0).get("attributeCoupling").asInt());
        assertEquals(0, front.get(0).get("methodCoupling").asInt());
    }
}
