package io.itplan.core.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.GraphException;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.graph.Risk;
import io.itplan.core.graph.StandInProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The graph file {@code *.graph.json} (format {@code itplan.graph/1}, DESIGN §5). */
public final class GraphFiles {
    public static final String FORMAT = "itplan.graph/1";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /**
     * The longest text (an id, a name, a label, a command argument) a graph file may hold: the reader refuses
     * longer ones, so importers refuse them too rather than write a file that cannot be read back.
     */
    public static final int MAX_TEXT_LENGTH = StreamReadConstraints.DEFAULT_MAX_STRING_LEN;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_TEXT_LENGTH)
                    .build())
            .build();

    private static final Set<String> TOP_KEYS =
            Set.of("format", "name", "modules", "dependencies", "commands", "settings");
    private static final Set<String> MODULE_KEYS = Set.of(
            "id", "name", "kind", "layer", "tags", "risk", "notes", "x", "y", "pinned", "commands", "stub", "driver");
    private static final Set<String> DEPENDENCY_KEYS =
            Set.of("from", "to", "kind", "weight", "attributes", "methods", "label", "stubbable");
    private static final Set<String> PROVIDER_KEYS = Set.of("start", "ready", "stop");

    private GraphFiles() {}

    /**
     * Reads a graph file. A file in a format itplan imports (DOT, GraphML, a pom...) is refused with a message
     * that says what it is and how to import it.
     */
    public static DependencyGraph read(Path file) throws InputException {
        String text;
        try {
            text = readText(file);
        } catch (InputException e) {
            throw ForeignFormat.explain(file, e);
        }
        try {
            return parse(text, file.toString());
        } catch (InputException e) {
            throw e.detail().startsWith("malformed") ? ForeignFormat.explain(file, e) : e;
        }
    }

    /** A file's UTF-8 text, or one message saying why it cannot be had. */
    static String readText(Path file) throws InputException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(file.toString(), "is not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be read: " + describe(e));
        }
    }

    static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Reads a graph from text.
     *
     * @param source the name used in messages
     */
    public static DependencyGraph parse(String text, String source) throws InputException {
        LocatedTree tree = LocatedTree.parse(FACTORY, text, source);
        Fields f = new Fields(tree);
        JsonNode root = f.object(tree.root(), "", "a graph file");
        checkFormat(f, root, FORMAT, "graph");
        f.onlyKeys(root, "", "the graph", TOP_KEYS);
        DependencyGraph.Builder b = DependencyGraph.builder(f.string(root, "", "name", false));
        List<JsonNode> modules = f.array(root, "", "modules");
        for (int i = 0; i < modules.size(); i++) {
            String at = Fields.child(Fields.child("", "modules"), i);
            Module m = module(f, modules.get(i), at);
            try {
                b.addModule(m);
            } catch (GraphException e) {
                throw f.error(at, e.getMessage());
            }
        }
        List<JsonNode> deps = f.array(root, "", "dependencies");
        for (int i = 0; i < deps.size(); i++) {
            String at = Fields.child(Fields.child("", "dependencies"), i);
            Dependency d = dependency(f, deps.get(i), at);
            try {
                b.addDependency(d);
            } catch (GraphException e) {
                throw f.error(at, e.getMessage());
            }
        }
        f.commands(root, "", "commands").forEach(b::command);
        JsonNode settings = root.get("settings");
        if (settings != null && !settings.isNull()) {
            f.object(settings, "/settings", "'settings'");
            Iterator<String> keys = settings.fieldNames();
            while (keys.hasNext()) {
                String k = keys.next();
                JsonNode v = settings.get(k);
                if (!v.isValueNode() || v.isNull()) {
                    throw f.error(
                            Fields.child("/settings", k), "setting '" + k + "' must be a string, number or boolean");
                }
                b.setting(k, v.asText());
            }
        }
        return b.build();
    }

    /** Refuses a file of another kind, or of a newer version, by name. */
    static void checkFormat(Fields f, JsonNode root, String expected, String what) throws InputException {
        String format = f.string(root, "", "format", true);
        if (format.equals(expected)) {
            return;
        }
        String family = expected.substring(0, expected.indexOf('/') + 1);
        int ours = Integer.parseInt(expected.substring(family.length()));
        String version = format.startsWith(family) ? format.substring(family.length()) : "";
        if (version.matches("\\d{1,9}") && Integer.parseInt(version) > ours) {
            throw f.error(
                    "/format",
                    "format '" + format + "' is a newer " + what + " format than this itplan reads (" + expected
                            + "); update itplan to open it");
        }
        throw f.error(
                "/format", "not an itplan " + what + " file: format is '" + format + "', expected '" + expected + "'");
    }

    private static Module module(Fields f, JsonNode node, String at) throws InputException {
        f.object(node, at, "a module");
        f.onlyKeys(node, at, "a module", MODULE_KEYS);
        String id = f.string(node, at, "id", true);
        if (id.isEmpty()) {
            throw f.error(Fields.child(at, "id"), "a module id must not be empty");
        }
        ModuleKind kind = null;
        String kindKey = f.string(node, at, "kind", false);
        Risk risk = null;
        String riskKey = f.string(node, at, "risk", false);
        try {
            kind = kindKey == null ? null : ModuleKind.fromKey(kindKey);
            risk = riskKey == null ? null : Risk.fromKey(riskKey);
        } catch (IllegalArgumentException e) {
            throw f.error(Fields.child(at, kind == null && kindKey != null ? "kind" : "risk"), e.getMessage());
        }
        Boolean pinned = f.bool(node, at, "pinned");
        return new Module(
                id,
                f.string(node, at, "name", false),
                kind,
                f.string(node, at, "layer", false),
                f.strings(node, at, "tags"),
                risk,
                f.string(node, at, "notes", false),
                f.number(node, at, "x", 0),
                f.number(node, at, "y", 0),
                pinned != null && pinned,
                f.commands(node, at, "commands"),
                provider(f, node, at, "stub"),
                provider(f, node, at, "driver"));
    }

    private static StandInProvider provider(Fields f, JsonNode module, String at, String key) throws InputException {
        JsonNode p = module.get(key);
        if (p == null || p.isNull()) {
            return null;
        }
        String pat = Fields.child(at, key);
        f.object(p, pat, "'" + key + "'");
        f.onlyKeys(p, pat, "'" + key + "'", PROVIDER_KEYS);
        List<String> stop = p.has("stop") ? f.argv(p, pat, "stop") : List.of();
        return new StandInProvider(f.argv(p, pat, "start"), readiness(f, p, pat), stop);
    }

    private static String readiness(Fields f, JsonNode p, String pat) throws InputException {
        JsonNode r = p.get("ready");
        if (r == null || r.isNull()) {
            return null;
        }
        if (r.isIntegralNumber() && r.asInt() > 0 && r.asInt() < 65536) {
            return r.asText();
        }
        if (r.isTextual() && (r.asText().matches("https?://.+") || r.asText().matches("\\d{1,5}"))) {
            return r.asText();
        }
        throw f.error(
                Fields.child(pat, "ready"), "'ready' must be an http:// URL or a TCP port number" + Fields.found(r));
    }

    private static Dependency dependency(Fields f, JsonNode node, String at) throws InputException {
        f.object(node, at, "a dependency");
        f.onlyKeys(node, at, "a dependency", DEPENDENCY_KEYS);
        String from = f.string(node, at, "from", true);
        String to = f.string(node, at, "to", true);
        String kindKey = f.string(node, at, "kind", false);
        DependencyKind kind;
        try {
            kind = kindKey == null ? DependencyKind.USES : DependencyKind.fromKey(kindKey);
        } catch (IllegalArgumentException e) {
            throw f.error(Fields.child(at, "kind"), e.getMessage());
        }
        double weight = f.number(node, at, "weight", 1);
        if (!(weight > 0) || weight > Dependency.MAX_WEIGHT) {
            throw f.error(
                    Fields.child(at, "weight"),
                    "'weight' must be greater than 0 and at most " + (long) Dependency.MAX_WEIGHT);
        }
        Boolean stubbable = f.bool(node, at, "stubbable");
        return new Dependency(
                from,
                to,
                kind,
                weight,
                f.count(node, at, "attributes", 0),
                f.count(node, at, "methods", 0),
                f.string(node, at, "label", false),
                stubbable == null ? kind.stubbableByDefault() : stubbable);
    }

    /** The graph file's text: keys in a fixed order, modules and dependencies sorted, defaults left out. */
    public static String toJson(DependencyGraph graph) {
        return write(tree(graph, false));
    }

    /** Atomically writes the graph file, keeping the previous version as a backup. */
    public static void write(DependencyGraph graph, Path file) throws InputException {
        AtomicFiles.write(file, toJson(graph).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The canonical form the plan's graph digest is taken of: everything that can change a plan (ids,
     * kinds, risks, dependencies, commands) and nothing that cannot (names, notes, positions, settings).
     */
    static String canonical(DependencyGraph graph) {
        try {
            return new ObjectMapper().writeValueAsString(tree(graph, true));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(JsonNode tree) {
        try {
            return JSON.writer().with(new LfPrettyPrinter()).writeValueAsString(tree) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode tree(DependencyGraph graph, boolean canonical) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        if (!canonical) {
            root.put("name", graph.name());
        }
        ArrayNode modules = root.putArray("modules");
        for (Module m : graph.modules()) {
            ObjectNode o = modules.addObject();
            o.put("id", m.id());
            if (!canonical && !m.name().equals(m.id())) {
                o.put("name", m.name());
            }
            o.put("kind", m.kind().key());
            if (!canonical && !m.layer().isEmpty()) {
                o.put("layer", m.layer());
            }
            if (!canonical && !m.tags().isEmpty()) {
                m.tags().forEach(o.putArray("tags")::add);
            }
            if (m.risk() != Risk.MEDIUM) {
                o.put("risk", m.risk().key());
            }
            if (!canonical && !m.notes().isEmpty()) {
                o.put("notes", m.notes());
            }
            if (!canonical && (m.x() != 0 || m.y() != 0)) {
                o.put("x", m.x());
                o.put("y", m.y());
            }
            if (!canonical && m.pinned()) {
                o.put("pinned", true);
            }
            putCommands(o, "commands", m.commands());
            putProvider(o, "stub", m.stub());
            putProvider(o, "driver", m.driver());
        }
        ArrayNode deps = root.putArray("dependencies");
        for (Dependency d : graph.dependencies()) {
            ObjectNode o = deps.addObject();
            o.put("from", d.from());
            o.put("to", d.to());
            o.put("kind", d.kind().key());
            if (d.weight() != 1) {
                o.put("weight", d.weight());
            }
            if (d.attributes() != 0) {
                o.put("attributes", d.attributes());
            }
            if (d.methods() != 0) {
                o.put("methods", d.methods());
            }
            if (!canonical && !d.label().isEmpty()) {
                o.put("label", d.label());
            }
            if (d.stubbable() != d.kind().stubbableByDefault()) {
                o.put("stubbable", d.stubbable());
            }
        }
        putCommands(root, "commands", graph.commands());
        if (!canonical && !graph.settings().isEmpty()) {
            ObjectNode s = root.putObject("settings");
            graph.settings().forEach(s::put);
        }
        return root;
    }

    private static void putCommands(ObjectNode o, String key, Map<String, List<String>> commands) {
        if (commands.isEmpty()) {
            return;
        }
        ObjectNode c = o.putObject(key);
        new java.util.TreeMap<>(commands).forEach((k, argv) -> argv.forEach(c.putArray(k)::add));
    }

    private static void putProvider(ObjectNode o, String key, StandInProvider p) {
        if (p == null) {
            return;
        }
        ObjectNode n = o.putObject(key);
        p.start().forEach(n.putArray("start")::add);
        if (p.ready() != null) {
            n.put("ready", p.ready());
        }
        if (!p.stop().isEmpty()) {
            p.stop().forEach(n.putArray("stop")::add);
        }
    }
}
