package io.itplan.core.importer.diagram;

import io.itplan.core.format.InputException;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.importer.Imported;
import io.itplan.core.importer.InputFiles;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.dot.DOTImporter;

/**
 * Reads a Graphviz DOT file with JGraphT's DOT importer (jgrapht-io). Nodes become modules (their {@code label}
 * is the name, {@code pos} the position, a {@code kind} attribute or a {@code cylinder} shape the kind), edges
 * dependencies (an edge {@code label} naming a dependency kind gives the kind). A file with several graphs, as
 * {@code mvn dependency:tree -DoutputType=dot} writes for a reactor, is read graph by graph into one.
 *
 * <p>Two producers get special care, because testers bring their output most:
 *
 * <ul>
 *   <li><b>jdeps</b> ({@code jdeps -dotoutput}): a target is written {@code name (where)}, where is the jar or
 *       JDK module. The suffix is dropped so a class is one module whether it is source or target; targets in the
 *       JDK ({@code java.*}, {@code jdk.*}, {@code javafx.*} modules) and {@code not found} ones are outside the
 *       inputs and left out, counted in one warning.</li>
 *   <li><b>Maven</b> ({@code mvn dependency:tree -DoutputType=dot}): nodes are coordinates
 *       {@code group:artifact:type:version[:scope]}; a module is {@code group:artifact} named by the artifact, and a
 *       dependency reached in {@code test} scope is labelled {@code test}.</li>
 * </ul>
 */
public final class DotImporter {
    private static final Pattern WHERE = Pattern.compile("^(.*\\S)\\s+\\(([^()]+)\\)$");
    private static final Pattern MAVEN =
            Pattern.compile("^([^:\\s]+):([^:\\s]+):[^:\\s]+(:[^:\\s]+)?:[^:\\s]+(:[^:\\s]+)?$");
    private static final Pattern HEADER = Pattern.compile(
            "(?s)^(?:\\s|//[^\\n]*\\n|/\\*.*?\\*/)*(?:strict\\s+)?(?:di)?graph\\s+(\"[^\"]*\"|[\\w.]+)");
    private static final Pattern LOCATED = Pattern.compile("line (\\d+):(\\d+) (.*)", Pattern.DOTALL);

    private DotImporter() {}

    /** A DOT edge and its attributes. */
    private static final class Edge {
        final Map<String, String> attributes = new HashMap<>();
    }

    public static Imported read(Path file) throws InputException {
        String text = InputFiles.text(file, "a DOT file");
        return read(text, file.toString(), graphName(file));
    }

    static Imported read(String text, String source, String name) throws InputException {
        DiagramGraph out = new DiagramGraph(source);
        TreeSet<String> outside = new TreeSet<>();
        int[] outsideCount = {0};
        List<int[]> parts = graphs(text);
        if (parts.isEmpty()) {
            throw new InputException(source, 1, 1, "no graph found; expected 'digraph NAME { ... }'");
        }
        for (int[] part : parts) {
            readOne(text, part, source, out, outside, outsideCount);
        }
        if (outsideCount[0] > 0) {
            out.warn(
                    0,
                    outsideCount[0] + " dependencies on classes outside the inputs left out (in "
                            + String.join(", ", outside.stream().limit(8).toList())
                            + (outside.size() > 8 ? ", ..." : "") + ")");
        }
        return out.build(name);
    }

