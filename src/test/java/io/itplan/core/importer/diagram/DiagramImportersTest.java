package io.itplan.core.importer.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.format.InputException;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.importer.Imported;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOT (as jdeps and mvn write it), GraphML (as yEd writes it, and plain) and draw.io (plain and compressed). */
class DiagramImportersTest {
    @TempDir
    Path dir;

    private Path resource(String name) throws Exception {
        Path f = dir.resolve(name);
        try (var in = getClass().getResourceAsStream(name)) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    private static Dependency dep(DependencyGraph g, String from, String to) {
        return g.dependencies().stream()
                .filter(d -> d.from().equals(from) && d.to().equals(to))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no dependency " + from + " -> " + to + " in " + g.dependencies()));
    }

    private static void plans(DependencyGraph g) {
        IntegrationPlan p = Planner.standard().plan(g, PlanOptions.of(StrategyName.TOP_DOWN));
        assertEquals(List.of(), PlanChecker.check(g, p, null));
    }

    // ---- DOT

    @Test
    void jdepsDotOutputOfARealJarComesIn() throws Exception {
        Path jar = Path.of(com.fasterxml.jackson.core.JsonParser.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path jdeps = Path.of(System.getProperty("java.home"), "bin", "jdeps");
        Path out = dir.resolve("jdeps");
        Process p = new ProcessBuilder(
                        jdeps.toString(),
                        "-verbose:class",
                        "-filter:none",
                        "--multi-release",
                        "base",
                        "-dotoutput",
                        out.toString(),
                        jar.toString())
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), "jdeps ran");
        Path dot;
        try (Stream<Path> files = Files.list(out)) {
            dot = files.filter(f -> f.getFileName().toString().startsWith("jackson-core"))
                    .findFirst()
                    .orElseThrow();
        }
        Imported r = DotImporter.read(dot);
        DependencyGraph g = r.graph();
        assertTrue(g.modules().size() > 100, g.toString());
        assertTrue(
                g.modules().stream().allMatch(m -> m.id().startsWith("com.fasterxml.jackson.core")),
                "the JDK is left out");
        assertTrue(g.modules().stream().noneMatch(m -> m.id().endsWith(")")), "jdeps' '(jar)' suffix is dropped");
        dep(g, "com.fasterxml.jackson.core.JsonFactory", "com.fasterxml.jackson.core.JsonParser");
        assertTrue(
                r.warnings().stream().anyMatch(w -> w.contains("outside the inputs left out (in java.base")),
                r.warnings().toString());
        plans(g);
    }

    @Test
    void mavenDependencyTreeDotOfAReactorComesIn() throws Exception {
        Imported r = DotImporter.read(resource("mvn-dependency-tree-reactor.dot"));
        DependencyGraph g = r.graph();
        assertEquals(
                List.of(
                        "com.example.shop:shop",
                        "com.example.shop:shop-api",
                        "com.example.shop:shop-core",
                        "com.example.shop:shop-web",
                        "info.picocli:picocli"),
                g.modules().stream().map(Module::id).toList());
        assertEquals("shop-web", g.module("com.example.shop:shop-web").name());
        assertEquals(ModuleKind.LIBRARY, g.module("info.picocli:picocli").kind());
        assertEquals(
                "test",
                dep(g, "com.example.shop:shop-web", "com.example.shop:shop-core")
                        .label());
        assertEquals(
                "",
                dep(g, "com.example.shop:shop-web", "com.example.shop:shop-api").label());
        plans(g);
    }

    @Test
    void dotLabelsPositionsAndKindsAreKept() throws Exception {
        Path f = Files.writeString(dir.resolve("g.gv"), """
                digraph shop {
                  // a comment with a { brace
                  web [label="Web UI", pos="10,20"];
                  db [shape=cylinder];
                  web -> api [label="call"];
                  api -> db [label="reads"];
                  Parent -> Child;
                  Child -> Parent [label=inheritance];
                }
                """);
        DependencyGraph g = DotImporter.read(f).graph();
        assertEquals("Web UI", g.module("web").name());
        assertEquals(10, g.module("web").x());
        assertEquals(-20, g.module("web").y());
        assertEquals(ModuleKind.DATABASE, g.module("db").kind());
        assertEquals(DependencyKind.CALL, dep(g, "web", "api").kind());
        assertEquals("reads", dep(g, "api", "db").label());
        assertEquals(DependencyKind.INHERITANCE, dep(g, "Child", "Parent").kind());
    }

