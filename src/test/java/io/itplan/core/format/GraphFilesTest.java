package io.itplan.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.graph.Risk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphFilesTest {
    @TempDir
    Path dir;

    private static InputException fails(String json) {
        return assertThrows(InputException.class, () -> GraphFiles.parse(json, "g.graph.json"));
    }

    @Test
    void omittedFieldsTakeTheirDefaults() throws Exception {
        DependencyGraph g = GraphFiles.parse("""
                {"format": "itplan.graph/1",
                 "modules": [{"id": "a"}, {"id": "b"}],
                 "dependencies": [{"from": "a", "to": "b"}, {"from": "b", "to": "a", "kind": "inheritance"}]}
                """, "g");
        assertEquals("a", g.module("a").name());
        assertEquals(ModuleKind.COMPONENT, g.module("a").kind());
        assertEquals(Risk.MEDIUM, g.module("a").risk());
        Dependency ab = g.dependencies().get(0);
        assertEquals(DependencyKind.USES, ab.kind());
        assertEquals(1.0, ab.weight());
        assertTrue(ab.stubbable());
        assertFalse(g.dependencies().get(1).stubbable(), "inheritance is not stubbable by default");
    }

    @Test
    void writingAndReadingGivesTheSameGraphAndTheSameText() throws Exception {
        Path example = Path.of("resources/examples/webshop.graph.json");
        DependencyGraph g = GraphFiles.read(example);
        String text = GraphFiles.toJson(g);
        DependencyGraph again = GraphFiles.parse(text, "again");
        assertEquals(g, again);
        assertEquals(text, GraphFiles.toJson(again));
        assertEquals(GraphDigest.of(g), GraphDigest.of(again));
        assertEquals(
                "http://127.0.0.1:8089/__admin/health",
                again.module("payment-provider").stub().ready());
    }

    @Test
    void digestIgnoresPositionsButNotDependencies() throws Exception {
        DependencyGraph g = GraphFiles.read(Path.of("resources/examples/webshop.graph.json"));
        DependencyGraph.Builder moved = DependencyGraph.builder(g.name());
        g.modules().forEach(m -> moved.addModule(m.withPosition(m.x() + 10, m.y())));
        g.dependencies().forEach(moved::addDependency);
        g.commands().forEach(moved::command);
        assertEquals(GraphDigest.of(g), GraphDigest.of(moved.build()));
        DependencyGraph heavier =
                g.toBuilder().addDependency(g.dependencies().get(0)).build();
        assertFalse(GraphDigest.of(g).equals(GraphDigest.of(heavier)));
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        InputException e = fails("{\"format\": \"itplan.graph/1\",\n  \"modules\": [ {\"id\": \"a\",, } ]}");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("g.graph.json:2:"), e.getMessage());
        assertTrue(e.detail().startsWith("malformed JSON"), e.getMessage());
    }

    @Test
    void aWrongTypeNamesTheFieldAndWhatWasExpected() {
        InputException e = fails("{\"format\": \"itplan.graph/1\",\n\"modules\": [{\"id\": \"a\"}],\n"
                + "\"dependencies\": [{\"from\": \"a\", \"to\": \"a\",\n \"weight\": \"heavy\"}]}");
        assertEquals("g.graph.json:4:12: 'weight' must be a number, found a string", e.getMessage());
    }

    @Test
    void aModuleWithoutIdIsRefused() {
        InputException e = fails("{\"format\": \"itplan.graph/1\",\n\"modules\": [{\"name\": \"A\"}]}");
        assertEquals("g.graph.json:2:13: missing required field 'id'", e.getMessage());
    }

    @Test
    void aDependencyOnAnUnknownModuleNamesIt() {
        InputException e = fails("{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"a\"}],\n"
                + "\"dependencies\": [\n  {\"from\": \"a\", \"to\": \"pay\"}]}");
        assertEquals(3, e.line());
        assertTrue(e.detail().contains("unknown module 'pay'"), e.getMessage());
    }

    @Test
    void aNewerFormatIsRefusedByName() {
        InputException e = fails("{\"format\": \"itplan.graph/2\", \"modules\": []}");
        assertTrue(e.detail().contains("'itplan.graph/2' is a newer graph format"), e.getMessage());
        assertTrue(e.detail().contains("update itplan"), e.getMessage());
    }

    @Test
    void aFileOfAnotherKindIsRefused() {
        InputException e = fails("{\"format\": \"itplan.plan/1\"}");
        assertTrue(e.detail().startsWith("not an itplan graph file"), e.getMessage());
        InputException none = fails("[1, 2]");
        assertTrue(none.detail().contains("must be an object"), none.getMessage());
    }

    @Test
    void duplicateIdsUnknownFieldsAndKindsAreRefused() {
        assertTrue(fails("{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}")
                .detail()
                .contains("duplicate module id 'a'"));
        assertTrue(fails("{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"a\", \"wieght\": 1}]}")
                .detail()
                .startsWith("unknown field 'wieght'"));
        assertTrue(fails("{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"a\", \"kind\": \"robot\"}]}")
                .detail()
                .startsWith("unknown module kind 'robot'"));
        assertTrue(fails("").detail().contains("empty"));
        assertTrue(fails("{\"format\": \"itplan.graph/1\", \"format\": \"x\"}")
                .detail()
                .contains("duplicate key"));
    }

    @Test
    void selfLoopsAreDroppedAndDuplicatesMergedWithWarnings() throws Exception {
        DependencyGraph g = GraphFiles.parse("""
                {"format": "itplan.graph/1", "modules": [{"id": "a"}, {"id": "b"}],
                 "dependencies": [{"from": "a", "to": "a"}, {"from": "a", "to": "b", "weight": 2},
                                  {"from": "a", "to": "b", "weight": 3}, {"from": "a", "to": "b", "kind": "call"}]}
                """, "g");
        assertEquals(2, g.warnings().size());
        assertEquals(2, g.dependencies().size(), "different kinds stay apart");
        assertEquals(
                5.0,
                g.dependencies().stream()
                        .filter(d -> d.kind() == DependencyKind.USES)
                        .findFirst()
                        .orElseThrow()
                        .weight());
        assertEquals(6.0, g.index().link(0).weight(), "a stub of b for a replaces both dependencies");
    }

    @Test
    void weightsAndCountsHaveBoundsSoThatSumsStayExact() {
        InputException w = fails("{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"a\"}, {\"id\": \"b\"}],"
                + " \"dependencies\": [{\"from\": \"a\", \"to\": \"b\", \"weight\": 2e13}]}");
        assertTrue(w.detail().contains("at most 1000000000"), w.getMessage());
        InputException a = fails("{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"a\"}, {\"id\": \"b\"}],"
                + " \"dependencies\": [{\"from\": \"a\", \"to\": \"b\", \"attributes\": 2147483647}]}");
        assertTrue(a.detail().contains("from 0 to 1000000"), a.getMessage());
    }

    @Test
    void aByteOrderMarkIsNotContent() throws Exception {
        assertEquals(
                1,
                GraphFiles.parse("\uFEFF{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"a\"}]}", "g")
                        .modules()
                        .size());
    }

    @Test
    void anOlderOrOddFormatIsNotCalledNewer() {
        assertTrue(fails("{\"format\": \"itplan.graph/0\"}").detail().startsWith("not an itplan graph file"));
        assertTrue(fails("{\"format\": \"itplan.graph/1 \"}").detail().startsWith("not an itplan graph file"));
    }

    @Test
    void parserMessagesLeaveOutTheParsersInternals() {
        InputException e = fails("{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": \"a\", \"x\": NaN}]}");
        assertEquals("malformed JSON: Non-standard token 'NaN'", e.detail());
    }

    @Test
    void hostileIdsSurviveARoundTrip() throws Exception {
        List<String> ids = List.of("$(touch pwned)", "a'; rm -rf x #", "\"quoted\"", "line\nbreak", "ünï-código");
        DependencyGraph.Builder b = DependencyGraph.builder("hostile");
        ids.forEach(id -> b.addModule(io.itplan.core.graph.Module.of(id)));
        b.addDependency(ids.get(0), ids.get(1));
        DependencyGraph g = b.build();
        assertEquals(g, GraphFiles.parse(GraphFiles.toJson(g), "h"));
    }

    @Test
    void writesAreAtomicAndKeepTheOldVersion() throws Exception {
        Path file = dir.resolve("x.graph.json");
        DependencyGraph one = DependencyGraph.builder("one").addModules("a").build();
        DependencyGraph two =
                DependencyGraph.builder("two").addModules("a", "b").build();
        GraphFiles.write(one, file);
        GraphFiles.write(two, file);
        assertEquals(two, GraphFiles.read(file));
        assertEquals(one, GraphFiles.read(AtomicFiles.backupOf(file)));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aMissingOrUnreadableFileIsOneMessage() throws Exception {
        InputException e = assertThrows(InputException.class, () -> GraphFiles.read(dir.resolve("nope.graph.json")));
        assertTrue(e.getMessage().endsWith("nope.graph.json: cannot be read: no such file"), e.getMessage());
        Path binary = dir.resolve("bin.graph.json");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertTrue(assertThrows(InputException.class, () -> GraphFiles.read(binary))
                .getMessage()
                .endsWith("is not UTF-8 text"));
        Files.writeString(binary, "{\"format\":", StandardCharsets.UTF_8);
        assertTrue(assertThrows(InputException.class, () -> GraphFiles.read(binary))
                .detail()
                .startsWith("malformed JSON"));
    }

    @Test
    void writingIntoAMissingFolderFailsWithoutTouchingAnything() {
        DependencyGraph g = DependencyGraph.builder("g").addModules("a").build();
        InputException e =
                assertThrows(InputException.class, () -> GraphFiles.write(g, dir.resolve("missing/x.graph.json")));
        assertTrue(
                e.getMessage()
                        .endsWith("x.graph.json: cannot be written: folder " + dir.resolve("missing")
                                + " does not exist"),
                e.getMessage());
    }
}
