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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CitoDrlImporterTest {
    @TempDir
    Path tmp;

    Path dir;

    private void write(String name, String... lines) throws Exception {
        Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n");
    }

    @BeforeEach
    void sample() throws Exception {
        dir = Files.createDirectories(tmp.resolve("Toy").resolve("drl_cito"));
        write("CId_Name.csv", "Id,Name", "0,p.A", "1,p.B", "2,p.C", "3,x.Dup", "4,x.Dup");
        write(
                "deps_type.csv",
                "From,To,Type,Stype",
                "0,1,1,As",
                "0,1,3,I", // the same pair twice: one inheritance dependency
                "1,2,1,As",
                "2,0,1,As",
                "2,3,2,Ag",
                "3,0,4,Dy", // dynamic: not static
                "4,0,0,None",
                "2,4,1,As");
        write(
                "Attr_Method_deps.csv",
                "Id,Name,Set_of_Attrdeps,Set_of_Methoddeps",
                "0,p.A,\"{attrDeps:{\"\"p.B\"\":3}}\",\"{methodDeps:{p.B:2}}\"",
                "1,p.B,\"{attrDeps:{p.C:1,p.A:9}}\",null",
                "2,p.C,null,\"{methodDeps:{'p.A':4,x.Dup:5,unknown:1}}\"",
                "3,x.Dup,null,null");
        write("Couple_List.csv", "From,To,Couple_value", "0,1,1.0");
    }

    private static Dependency dep(DependencyGraph g, String from, String to) {
        return g.dependencies().stream()
                .filter(d -> d.from().equals(from) && d.to().equals(to))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no dependency " + from + " -> " + to));
    }

    @Test
    void readsClassesNamedAfterTheSystem() throws Exception {
        DependencyGraph g = CitoDrlImporter.read(dir);
        assertEquals("Toy", g.name());
        assertEquals(
                List.of("3", "4", "p.A", "p.B", "p.C"),
                g.modules().stream().map(m -> m.id()).toList());
        assertEquals("A", g.module("p.A").name());
        assertEquals("Dup", g.module("3").name());
        assertEquals(ModuleKind.CLASS, g.module("4").kind());
    }

    @Test
    void readsTheStaticGraphWithMergedPairsAndCoupling() throws Exception {
        DependencyGraph g = CitoDrlImporter.read(dir);
        assertEquals(5, g.dependencies().size());
        Dependency ab = dep(g, "p.A", "p.B");
        assertEquals(DependencyKind.INHERITANCE, ab.kind());
        assertFalse(ab.stubbable());
        assertEquals(3, ab.attributes());
        assertEquals(2, ab.methods());
        assertEquals("association + inheritance", ab.label());

        Dependency bc = dep(g, "p.B", "p.C");
        assertEquals(DependencyKind.ASSOCIATION, bc.kind());
        assertTrue(bc.stubbable());
        assertEquals(1, bc.attributes()); // p.B's count for p.A has no static dependency and is ignored
        assertEquals(0, bc.methods());

        Dependency ca = dep(g, "p.C", "p.A");
        assertEquals(4, ca.methods());
        Dependency composition = dep(g, "p.C", "3");
        assertEquals(DependencyKind.COMPOSITION, composition.kind());
        assertFalse(composition.stubbable());
        assertEquals(0, composition.methods()); // x.Dup is ambiguous: not resolved by name
        assertTrue(g.dependencies().stream()
                .noneMatch(d -> d.from().equals("3") || d.from().equals("4")));
    }

    @Test
    void plansTheSample() throws Exception {
        DependencyGraph g = CitoDrlImporter.read(dir);
        IntegrationPlan p = Planner.standard()
                .plan(g, PlanOptions.of(StrategyName.BOTTOM_UP).withObjective(Objective.STUBS));
        assertEquals(List.of(), PlanChecker.check(g, p, null));
        assertEquals(1, p.metrics().specificStubs()); // A -> B -> C -> A: only B -> C or C -> A can go
        assertTrue(p.cycleBreaking().optimal());
    }

    private InputException fails() {
        return assertThrows(InputException.class, () -> CitoDrlImporter.read(dir));
    }

    private void assertLocated(InputException e, String file, int line, int column, String detailPart) {
        Path f = dir.resolve(file);
        assertTrue(e.getMessage().startsWith(f + ":" + line + (column > 0 ? ":" + column : "") + ": "), e.getMessage());
        assertEquals(line, e.line());
        assertTrue(e.detail().contains(detailPart), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void reportsAMissingFile() throws Exception {
        Files.delete(dir.resolve("Attr_Method_deps.csv"));
        assertEquals(dir.resolve("Attr_Method_deps.csv") + ": file not found", fails().getMessage());
    }

    @Test
    void reportsAMissingFolder() {
        Path absent = tmp.resolve("nope");
        InputException e = assertThrows(InputException.class, () -> CitoDrlImporter.read(absent));
        assertEquals(absent + ": folder not found", e.getMessage());
    }

    @Test
    void reportsAWrongHeader() throws Exception {
        write("CId_Name.csv", "Name,Id", "0,p.A");
        assertLocated(fails(), "CId_Name.csv", 1, 1, "expected the header 'Id,Name'");
    }

    @Test
    void reportsARowWithTooFewFields() throws Exception {
        write("deps_type.csv", "From,To,Type,Stype", "0,1,1,As", "1,2,1");
        assertLocated(fails(), "deps_type.csv", 3, 6, "expected 4 fields (From,To,Type,Stype), found 3");
    }

    @Test
    void reportsAnUnknownClassId() throws Exception {
        write("deps_type.csv", "From,To,Type,Stype", "0,1,1,As", "1,7,1,As");
        assertLocated(fails(), "deps_type.csv", 3, 3, "unknown class id 7");
    }

    @Test
    void reportsABadType() throws Exception {
        write("deps_type.csv", "From,To,Type,Stype", "0,1,5,Xx");
        assertLocated(fails(), "deps_type.csv", 2, 5, "expected a type 0..4");
        write("deps_type.csv", "From,To,Type,Stype", "0,1,3,As");
        assertLocated(fails(), "deps_type.csv", 2, 7, "type 3 is I, but Stype is 'As'");
    }

    @Test
    void reportsAMalformedCouplingSet() throws Exception {
        write(
                "Attr_Method_deps.csv",
                "Id,Name,Set_of_Attrdeps,Set_of_Methoddeps",
                "0,p.A,null,null",
                "1,p.B,\"{attrDeps:{p.C=1}}\",null");
        assertLocated(fails(), "Attr_Method_deps.csv", 3, 7, "expected '{attrDeps:{<class name>:<count>,...}}'");
    }

    @Test
    void reportsAnUnclosedQuote() throws Exception {
        write("Attr_Method_deps.csv", "Id,Name,Set_of_Attrdeps,Set_of_Methoddeps", "0,p.A,\"{attrDeps:{},null");
        assertLocated(fails(), "Attr_Method_deps.csv", 2, 7, "quoted field is not closed");
    }

    @Test
    void warnsNamingTheLineOfCountsThatCannotBePlacedAndOfSelfLoops() throws Exception {
        Imported r = CitoDrlImporter.load(dir);
        Path coupling = dir.resolve("Attr_Method_deps.csv");
        // p.B -> p.A is no dependency; x.Dup names two classes; "unknown" names none
        assertTrue(
                r.warnings().stream().anyMatch(w -> w.startsWith(coupling + ":3:") && w.contains("A to p.A")),
                r.warnings().toString());
        assertTrue(
                r.warnings().stream()
                        .anyMatch(w -> w.startsWith(coupling + ":4:") && w.contains("M to x.Dup, M to unknown")),
                r.warnings().toString());
        write("deps_type.csv", "From,To,Type,Stype", "0,0,1,As", "0,1,1,As");
        Imported loop = CitoDrlImporter.load(dir);
        assertTrue(
                loop.warnings().stream()
                        .anyMatch(w -> w.startsWith(dir.resolve("deps_type.csv") + ":2:1: class 0 depends on itself")),
                loop.warnings().toString());
    }

    @Test
    void refusesAnOverLargeCountWithItsLine() throws Exception {
        write(
                "Attr_Method_deps.csv",
                "Id,Name,Set_of_Attrdeps,Set_of_Methoddeps",
                "0,p.A,\"{attrDeps:{p.B:5000000}}\",null");
        InputException e = assertThrows(InputException.class, () -> CitoDrlImporter.read(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("Attr_Method_deps.csv") + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("more than 1000000"), e.getMessage());
    }
}
