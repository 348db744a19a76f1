package io.itplan.core.importer.diagram;

import io.itplan.core.format.InputException;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.importer.Imported;
import io.itplan.core.importer.InputFiles;
import io.itplan.core.importer.XmlTree;
import io.itplan.core.importer.XmlTree.Element;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads GraphML (graphml.graphdrawing.org), as yEd writes it and plain. Nodes become modules and edges
 * dependencies. The name of a node is its yEd {@code y:NodeLabel} or a {@code label}/{@code name} data value;
 * its position the yEd {@code y:Geometry} or {@code x}/{@code y} data values; its kind a {@code kind} data
 * value, or from a yEd shape ({@code cylinder} is a database). A yEd group node (one that holds a nested
 * graph) is not a module: its label becomes the layer of what it holds. An edge label ({@code y:EdgeLabel} or a
 * {@code label} data value) that names a dependency kind gives the kind. Read with DTDs and external entities
 * off ({@link XmlTree}).
 */
public final class GraphmlImporter {
    private GraphmlImporter() {}

    public static Imported read(Path file) throws InputException {
        String source = file.toString();
        Element root = XmlTree.parse(InputFiles.text(file, "a GraphML file"), source);
        if (!root.name().equals("graphml")) {
            throw new InputException(
                    source, root.line(), root.column(), "expected a <graphml> document, found <" + root.name() + ">");
        }
        Map<String, String> keyNames = new HashMap<>();
        for (Element k : root.children("key")) {
            String id = k.attribute("id");
            if (id != null) {
                String name = k.attribute("attr.name");
                String yfiles = k.attribute("yfiles.type");
                keyNames.put(id, yfiles != null ? yfiles : name == null ? id : name.toLowerCase(Locale.ROOT));
            }
        }
        Element graph = root.child("graph")
                .orElseThrow(() -> new InputException(
                        source, root.line(), root.column(), "expected a <graph> element inside <graphml>"));
        DiagramGraph out = new DiagramGraph(source);
        if ("undirected".equals(graph.attribute("edgedefault"))) {
            out.warn(graph.line(), "the graph is undirected; each edge is read as source depends on target");
        }
        readGraph(graph, source, keyNames, out, null);
        String name = graph.attribute("id");
        Path fn = file.getFileName();
        return out.build(
                name != null && !name.isBlank() && !name.equals("G")
                        ? name
                        : fn == null ? "graph" : fn.toString().replaceFirst("\\.graphml$", ""));
    }

    private static void readGraph(
            Element graph, String source, Map<String, String> keyNames, DiagramGraph out, String layer)
            throws InputException {
        for (Element n : graph.children("node")) {
            String id = n.attribute("id");
            if (id == null || id.isEmpty()) {
                throw new InputException(source, n.line(), n.column(), "a <node> without an id");
            }
            Map<String, Element> data = data(n, keyNames);
            Optional<Element> nested = n.child("graph");
            String label = label(data, "nodelabel");
            if (nested.isPresent()) {
                readGraph(nested.get(), source, keyNames, out, label.isEmpty() ? id : label);
                continue;
            }
            double x = 0;
            double y = 0;
            ModuleKind kind = DiagramGraph.moduleKindOf(text(data.get("kind")));
            Element graphics = data.get("nodegraphics");
            if (graphics != null) {
                Optional<Element> geometry = find(graphics, "Geometry");
                if (geometry.isPresent()) {
                    x = number(geometry.get().attribute("x"));
                    y = number(geometry.get().attribute("y"));
                }
                Optional<Element> shape = find(graphics, "Shape");
                if (kind == null && shape.isPresent()) {
                    kind = shapeKind(shape.get().attribute("type"));
                }
            } else {
                x = number(text(data.get("x")));
                y = number(text(data.get("y")));
            }
            out.node(new DiagramGraph.Node(id, label, kind, x, y, layer, "node " + id));
        }
        for (Element e : graph.children("edge")) {
            String from = e.attribute("source");
            String to = e.attribute("target");
            String at = "line " + e.line() + " (edge "
                    + Optional.ofNullable(e.attribute("id")).orElse("") + ")";
            if (from == null || to == null) {
                throw new InputException(source, e.line(), e.column(), "an <edge> needs a source and a target");
            }
            for (String end : new String[] {from, to}) {
                if (!out.has(end)) {
                    throw new InputException(
                            source,
                            e.line(),
                            e.column(),
                            "edge refers to node '" + end + "', which is not a node here");
                }
            }
            out.edge(from, to, label(data(e, keyNames), "edgelabel"), at);
        }
    }

    /** The node's data elements by key name; yEd's graphics keys by their yfiles type. */
    private static Map<String, Element> data(Element owner, Map<String, String> keyNames) {
        Map<String, Element> out = new HashMap<>();
        for (Element d : owner.children("data")) {
            String key = d.attribute("key");
            out.put(keyNames.getOrDefault(key, key), d);
        }
        return out;
    }

    private static String label(Map<String, Element> data, String yedLabel) {
        for (String graphics : new String[] {"nodegraphics", "edgegraphics"}) {
            Element g = data.get(graphics);
            if (g != null) {
                Optional<Element> l = find(g, yedLabel.equals("nodelabel") ? "NodeLabel" : "EdgeLabel");
                if (l.isPresent()) {
                    return DiagramGraph.plain(l.get().allText());
                }
            }
        }
        for (String k : new String[] {"label", "name"}) {
            if (data.containsKey(k)) {
                return DiagramGraph.plain(text(data.get(k)));
            }
        }
        return "";
    }

    private static Optional<Element> find(Element e, String local) {
        for (Element c : e.children()) {
            if (c.name().equals(local)) {
                return Optional.of(c);
            }
            Optional<Element> deeper = find(c, local);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    private static String text(Element e) {
        return e == null ? null : e.allText().strip();
    }

    private static double number(String s) {
        try {
            double d = s == null ? 0 : Double.parseDouble(s.strip());
            return Double.isFinite(d) ? d : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static ModuleKind shapeKind(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "cylinder" -> ModuleKind.DATABASE;
            case "hexagon", "octagon" -> ModuleKind.SERVICE;
            default -> null;
        };
    }
}