    @Test
    void aDotSyntaxErrorNamesItsLine() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.dot"), "digraph x {\n  a -> b;\n  b -> ;\n}\n");
        InputException e = assertThrows(InputException.class, () -> DotImporter.read(f));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(f + ":3:8: DOT syntax error: "), e.getMessage());
        Path second = Files.writeString(dir.resolve("two.dot"), "digraph a { x -> y; }\n\ndigraph b {\n  p -> ;\n}\n");
        assertEquals(
                4,
                assertThrows(InputException.class, () -> DotImporter.read(second))
                        .line(),
                "lines count across graphs");
    }

    // ---- GraphML

    @Test
    void yEdGraphMlWithLabelsGroupsShapesAndPositions() throws Exception {
        Imported r = GraphmlImporter.read(resource("shop.yed.graphml"));
        DependencyGraph g = r.graph();
        assertEquals(
                List.of("Orders", "Orders DB", "Payments", "Web UI"),
                g.modules().stream().map(Module::id).toList());
        Module orders = g.module("Orders");
        assertEquals(60, orders.x());
        assertEquals(160, orders.y());
        assertEquals("Back end", orders.layer(), "the yEd group becomes the layer");
        assertEquals(ModuleKind.DATABASE, g.module("Orders DB").kind());
        assertEquals(DependencyKind.CALL, dep(g, "Web UI", "Orders").kind());
        assertEquals("reads orders", dep(g, "Orders", "Orders DB").label());
        assertEquals(DependencyKind.USES, dep(g, "Orders", "Payments").kind());
        plans(g);
    }

    @Test
    void plainGraphMl() throws Exception {
        Path f = Files.writeString(dir.resolve("plain.graphml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="k0" for="node" attr.name="label" attr.type="string"/>
                  <key id="k1" for="node" attr.name="kind" attr.type="string"/>
                  <key id="k2" for="edge" attr.name="label" attr.type="string"/>
                  <graph id="Billing" edgedefault="directed">
                    <node id="a"><data key="k0">Invoices</data></node>
                    <node id="b"><data key="k0">Ledger</data><data key="k1">database</data></node>
                    <edge source="a" target="b"><data key="k2">data</data></edge>
                  </graph>
                </graphml>
                """);
        DependencyGraph g = GraphmlImporter.read(f).graph();
        assertEquals("Billing", g.name());
        assertEquals(ModuleKind.DATABASE, g.module("Ledger").kind());
        assertEquals(DependencyKind.DATA, dep(g, "Invoices", "Ledger").kind());
    }

    @Test
    void xxeIsRefusedInGraphMlAndDrawio() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n";
        Path graphml = Files.writeString(
                dir.resolve("x.graphml"), doctype + "<graphml><graph><node id=\"&xxe;\"/></graph></graphml>");
        InputException e = assertThrows(InputException.class, () -> GraphmlImporter.read(graphml));
        assertTrue(e.getMessage().contains("DOCTYPE is not accepted"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        Path drawio = Files.writeString(dir.resolve("x.drawio"), doctype + "<mxfile><diagram>&xxe;</diagram></mxfile>");
        assertTrue(assertThrows(InputException.class, () -> DrawioImporter.read(drawio))
                .getMessage()
                .contains("DOCTYPE is not accepted"));
    }

    @Test
    void aGraphMlEdgeToNoNodeNamesItsLine() throws Exception {
        Path f = Files.writeString(
                dir.resolve("e.graphml"),
                "<graphml>\n<graph>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"zz\"/>\n</graph>\n</graphml>\n");
        InputException e = assertThrows(InputException.class, () -> GraphmlImporter.read(f));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("edge refers to node 'zz', which is not a node here"), e.getMessage());
    }

    // ---- draw.io

    private static void assertShop(Imported r) {
        DependencyGraph g = r.graph();
        assertEquals(
                List.of("Order events", "Orders", "Orders DB", "Web UI"),
                g.modules().stream().map(Module::id).toList(),
                "the swim lane is no module; HTML is stripped");
        Module orders = g.module("Orders");
        assertEquals(220, orders.x(), "inside a container: its position plus the container's");
        assertEquals(200, orders.y());
        assertEquals("Back end", orders.layer());
        assertEquals(ModuleKind.DATABASE, g.module("Orders DB").kind());
        assertEquals(ModuleKind.QUEUE, g.module("Order events").kind());
        assertEquals(DependencyKind.CALL, dep(g, "Web UI", "Orders").kind());
        assertEquals(
                DependencyKind.DATA, dep(g, "Orders", "Orders DB").kind(), "the label on the edge's own label cell");
        assertEquals(DependencyKind.MESSAGE, dep(g, "Orders", "Order events").kind());
        assertEquals(3, g.dependencies().size());
        assertTrue(
                r.warnings().stream().anyMatch(w -> w.contains("edge cell 'Wq1-e4' is not connected at both ends")),
                r.warnings().toString());
    }

    @Test
    void plainDrawioFile() throws Exception {
        Imported r = DrawioImporter.read(resource("shop.drawio"));
        assertShop(r);
        plans(r.graph());
    }

    @Test
    void compressedDrawioFileAsDrawioWritesIt() throws Exception {
        String plain = Files.readString(resource("shop.drawio"));
        String model = plain.substring(
                plain.indexOf("<mxGraphModel"), plain.indexOf("</mxGraphModel>") + "</mxGraphModel>".length());
        // draw.io: encodeURIComponent, then raw deflate, then base64
        String encoded = URLEncoder.encode(model, StandardCharsets.UTF_8).replace("+", "%20");
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(encoded.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!deflater.finished()) {
            packed.write(buf, 0, deflater.deflate(buf));
        }
        String compressed = "<mxfile host=\"drawio\" compressed=\"true\"><diagram id=\"p1\" name=\"Page-1\">"
                + Base64.getEncoder().encodeToString(packed.toByteArray()) + "</diagram>"
                + "<diagram id=\"p2\" name=\"Page-2\">" + Base64.getEncoder().encodeToString(packed.toByteArray())
                + "</diagram></mxfile>";
        Imported r = DrawioImporter.read(Files.writeString(dir.resolve("shop-compressed.drawio"), compressed));
        assertShop(r);
        assertTrue(
                r.warnings().stream().anyMatch(w -> w.contains("2 pages; only the first, 'Page-1'")),
                r.warnings().toString());
        Path broken = Files.writeString(
                dir.resolve("broken.drawio"), "<mxfile><diagram name=\"x\">not base64 at all!</diagram></mxfile>");
        InputException e = assertThrows(InputException.class, () -> DrawioImporter.read(broken));
        assertTrue(e.getMessage().startsWith(broken + ":1:"), e.getMessage());
    }
}
