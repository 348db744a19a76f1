package io.itplan.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.format.InputException;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CitoUfprImporterTest {
    @TempDir
    Path dir;

    /** Writes the lines with CRLF ends, as the published files have them. */
    private Path file(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return f;
    }

    private Path sample() throws Exception {
        return file(
                "OA_Sample.txt",
                "DIMENSION 4",
                "DEPENDENCY",
                "1 \t2 I\t2 Us\t3 As\t",
                "2 \t3 Us\t",
                "3 \t1 Ad\t4 It\t",
                "4 \t",
                "ATTRIBUTE",
                "1 \t2 5\t3 1\t",
                "2 \t3 2",
                "4",
                "METHOD",
                "1 \t2 4",
                "3 \t1 7\t4 0\t",
                "METHODRETURNTYPE",
                "1 \t2 1",
                "METHODPARAMTYPE",
                "2 \t3 1",
                "ASPECTS",
                "3",
                "END",
                "MAPPING",
                "1\tp.A",
                "2\tp.B",
                "3\tp.aspects.Logging - aspecto",
                "4\tq.B");
    }

    private static Dependency dep(DependencyGraph g, String from, String to) {
        return g.dependencies().stream()
                .filter(d -> d.from().equals(from) && d.to().equals(to))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no dependency " + from + " -> " + to));
    }

    @Test
    void readsModulesWithMappedIdsSimpleNamesAndAspects() throws Exception {
        DependencyGraph g = CitoUfprImporter.read(sample());
        assertEquals("OA_Sample", g.name());
        assertEquals(
                List.of("p.A", "p.B", "p.aspects.Logging", "q.B"),
                g.modules().stream().map(m -> m.id()).toList());
        assertEquals("B", g.module("p.B").name());
        assertEquals("Logging", g.module("p.aspects.Logging").name());
        assertEquals(ModuleKind.ASPECT, g.module("p.aspects.Logging").kind());
        assertEquals(ModuleKind.CLASS, g.module("p.A").kind());
    }

    @Test
    void mapsTypesMergesPairsAndCarriesCoupling() throws Exception {
        DependencyGraph g = CitoUfprImporter.read(sample());
        assertEquals(5, g.dependencies().size());

        Dependency ab = dep(g, "p.A", "p.B"); // I and Us: one dependency, the unstubbable kind wins
        assertEquals(DependencyKind.INHERITANCE, ab.kind());
        assertFalse(ab.stubbable());
        assertEquals(5, ab.attributes());
        assertEquals(4, ab.methods());
        assertEquals("inheritance + use", ab.label());

        Dependency ac = dep(g, "p.A", "p.aspects.Logging");
        assertEquals(DependencyKind.ASSOCIATION, ac.kind());
        assertTrue(ac.stubbable());
        assertEquals(1, ac.attributes());
        assertEquals(0, ac.methods());

        Dependency bc = dep(g, "p.B", "p.aspects.Logging");
        assertEquals(DependencyKind.USES, bc.kind());
        assertEquals(2, bc.attributes());

        Dependency advice = dep(g, "p.aspects.Logging", "p.A");
        assertEquals(DependencyKind.USES, advice.kind());
        assertEquals("advice", advice.label());
        assertTrue(advice.stubbable());
        assertEquals(7, advice.methods());

        Dependency interType = dep(g, "p.aspects.Logging", "q.B");
        assertEquals(DependencyKind.INTER_TYPE, interType.kind());
        assertFalse(interType.stubbable());
    }

    @Test
    void plansTheSampleWithOneStubForTheAdvice() throws Exception {
        DependencyGraph g = CitoUfprImporter.read(sample());
        IntegrationPlan p = Planner.standard()
                .plan(g, PlanOptions.of(StrategyName.BOTTOM_UP).withObjective(Objective.STUBS));
        assertEquals(List.of(), PlanChecker.check(g, p, null));
        assertEquals(1, p.metrics().specificStubs());
        assertEquals(7, p.metrics().methodCoupling());
        assertTrue(p.cycleBreaking().optimal());
    }

    @Test
    void usesUnitNumbersWithoutMappingOrForSharedNames() throws Exception {
        Path f = file(
                "shared.txt",
                "DIMENSION 3",
                "DEPENDENCY",
                "1\t2 Us\t3 Us",
                "2",
                "3",
                "END",
                "MAPPING",
                "1\tx.Same",
                "2\tx.Same");
        DependencyGraph g = CitoUfprImporter.read(f);
        assertEquals(
                List.of("1", "2", "3"), g.modules().stream().map(m -> m.id()).toList());
        assertEquals("Same", g.module("1").name());
        assertEquals("3", g.module("3").name());
        assertEquals(2, g.dependencies().size());
    }

    @Test
    void acceptsLfLinesBlankLinesAndNoMapping() throws Exception {
        Path f = dir.resolve("lf.txt");
        Files.writeString(f, "DIMENSION 2\n\nDEPENDENCY\n1 2 Us\n2 1 Us\nEND\n");
        DependencyGraph g = CitoUfprImporter.read(f);
        assertEquals(2, g.dependencies().size());
        assertEquals("lf", g.name());
    }

    private InputException fails(Path f) {
        return assertThrows(InputException.class, () -> CitoUfprImporter.read(f));
    }

    private void assertLocated(InputException e, Path f, int line, int column, String detailPart) {
        assertTrue(e.getMessage().startsWith(f + ":" + line + (column > 0 ? ":" + column : "") + ": "), e.getMessage());
        assertEquals(f.toString(), e.source());
        assertEquals(line, e.line());
        assertTrue(e.detail().contains(detailPart), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void reportsAnUnknownSection() throws Exception {
        Path f = file("bad.txt", "DIMENSION 2", "DEPENDENCY", "1\t2 Us", "DEPENDENCIES");
        assertLocated(fails(f), f, 4, 1, "unknown section 'DEPENDENCIES'");
    }

    @Test
    void reportsAUnitOutOfRange() throws Exception {
        Path f = file("bad.txt", "DIMENSION 2", "DEPENDENCY", "1\t3 Us\t");
        InputException e = fails(f);
        assertLocated(e, f, 3, 3, "unit 3 is out of range, expected 1..2");
        Path g = file("bad2.txt", "DIMENSION 2", "DEPENDENCY", "1\t2 Us", "ASPECTS", "0");
        assertLocated(fails(g), g, 5, 1, "unit 0 is out of range");
    }

    @Test
    void reportsABadType() throws Exception {
        Path f = file("bad.txt", "DIMENSION 2", "DEPENDENCY", "1\t2 Uses");
        assertLocated(fails(f), f, 3, 5, "unknown dependency type 'Uses', expected one of I, It, Ag, As, Us, Ad");
    }

    @Test
    void reportsAMissingType() throws Exception {
        Path f = file("bad.txt", "DIMENSION 2", "DEPENDENCY", "1\t2");
        assertLocated(fails(f), f, 3, 4, "expected a dependency type");
    }

    @Test
    void reportsAMissingDimension() throws Exception {
        Path f = file("bad.txt", "DEPENDENCY", "1\t2 Us");
        assertLocated(fails(f), f, 1, 1, "missing DIMENSION");
        Path empty = file("empty.txt", "");
        assertLocated(fails(empty), empty, 1, 0, "missing DIMENSION");
    }

    @Test
    void reportsABadCount() throws Exception {
        Path f = file("bad.txt", "DIMENSION 2", "DEPENDENCY", "1\t2 Us", "ATTRIBUTE", "1\t2 x");
        assertLocated(fails(f), f, 5, 5, "expected a whole count from 0 to");
    }

    @Test
    void reportsAMissingFile() {
        Path f = dir.resolve("absent.txt");
        InputException e = fails(f);
        assertEquals(f + ": file not found", e.getMessage());
    }

    // ---- what a complete file is, and what is refused or warned about (bad input)

    @Test
    void refusesAFileCutShortInsteadOfImportingPartOfIt() throws Exception {
        Path f = file("cut.txt", "DIMENSION 4", "DEPENDENCY", "1 \t2 I\t2 Us\t3 As\t", "2 \t3 Us\t");
        InputException e = fails(f);
        assertLocated(e, f, 4, 0, "without END");
        Path rows = file("rows.txt", "DIMENSION 4", "DEPENDENCY", "1\t2 Us", "2\t3 Us", "END");
        assertLocated(fails(rows), rows, 2, 0, "rows for 2 of the 4 units");
    }

    @Test
    void aHugeDimensionWithNothingElseIsRefusedAtOnce() throws Exception {
        Path f = dir.resolve("huge.txt");
        Files.writeString(f, "DIMENSION 10000000\n");
        long start = System.nanoTime();
        InputException e = fails(f);
        assertTrue(e.getMessage().contains("missing DEPENDENCY"), e.getMessage());
        Path g = file("huge2.txt", "DIMENSION 10000000", "DEPENDENCY", "1\t2 Us", "END");
        assertLocated(fails(g), g, 2, 0, "rows for 1 of the 10000000 units");
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "allocates from what the file holds");
    }

    @Test
    void anOverLargeCountIsRefusedWithItsLine() throws Exception {
        Path f = file("big.txt", "DIMENSION 2", "DEPENDENCY", "1\t2 Us", "2", "ATTRIBUTE", "1\t2 2000000", "END");
        assertLocated(fails(f), f, 6, 5, "expected a whole count from 0 to 1000000");
    }

    @Test
    void invalidUtf8AndNulAreRefusedWithTheirLine() throws Exception {
        Path f = dir.resolve("latin1.txt");
        byte[] head = "DIMENSION 1\nDEPENDENCY\n1\nEND\nMAPPING\n1\tp.Caf".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xe9; // Latin-1 e-acute: not UTF-8
        bytes[head.length + 1] = '\n';
        Files.write(f, bytes);
        InputException e = fails(f);
        assertEquals(6, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("invalid UTF-8 at byte " + head.length), e.getMessage());

        Path nul = file("nul.txt", "DIMENSION 1", "DEPENDENCY", "1\u0000", "END");
        InputException n = fails(nul);
        assertLocated(n, nul, 3, 2, "NUL character");
    }

    @Test
    void selfLoopsAndCountsForNoDependencyAreLeftOutWithAWarningNamingTheLine() throws Exception {
        Path f = file("warn.txt", "DIMENSION 2", "DEPENDENCY", "1\t1 Us\t2 As", "2", "ATTRIBUTE", "2\t1 3", "END");
        Imported r = CitoUfprImporter.load(f);
        assertEquals(1, r.graph().dependencies().size());
        assertTrue(
                r.warnings().stream().anyMatch(w -> w.startsWith(f + ":3:3: unit 1 depends on itself")),
                r.warnings().toString());
        assertTrue(
                r.warnings().stream()
                        .anyMatch(
                                w -> w.contains(
                                        "ATTRIBUTE gives counts for 1 pair(s) that are not dependencies, left out: line 6 (2 1)")),
                r.warnings().toString());
    }

    @Test
    void aPairGivenTwiceInOneSectionTakesTheLaterCountWithAWarning() throws Exception {
        Path f = file("twice.txt", "DIMENSION 2", "DEPENDENCY", "1\t2 As", "2", "ATTRIBUTE", "1\t2 3", "1\t2 5", "END");
        Imported r = CitoUfprImporter.load(f);
        assertEquals(5, dep(r.graph(), "1", "2").attributes());
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(
                r.warnings().get(0).startsWith(f + ":7:3: pair 1 2 given twice in ATTRIBUTE (first on line 6"),
                r.warnings().get(0));
    }

    @Test
    void aClassNameLongerThanAGraphFileHoldsIsRefusedAtImport() throws Exception {
        Path f = dir.resolve("long.txt");
        String name = "p." + "x".repeat(io.itplan.core.format.GraphFiles.MAX_TEXT_LENGTH);
        Files.writeString(f, "DIMENSION 1\nDEPENDENCY\n1\nEND\nMAPPING\n1\t" + name + "\n");
        assertLocated(fails(f), f, 6, 3, "class name of " + name.length() + " characters is longer than");
    }

    @Test
    void refusesWhatIsNotARegularFile() throws Exception {
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            InputException e = fails(zero);
            assertEquals(
                    "/dev/zero: is not a regular file (a device, pipe or socket), expected a file", e.getMessage());
        }
        Path fifo = dir.resolve("fifo");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            InputException e = fails(fifo);
            assertTrue(e.getMessage().contains("is not a regular file"), e.getMessage());
        }
    }
}
