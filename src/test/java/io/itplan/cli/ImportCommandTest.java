package io.itplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.format.GraphFiles;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.importer.diagram.GraphmlImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** itplan import, itplan diagram, and a foreign file given where a graph belongs. */
class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void importsAJarAndPrintsTheCountsByKind() throws Exception {
        Path jar = Path.of(com.fasterxml.jackson.core.JsonParser.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path out = dir.resolve("core.graph.json");
        ItplanCliTest.Result r =
                ItplanCliTest.run("import", "java", jar.toString(), "--level", "package", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out()
                        .matches(
                                "(?s)Imported 'jackson-core-[\\d.]+': \\d+ modules, \\d+ dependencies \\(.*uses.*\\) -> .*\n"),
                r.out());
        DependencyGraph g = GraphFiles.read(out);
        assertTrue(g.contains("com.fasterxml.jackson.core.json"));
    }

    @Test
    void oneModuleAndOneDependencyAreCountedInTheSingular() throws Exception {
        Path dot = Files.writeString(dir.resolve("one.dot"), "digraph { a }\n");
        Path out = dir.resolve("one.graph.json");
        ItplanCliTest.Result r = ItplanCliTest.run("import", "dot", dot.toString(), "-o", out.toString());
        assertEquals("Imported 'one': 1 module, 0 dependencies -> " + out + "\n", r.out(), r.err());

        Path two = Files.writeString(dir.resolve("two.dot"), "digraph { a -> b }\n");
        r = ItplanCliTest.run("import", "dot", two.toString(), "-o", out.toString());
        assertTrue(r.out().contains(": 2 modules, 1 dependency (1 uses) -> "), r.out());
    }

    @Test
    void badInputWritesNothingAndSaysOneLine() throws Exception {
        Path out = dir.resolve("out.graph.json");
        Path compose = Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    depends_on: [db]\n");
        ItplanCliTest.Result r = ItplanCliTest.run("import", "compose", compose.toString(), "-o", out.toString());
        assertEquals(2, r.code());
        assertEquals(
                "itplan: " + compose
                        + ":3:18: service 'web' depends on 'db', which is not a service of this file (services: web)\n",
                r.err());
        assertFalse(Files.exists(out), "nothing written");

        Path notJar = Files.writeString(dir.resolve("x.jar"), "hello");
        r = ItplanCliTest.run("import", "java", notJar.toString(), "-o", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("itplan: " + notJar + ": is not a jar (zip) file"), r.err());
        assertFalse(Files.exists(out));

        r = ItplanCliTest.run("import", "cito-ufpr", "/dev/zero", "-o", out.toString());
        assertEquals("itplan: /dev/zero: is not a regular file (a device, pipe or socket), expected a file\n", r.err());
        r = ItplanCliTest.run("import", "dot", out.toString(), "-o", out.toString());
        assertTrue(r.err().contains("is also an input"), r.err());
    }

    @Test
    void aDotFileGivenAsAGraphSaysHowToImportIt() throws Exception {
        Path dot = Files.writeString(
                dir.resolve("deps.dot"), "// jdeps\ndigraph \"app.jar\" {\n  \"a.A\" -> \"b.B\";\n}\n");
        ItplanCliTest.Result r = ItplanCliTest.run("validate", dot.toString());
        assertEquals(2, r.code());
        assertEquals(
                "itplan: " + dot
                        + ": this is a Graphviz DOT file, not an itplan graph file; import it with File › Import… or itplan import dot "
                        + dot + " -o deps.graph.json\n",
                r.err());
        Path pom = Files.writeString(
                dir.resolve("pom.xml"),
                "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><artifactId>x</artifactId></project>");
        assertTrue(ItplanCliTest.run("plan", pom.toString())
                .err()
                .contains(
                        "this is a Maven pom, not an itplan graph file; import it with File › Import… or itplan import maven "
                                + pom));
        Path json = Files.writeString(dir.resolve("broken.graph.json"), "{ \"format\": ");
        assertTrue(
                ItplanCliTest.run("validate", json.toString()).err().contains("malformed JSON"),
                "a broken graph file is still told as such");
    }

    @Test
    void diagramWritesAGraphAndAPlanBackOut() throws Exception {
        Path graph = Path.of("resources/examples/webshop.graph.json");
        ItplanCliTest.Result mermaid = ItplanCliTest.run("diagram", graph.toString(), "--to", "mermaid");
        assertEquals(0, mermaid.code(), mermaid.err());
        assertTrue(mermaid.out().startsWith("flowchart TD\n"), mermaid.out());

        Path g = dir.resolve("shop.json");
        Files.copy(graph, g);
        Path plan = dir.resolve("shop.plan.json");
        assertEquals(
                0,
                ItplanCliTest.run("plan", g.toString(), "-s", "top-down", "-o", plan.toString())
                        .code());
        Path out = dir.resolve("shop.graphml");
        ItplanCliTest.Result r = ItplanCliTest.run(
                "diagram", plan.toString(), "--graph", g.toString(), "--to", "graphml", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        DependencyGraph back = GraphmlImporter.read(out).graph();
        DependencyGraph original = GraphFiles.read(g);
        assertEquals(original.modules().size(), back.modules().size());
        assertEquals(
                original.dependencies().size(), back.dependencies().size(), "kinds come back from the edge labels");
        assertTrue(Files.readString(out).contains("<data key=\"d3\">depth-0</data>"), "each module carries its step");
        ItplanCliTest.Result dot =
                ItplanCliTest.run("diagram", plan.toString(), "--graph", g.toString(), "--to", "dot");
        assertTrue(dot.out().contains("subgraph \"cluster_depth-0\""), dot.out());
        assertEquals(
                2, ItplanCliTest.run("diagram", g.toString(), "--to", "png").code());
    }
}
