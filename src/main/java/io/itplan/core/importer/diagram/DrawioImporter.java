package io.itplan.core.importer.diagram;

import io.itplan.core.format.InputException;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.importer.Imported;
import io.itplan.core.importer.InputFiles;
import io.itplan.core.importer.XmlTree;
import io.itplan.core.importer.XmlTree.Element;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a draw.io (diagrams.net) file: an {@code mxfile} whose first page is either plain
 * {@code <mxGraphModel>} XML or, as older versions save by default, compressed (base64 of raw deflate of the
 * URL-encoded XML), or a bare {@code <mxGraphModel>}. Vertices become modules (the label, without its HTML, is
 * the name; the position is kept, inside containers too), edges dependencies. A vertex that holds other
 * vertices and is no edge's end (a container, a swim lane) is not a module: its label becomes the layer of what
 * it holds. A {@code kind} property (Edit Data) or the shape gives a module's kind: a cylinder is a database,
 * a queue shape a queue, a cloud or an actor an external system. An edge whose source or target is missing is
 * left out with a warning naming it. Read with DTDs and external entities off ({@link XmlTree}); a compressed
 * page is inflated to at most {@link InputFiles#MAX_TEXT_BYTES}.
 */
public final class DrawioImporter {
    private DrawioImporter() {}

    /** One mxCell with the properties of its {@code object}/{@code UserObject} wrapper. */
    private record Cell(Element xml, Map<String, String> attrs) {
        String get(String k) {
            return attrs.get(k);
        }
    }

    public static Imported read(Path file) throws InputException {
        String source = file.toString();
        Element root = XmlTree.parse(InputFiles.text(file, "a draw.io file"), source);
        Element model;
        String pageName = null;
        int pages = 0;
        if (root.name().equals("mxfile")) {
            List<Element> diagrams = root.children("diagram");
            if (diagrams.isEmpty()) {
                throw new InputException(source, root.line(), root.column(), "expected a <diagram> inside <mxfile>");
            }
            pages = diagrams.size();
            Element d = diagrams.get(0);
            pageName = d.attribute("name");
            model = d.child("mxGraphModel").orElse(null);
            if (model == null) {
                model = XmlTree.parse(inflate(d.text().strip(), source, d), source + " (page " + pageName + ")");
            }
        } else if (root.name().equals("mxGraphModel")) {
            model = root;
        } else {
            throw new InputException(
                    source,
                    root.line(),
                    root.column(),
                    "expected <mxfile> or <mxGraphModel>, found <" + root.name() + ">");
        }
        DiagramGraph out = new DiagramGraph(source);
        if (pages > 1) {
            out.warn(0, "the file has " + pages + " pages; only the first, '" + pageName + "', is imported");
        }
        readModel(model, source, out);
        Path fn = file.getFileName();
        String name = fn == null ? "diagram" : fn.toString().replaceFirst("\\.(drawio|xml|dio)$", "");
        return out.build(name);
    }

    private static void readModel(Element model, String source, DiagramGraph out) throws InputException {
        Element root = model.child("root")
                .orElseThrow(() -> new InputException(
                        source, model.line(), model.column(), "expected a <root> inside <mxGraphModel>"));
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Element e : root.children()) {
            Cell c = cell(e);
            if (c != null && c.get("id") != null) {
                cells.put(c.get("id"), c);
            }
        }
        Set<String> endpoints = new HashSet<>();
        Set<String> parents = new HashSet<>();
        for (Cell c : cells.values()) {
            if ("1".equals(c.get("edge"))) {
                if (c.get("source") != null) {
                    endpoints.add(c.get("source"));
                }
                if (c.get("target") != null) {
                    endpoints.add(c.get("target"));
                }
            } else if ("1".equals(c.get("vertex")) && c.get("parent") != null) {
                parents.add(c.get("parent"));
            }
        }
        Map<String, String> edgeLabels = new HashMap<>();
        for (Cell c : cells.values()) {
            Cell parent = cells.get(c.get("parent"));
            if ("1".equals(c.get("vertex")) && parent != null && "1".equals(parent.get("edge"))) {
                edgeLabels.merge(parent.get("id"), DiagramGraph.plain(label(c)), (a, b) -> (a + " " + b).strip());
            }
        }
        for (Cell c : cells.values()) {
            String id = c.get("id");
            Cell parent = cells.get(c.get("parent"));
            boolean onEdge = parent != null && "1".equals(parent.get("edge"));
            if (!"1".equals(c.get("vertex")) || onEdge || parents.contains(id) && !endpoints.contains(id)) {
                continue;
            }
            double[] xy = absolute(c, cells);
            String style = c.get("style") == null ? "" : c.get("style");
            ModuleKind kind = DiagramGraph.moduleKindOf(c.get("kind"));
            if (kind == null) {
                kind = styleKind(style);
            }
            String layer = null;
            if (parent != null && "1".equals(parent.get("vertex"))) {
                layer = DiagramGraph.plain(label(parent));
            }
            out.node(new DiagramGraph.Node(id, DiagramGraph.plain(label(c)), kind, xy[0], xy[1], layer, "cell " + id));
        }
        for (Cell c : cells.values()) {
            if (!"1".equals(c.get("edge"))) {
                continue;
            }
            String id = c.get("id");
            String from = c.get("source");
            String to = c.get("target");
            if (from == null || to == null || !out.has(from) || !out.has(to)) {
                out.warn(
                        c.xml().line(),
                        "edge cell '" + id + "' is not connected at both ends"
                                + (from == null || to == null ? "" : " to boxes") + "; left out");
                continue;
            }
            String label = DiagramGraph.plain(label(c));
            if (label.isEmpty()) {
                label = edgeLabels.getOrDefault(id, "");
            }
            out.edge(from, to, label, "cell " + id);
        }
    }

    /** An mxCell, or the mxCell inside an {@code object}/{@code UserObject}, whose attributes it inherits. */
    private static Cell cell(Element e) {
        if (e.name().equals("mxCell")) {
            return new Cell(e, e.attributes());
        }
        if (e.name().equals("object") || e.name().equals("UserObject")) {
            Element inner = e.child("mxCell").orElse(null);
            if (inner == null) {
                return null;
            }
            Map<String, String> attrs = new HashMap<>(inner.attributes());
            e.attributes().forEach((k, v) -> attrs.put(k.equals("label") ? "value" : k, v));
            return new Cell(inner, attrs);
        }
        return null;
    }

    private static String label(Cell c) {
        return c.get("value") == null ? "" : c.get("value");
    }

    /** The cell's top-left corner on the page: a child's geometry is relative to its container. */
    private static double[] absolute(Cell c, Map<String, Cell> cells) {
        double x = 0;
        double y = 0;
        Cell at = c;
        for (int guard = 0; at != null && guard < 100; guard++) {
            Element g = at.xml().child("mxGeometry").orElse(null);
            if (g != null && !"1".equals(g.attribute("relative"))) {
                x += number(g.attribute("x"));
                y += number(g.attribute("y"));
            }
            Cell parent = cells.get(at.get("parent"));
            at = parent != null && "1".equals(parent.get("vertex")) ? parent : null;
        }
        return new double[] {x, y};
    }

    private static double number(String s) {
        try {
            double d = s == null ? 0 : Double.parseDouble(s);
            return Double.isFinite(d) ? d : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static ModuleKind styleKind(String style) {
        if (style.contains("cylinder") || style.contains("datastore") || style.contains("database")) {
            return ModuleKind.DATABASE;
        }
        if (style.contains("queue")) {
            return ModuleKind.QUEUE;
        }
        if (style.contains("cloud") || style.contains("umlActor") || style.contains("actor")) {
            return ModuleKind.EXTERNAL;
        }
        if (style.contains("component")) {
            return ModuleKind.COMPONENT;
        }
        return null;
    }

    /** A compressed page: base64 of raw deflate of the URL-encoded XML. */
    static String inflate(String text, String source, Element at) throws InputException {
        byte[] packed;
        try {
            packed = Base64.getDecoder().decode(text.replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw new InputException(
                    source, at.line(), at.column(), "the page is neither <mxGraphModel> XML nor a compressed diagram");
        }
        Inflater inflater = new Inflater(true);
        inflater.setInput(packed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new InputException(source, at.line(), at.column(), "the compressed page is cut short");
                }
                out.write(buf, 0, n);
                if (out.size() > InputFiles.MAX_TEXT_BYTES) {
                    throw new InputException(
                            source,
                            at.line(),
                            at.column(),
                            "the compressed page inflates to more than " + InputFiles.MAX_TEXT_BYTES + " bytes");
                }
            }
        } catch (DataFormatException e) {
            throw new InputException(source, at.line(), at.column(), "the compressed page is not valid deflate data");
        } finally {
            inflater.end();
        }
        String encoded = InputFiles.text(out.toByteArray(), source);
        try {
            return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, at.line(), at.column(), "the compressed page is not URL-encoded XML");
        }
    }
}