    private static void readOne(
            String text, int[] part, String source, DiagramGraph out, TreeSet<String> outside, int[] outsideCount)
            throws InputException {
        String chunk = text.substring(part[0], part[1]);
        int lineOffset = part[2];
        Graph<String, Edge> g = new DirectedPseudograph<>(null, Edge::new, false);
        DOTImporter<String, Edge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, String>> nodeAttrs = new LinkedHashMap<>();
        importer.addVertexAttributeConsumer((p, v) ->
                nodeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), v.getValue()));
        importer.addEdgeAttributeConsumer((p, v) -> p.getFirst().attributes.put(p.getSecond(), v.getValue()));
        try {
            importer.importGraph(g, new StringReader(chunk));
        } catch (ImportException e) {
            throw syntaxError(source, lineOffset, e);
        } catch (RuntimeException e) {
            throw new InputException(source, lineOffset + 1, 0, "cannot read the DOT graph: " + e.getMessage());
        }
        Matcher header = HEADER.matcher(chunk);
        String graphId = header.find() ? header.group(1).replaceAll("^\"|\"$", "") : "";
        boolean maven = MAVEN.matcher(graphId).matches()
                && g.vertexSet().stream().allMatch(v -> MAVEN.matcher(v).matches());
        if (maven) {
            // mvn writes one graph per reactor module, named after it; a module without dependencies has no node.
            Matcher m = MAVEN.matcher(graphId);
            m.matches();
            out.put(new DiagramGraph.Node(
                    m.group(1) + ":" + m.group(2),
                    m.group(2),
                    ModuleKind.COMPONENT,
                    0,
                    0,
                    null,
                    "graph " + graphId,
                    false));
        }
        Map<String, String> keyOf = new HashMap<>();
        for (String v : g.vertexSet()) {
            Map<String, String> attrs = nodeAttrs.getOrDefault(v, Map.of());
            String key = v;
            String label = attrs.getOrDefault("label", "");
            String layer = null;
            if (maven) {
                Matcher m = MAVEN.matcher(v);
                m.matches();
                key = m.group(1) + ":" + m.group(2);
                label = m.group(2);
                if (!out.has(key)) {
                    out.node(new DiagramGraph.Node(key, label, ModuleKind.LIBRARY, 0, 0, null, "node " + v, false));
                }
            } else {
                Matcher w = WHERE.matcher(v);
                if (w.matches()) {
                    String where = w.group(2);
                    if (isOutside(where)) {
                        keyOf.put(v, null);
                        outside.add(where);
                        continue;
                    }
                    key = w.group(1);
                }
            }
            keyOf.put(v, key);
            if (out.has(key)) {
                continue;
            }
            double[] pos = position(attrs.get("pos"));
            ModuleKind kind = DiagramGraph.moduleKindOf(attrs.get("kind"));
            if (kind == null && "cylinder".equals(attrs.get("shape"))) {
                kind = ModuleKind.DATABASE;
            }
            String plainLabel = DiagramGraph.plain(label.equals("\\N") ? "" : label);
            out.node(new DiagramGraph.Node(
                    key, plainLabel.isEmpty() ? key : plainLabel, kind, pos[0], pos[1], layer, "node " + v, false));
        }
        for (Edge e : g.edgeSet()) {
            String from = keyOf.get(g.getEdgeSource(e));
            String to = keyOf.get(g.getEdgeTarget(e));
            if (from == null || to == null) {
                outsideCount[0]++;
                continue;
            }
            String label = e.attributes.getOrDefault("label", "");
            if (maven && g.getEdgeTarget(e).endsWith(":test")) {
                label = "test";
            }
            out.edge(from, to, DiagramGraph.plain(label), "edge " + from + " -> " + to);
        }
    }

    private static boolean isOutside(String where) {
        return where.startsWith("java.")
                || where.startsWith("jdk.")
                || where.startsWith("javafx.")
                || where.equals("not found")
                || where.equals("JDK internal API");
    }

    /** Graphviz positions are points with y up; the editor's y goes down. */
    private static double[] position(String pos) {
        if (pos == null) {
            return new double[] {0, 0};
        }
        String[] xy = pos.replace("!", "").split(",");
        try {
            return new double[] {Double.parseDouble(xy[0].strip()), -Double.parseDouble(xy[1].strip())};
        } catch (RuntimeException e) {
            return new double[] {0, 0};
        }
    }

    private static InputException syntaxError(String source, int lineOffset, ImportException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage().replace("Failed to import DOT graph: ", "");
        Matcher m = LOCATED.matcher(msg);
        if (m.find()) {
            return new InputException(
                    source,
                    lineOffset + Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)) + 1,
                    "DOT syntax error: " + m.group(3).replaceAll("\\s+", " ").strip());
        }
        return new InputException(source, lineOffset + 1, 0, "DOT syntax error: " + msg.replaceAll("\\s+", " "));
    }

    /**
     * Where each top-level graph starts and ends, and the number of lines before it: {start, end, lines}.
     * Braces inside quotes and comments do not count.
     */
    static List<int[]> graphs(String text) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int lines = 0;
        int startLines = 0;
        boolean seenBrace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
            } else if (c == '"') {
                for (i++; i < text.length() && text.charAt(i) != '"'; i++) {
                    if (text.charAt(i) == '\\') {
                        i++;
                    } else if (text.charAt(i) == '\n') {
                        lines++;
                    }
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/'
                    || c == '#' && (i == 0 || text.charAt(i - 1) == '\n')) {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                int stop = end < 0 ? text.length() : end + 1;
                for (int k = i; k < stop; k++) {
                    if (text.charAt(k) == '\n') {
                        lines++;
                    }
                }
                i = stop;
            } else if (c == '{') {
                depth++;
                seenBrace = true;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    out.add(new int[] {start, i + 1, startLines});
                    start = i + 1;
                    startLines = lines;
                    seenBrace = false;
                }
            }
        }
        if (depth != 0 || seenBrace || out.isEmpty() && !text.isBlank()) {
            // Unbalanced: let the parser say where, on the whole rest of the text.
            out.add(new int[] {start, text.length(), startLines});
        }
        return out;
    }

    static String graphName(Path file) {
        Path fn = file.getFileName();
        String n = fn == null ? "graph" : fn.toString();
        return n.replaceFirst("\\.(gv|dot)$", "");
    }
}
