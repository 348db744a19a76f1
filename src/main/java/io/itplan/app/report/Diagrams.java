package io.itplan.app.report;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import io.itplan.core.text.XmlText;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The graph as a diagram other tools read, so the picture goes back into wikis and diagram editors: Graphviz
 * DOT, GraphML (yEd's dialect: shapes, labels and positions), and Mermaid. With a plan, each step is a
 * cluster (DOT), a subgraph (Mermaid) or a fill colour with a {@code step} value (GraphML). A graph without
 * positions is laid out first ({@link Drawing}).
 */
public final class Diagrams {
    /** The diagram formats, by the name {@code itplan diagram --to} takes. */
    public static final List<String> FORMATS = List.of("dot", "graphml", "mermaid");

    /** Step colours, one per step in turn: light fills that keep black labels readable. */
    private static final String[] FILLS = {
        "#d3f9d8", "#d0ebff", "#fff3bf", "#ffe3e3", "#e5dbff", "#c3fae8", "#ffe8cc", "#f3d9fa", "#e9fac8", "#dbe4ff"
    };

    private Diagrams() {}

    /**
     * @param format one of {@link #FORMATS}
     * @param plan   a plan of the graph whose steps to show, or null
     */
    public static String of(String format, DependencyGraph graph, IntegrationPlan plan) {
        return switch (format) {
            case "dot" -> dot(graph, plan);
            case "graphml" -> graphml(Drawing.positioned(graph, SvgPicture::estimatedWidth, SvgPicture.HEIGHT), plan);
            case "mermaid" -> mermaid(graph, plan);
            default ->
                throw new IllegalArgumentException(
                        "unknown diagram format '" + format + "', expected one of " + String.join(", ", FORMATS));
        };
    }

    /** The step each module is integrated in, by module id. */
    private static Map<String, Step> stepOf(IntegrationPlan plan) {
        Map<String, Step> out = new HashMap<>();
        if (plan != null) {
            plan.steps().forEach(s -> s.integrate().forEach(id -> out.put(id, s)));
        }
        return out;
    }

    public static String dot(DependencyGraph graph, IntegrationPlan plan) {
        StringBuilder s =
                new StringBuilder("digraph ").append(dotId(graph.name())).append(" {\n");
        s.append("  rankdir=TB;\n  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\"];\n");
        if (plan != null) {
            for (int i = 0; i < plan.steps().size(); i++) {
                Step st = plan.steps().get(i);
                s.append("  subgraph ").append(dotId("cluster_" + st.id())).append(" {\n");
                s.append("    label=")
                        .append(dotId(st.id()))
                        .append("; style=filled; color=\"")
                        .append(FILLS[i % FILLS.length])
                        .append("\";\n");
                for (String id : st.integrate()) {
                    node(s.append("    "), graph.module(id));
                }
                s.append("  }\n");
            }
        } else {
            graph.modules().forEach(m -> node(s.append("  "), m));
        }
        for (Dependency d : graph.dependencies()) {
            s.append("  ")
                    .append(dotId(d.from()))
                    .append(" -> ")
                    .append(dotId(d.to()))
                    .append(" [label=")
                    .append(dotId(d.kind().key()));
            if (!d.stubbable()) {
                s.append(", style=bold");
            }
            s.append("];\n");
        }
        return s.append("}\n").toString();
    }

    private static void node(StringBuilder s, Module m) {
        s.append(dotId(m.id()))
                .append(" [label=")
                .append(dotId(m.name()))
                .append(", kind=")
                .append(dotId(m.kind().key()));
        if (m.kind() == io.itplan.core.graph.ModuleKind.DATABASE) {
            s.append(", shape=cylinder");
        }
        s.append("];\n");
    }

    private static String dotId(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    public static String graphml(DependencyGraph graph, IntegrationPlan plan) {
        Map<String, Step> steps = stepOf(plan);
        Map<String, Integer> stepIndex = new HashMap<>();
        if (plan != null) {
            for (int i = 0; i < plan.steps().size(); i++) {
                stepIndex.put(plan.steps().get(i).id(), i);
            }
        }
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        s.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:y=\"http://www.yworks.com/xml/graphml\" "
                + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                + "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n");
        s.append("  <key for=\"node\" id=\"d0\" yfiles.type=\"nodegraphics\"/>\n");
        s.append("  <key for=\"edge\" id=\"d1\" yfiles.type=\"edgegraphics\"/>\n");
        s.append("  <key attr.name=\"kind\" attr.type=\"string\" for=\"node\" id=\"d2\"/>\n");
        s.append("  <key attr.name=\"step\" attr.type=\"string\" for=\"node\" id=\"d3\"/>\n");
        s.append("  <key attr.name=\"kind\" attr.type=\"string\" for=\"edge\" id=\"d4\"/>\n");
        s.append("  <graph edgedefault=\"directed\" id=\"")
                .append(XmlText.escape(graph.name()))
                .append("\">\n");
        Map<String, String> nodeIds = new HashMap<>();
        for (int i = 0; i < graph.modules().size(); i++) {
            Module m = graph.modules().get(i);
            String id = "n" + i;
            nodeIds.put(m.id(), id);
            Step st = steps.get(m.id());
            String fill =
                    st == null ? "#FFFFFF" : FILLS[stepIndex.get(st.id()) % FILLS.length].toUpperCase(Locale.ROOT);
            s.append("    <node id=\"").append(id).append("\">\n");
            s.append("      <data key=\"d2\">")
                    .append(XmlText.escape(m.kind().key()))
                    .append("</data>\n");
            if (st != null) {
                s.append("      <data key=\"d3\">")
                        .append(XmlText.escape(st.id()))
                        .append("</data>\n");
            }
            s.append("      <data key=\"d0\"><y:ShapeNode>")
                    .append(String.format(
                            Locale.ROOT,
                            "<y:Geometry height=\"%.1f\" width=\"%.1f\" x=\"%.1f\" y=\"%.1f\"/>",
                            SvgPicture.HEIGHT,
                            SvgPicture.estimatedWidth(m),
                            m.x(),
                            m.y()))
                    .append("<y:Fill color=\"")
                    .append(fill)
                    .append("\" transparent=\"false\"/>")
                    .append("<y:BorderStyle color=\"#5C6675\" type=\"line\" width=\"1.0\"/>")
                    .append("<y:NodeLabel>")
                    .append(XmlText.escape(m.name()))
                    .append("</y:NodeLabel>")
                    .append("<y:Shape type=\"")
                    .append(m.kind() == io.itplan.core.graph.ModuleKind.DATABASE ? "cylinder" : "roundrectangle")
                    .append("\"/></y:ShapeNode></data>\n");
            s.append("    </node>\n");
        }
        int e = 0;
        for (Dependency d : graph.dependencies()) {
            s.append("    <edge id=\"e")
                    .append(e++)
                    .append("\" source=\"")
                    .append(nodeIds.get(d.from()))
                    .append("\" target=\"")
                    .append(nodeIds.get(d.to()))
                    .append("\">\n");
            s.append("      <data key=\"d4\">")
                    .append(XmlText.escape(d.kind().key()))
                    .append("</data>\n");
            s.append("      <data key=\"d1\"><y:PolyLineEdge><y:LineStyle color=\"#5C6675\" type=\"")
                    .append(d.stubbable() ? "line" : "line\" width=\"2.5")
                    .append("\"/><y:Arrows source=\"none\" target=\"standard\"/><y:EdgeLabel>")
                    .append(XmlText.escape(d.kind().key()))
                    .append("</y:EdgeLabel></y:PolyLineEdge></data>\n");
            s.append("    </edge>\n");
        }
        return s.append("  </graph>\n</graphml>\n").toString();
    }

    public static String mermaid(DependencyGraph graph, IntegrationPlan plan) {
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < graph.modules().size(); i++) {
            ids.put(graph.modules().get(i).id(), "m" + i);
        }
        StringBuilder s = new StringBuilder("flowchart TD\n");
        if (plan != null) {
            for (int i = 0; i < plan.steps().size(); i++) {
                Step st = plan.steps().get(i);
                s.append("  subgraph s")
                        .append(i)
                        .append("[\"")
                        .append(mermaidText(st.id()))
                        .append("\"]\n");
                st.integrate().forEach(id -> mermaidNode(s.append("    "), graph.module(id), ids));
                s.append("  end\n");
                s.append("  style s")
                        .append(i)
                        .append(" fill:")
                        .append(FILLS[i % FILLS.length])
                        .append('\n');
            }
        } else {
            graph.modules().forEach(m -> mermaidNode(s.append("  "), m, ids));
        }
        for (Dependency d : graph.dependencies()) {
            s.append("  ")
                    .append(ids.get(d.from()))
                    .append(d.stubbable() ? " -->|" : " ==>|")
                    .append(mermaidText(d.kind().key()))
                    .append("| ")
                    .append(ids.get(d.to()))
                    .append('\n');
        }
        return s.toString();
    }

    private static void mermaidNode(StringBuilder s, Module m, Map<String, String> ids) {
        boolean db = m.kind() == io.itplan.core.graph.ModuleKind.DATABASE;
        s.append(ids.get(m.id()))
                .append(db ? "[(\"" : "[\"")
                .append(mermaidText(m.name()))
                .append(db ? "\")]\n" : "\"]\n");
    }

    /** Text inside Mermaid quotes: quotes and markup characters as entity codes, one line. */
    private static String mermaidText(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("#quot;");
                case '<' -> b.append("#lt;");
                case '>' -> b.append("#gt;");
                case '#' -> b.append("#35;");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
