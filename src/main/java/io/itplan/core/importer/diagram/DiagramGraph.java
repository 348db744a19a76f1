package io.itplan.core.importer.diagram;

import io.itplan.core.format.InputException;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.importer.Imported;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the diagram importers share: boxes become modules and arrows dependencies. A module's id is its label
 * when no other box has the same label (so plans and commands read as the diagram does), else the diagram's own
 * node id; positions are kept. An arrow labelled with a dependency kind ({@code uses}, {@code inheritance},
 * {@code call}...) gets that kind, any other label is kept as the dependency's label and the kind is
 * {@code uses}. Self-loops and repeated arrows are accepted with a warning naming where they are.
 */
final class DiagramGraph {
    /** A box: the diagram's id for it, its label, its kind, its position and where it is in the file. */
    record Node(
            String key, String label, ModuleKind kind, double x, double y, String layer, String at, boolean labelAsId) {
        /** A box whose label may become its module id (diagrams whose own ids mean nothing to a reader). */
        Node(String key, String label, ModuleKind kind, double x, double y, String layer, String at) {
            this(key, label, kind, x, y, layer, at, true);
        }
    }

    private final String source;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<String[]> edges = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    DiagramGraph(String source) {
        this.source = source;
    }

    boolean has(String key) {
        return nodes.containsKey(key);
    }

    void node(Node n) {
        nodes.putIfAbsent(n.key(), n);
    }

    /** Adds a box, or replaces the one with the same key. */
    void put(Node n) {
        nodes.put(n.key(), n);
    }

    /** An arrow {@code from -> to}; {@code at} says where it is ("line 12" or "edge e4"). */
    void edge(String from, String to, String label, String at) {
        edges.add(new String[] {from, to, label == null ? "" : label, at});
    }

    void warn(int line, String detail) {
        warnings.add(Imported.warning(source, line, 0, detail));
    }

    Imported build(String name) throws InputException {
        Map<String, Integer> labelUses = new HashMap<>();
        nodes.values().forEach(n -> labelUses.merge(n.label(), 1, Integer::sum));
        Map<String, String> ids = new HashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Node n : nodes.values()) {
            boolean byLabel = n.labelAsId()
                    && !n.label().isEmpty()
                    && labelUses.get(n.label()) == 1
                    && !nodes.containsKey(n.label());
            ids.put(n.key(), byLabel ? n.label() : n.key());
        }
        DependencyGraph.Builder b = DependencyGraph.builder(name);
        for (Node n : nodes.values()) {
            String id = ids.get(n.key());
            if (!taken.add(id)) {
                id = n.key();
                ids.put(n.key(), id);
                taken.add(id);
            }
            Imported.checkLength(id, "module id", source, 0, 0);
            b.addModule(new Module(
                    id,
                    n.label().isEmpty() ? id : n.label(),
                    n.kind(),
                    n.layer(),
                    null,
                    null,
                    null,
                    n.x(),
                    n.y(),
                    false,
                    null,
                    null,
                    null));
        }
        java.util.Set<List<String>> seen = new java.util.HashSet<>();
        List<String> loops = new ArrayList<>();
        for (String[] e : edges) {
            String from = ids.get(e[0]);
            String to = ids.get(e[1]);
            if (from.equals(to)) {
                loops.add(e[3]);
                continue;
            }
            DependencyKind kind = kindOf(e[2]);
            String label = kind == null ? e[2] : "";
            kind = kind == null ? DependencyKind.USES : kind;
            if (!seen.add(List.of(from, to, kind.key()))) {
                warnings.add(Imported.warning(
                        source, 0, 0, e[3] + ": a second " + kind.key() + " arrow " + from + " -> " + to + ", merged"));
                continue;
            }
            b.addDependency(new Dependency(from, to, kind, 1, 0, 0, label, kind.stubbableByDefault()));
        }
        if (!loops.isEmpty()) {
            warnings.add(Imported.warning(
                    source,
                    0,
                    0,
                    loops.size() + " self-loop(s) left out: "
                            + String.join(", ", loops.subList(0, Math.min(3, loops.size())))
                            + (loops.size() > 3 ? ", ..." : "")));
        }
        return new Imported(b.build(), warnings);
    }

    /** The dependency kind a label names, or null. */
    static DependencyKind kindOf(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        for (DependencyKind k : DependencyKind.values()) {
            if (k.key().equals(l)) {
                return k;
            }
        }
        return switch (l) {
            case "extends", "implements", "inherits" -> DependencyKind.INHERITANCE;
            case "owns", "contains" -> DependencyKind.COMPOSITION;
            default -> null;
        };
    }

    /** The module kind a word names ({@code database}, {@code queue}...), or null. */
    static ModuleKind moduleKindOf(String word) {
        try {
            return word == null ? null : ModuleKind.fromKey(word.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A label as one line: markup removed (draw.io and yEd allow HTML labels), spaces collapsed. */
    static String plain(String label) {
        if (label == null) {
            return "";
        }
        String s = label.replaceAll("(?i)<br\\s*/?>|</div>|</p>", " ")
                .replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        return s.replaceAll("\\s+", " ").strip();
    }
}
