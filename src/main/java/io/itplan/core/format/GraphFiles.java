package io.itplan.core.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.GraphException;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.graph.Risk;
import io.itplan.core.graph.StandInProvider;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
        Reader in;
        try {
            in = InputFiles.open(file);
        } catch (InputException e) {
            throw ForeignFormat.explain(file, e);
        }
        try (in) {
            return parse(in, file.toString());
        } catch (InputException e) {
            throw e.detail().startsWith("malformed") ? ForeignFormat.explain(file, e) : e;
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be read: " + describe(e));
        }
    }

    /** A file's UTF-8 text, or one message saying why it cannot be had. */
    static String readText(Path file) throws InputException {
        InputFiles.requireRegularFile(file);
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
        return parse(InputFiles.withoutByteOrderMark(new StringReader(text)), source);
    }

    /**
     * Reads a graph as a stream: modules and dependencies are taken one at a time, so reading needs memory for the
     * graph, not for the file's text or a tree of it. Errors are reported in the order of the file's fields (format,
     * then unknown fields, then modules, then dependencies), whatever order the file lists them in; a file of
     * another format is refused as soon as its {@code format} is read.
     */
    static DependencyGraph parse(Reader in, String source) throws InputException {
        DependencyGraph.Builder b = DependencyGraph.builder(null);
        Map<String, String> ids = new HashMap<>();
        List<Dependency> deps = new ArrayList<>();
        List<int[]> depStarts = new ArrayList<>();
        Map<String, LocatedTree.Elements> streamed = Map.of(
                "modules",
                (element, i) -> {
                    String at = Fields.child(Fields.child("", "modules"), i);
                    Module m = module(new Fields(element), element.root(), at);
                    ids.put(m.id(), m.id());
                    try {
                        b.addModule(m);
                    } catch (GraphException e) {
                        throw element.error(at, e.getMessage());
                    }
                },
                "dependencies",
                (element, i) -> {
                    String at = Fields.child(Fields.child("", "dependencies"), i);
                    deps.add(dependency(new Fields(element), element.root(), at));
                    // Only where it starts is kept, for a message about it once every module is known.
                    depStarts.add(element.location(at));
                });
        LocatedTree.Streamed read = LocatedTree.parse(FACTORY, in, source, streamed, null, (sofar, key) -> {
            if (key.equals("format")) {
                checkFormat(new Fields(sofar), sofar.root(), FORMAT, "graph");
            }
        });
        LocatedTree tree = read.tree();
        Fields f = new Fields(tree);
        JsonNode root = f.object(tree.root(), "", "a graph file");
        checkFormat(f, root, FORMAT, "graph");
        f.onlyKeys(root, "", "the graph", TOP_KEYS);
        b.name(f.string(root, "", "name", false));
        requireArray(f, root, "modules");
        if (read.elementError("modules") != null) {
            throw read.elementError("modules");
        }
        requireArray(f, root, "dependencies");
        for (int i = 0; i < deps.size(); i++) {
            Dependency d = deps.get(i);
            try {
                b.addDependency(new Dependency(
                        ids.getOrDefault(d.from(), d.from()),
                        ids.getOrDefault(d.to(), d.to()),
                        d.kind(),
                        d.weight(),
                        d.attributes(),
                        d.methods(),
                        d.label(),
                        d.stubbable()));
            } catch (GraphException e) {
                int[] start = depStarts.get(i);
                throw new InputException(source, start[0], start[1], e.getMessage());
            }
        }
        if (read.elementError("dependencies") != null) {
            throw read.elementError("dependencies");
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

    /** {@code modules} and {@code dependencies} may be left out, but not be null: a null list is a broken file. */
    private static void requireArray(Fields f, JsonNode root, String key) throws InputException {
        JsonNode v = root.get(key);
        if (v != null && !v.isArray()) {
            throw f.error(Fields.child("", key), "'" + key + "' must be an array" + Fields.found(v));
        }
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
        if (r.isIntegralNumber() && r.canConvertToInt() && r.asInt() > 0 && r.asInt() < 65536) {
            return r.asText();
        }
        // A port written as a string ("8089") is read as that port number, as many configuration files write it.
        if (r.isTextual() && (r.asText().matches("https?://.+") || isPort(r.asText()))) {
            return r.asText();
        }
        throw f.error(
                Fields.child(pat, "ready"),
                "'ready' must be an http:// URL or a TCP port number from 1 to 65535"
                        + (r.isTextual() || r.isNumber() ? ", found " + r : Fields.found(r)));
    }

    /** Whether a text is a TCP port number, 1 to 65535. */
    public static boolean isPort(String text) {
        return text.matches("[1-9]\\d{0,4}") && Integer.parseInt(text) <= 65535;
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
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(new LfPrettyPrinter());
            write(g, graph, false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.append('\n').toString();
    }

    /** Atomically writes the graph file, keeping the previous version as a backup. */
    public static void write(DependencyGraph graph, Path file) throws InputException {
        AtomicFiles.write(file, toJson(graph).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the canonical form the plan's graph digest is taken of, compact, as UTF-8: everything that can change a
     * plan (ids, kinds, risks, dependencies, commands) and nothing that cannot (names, notes, positions, settings).
     */
    static void writeCanonical(DependencyGraph graph, java.io.OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            write(g, graph, true);
        }
    }

    /** The canonical form as text (see {@link #writeCanonical}). */
    static String canonical(DependencyGraph graph) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            writeCanonical(graph, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The graph as a stream of JSON tokens, in the order and with the defaults left out that the file keeps. */
    private static void write(JsonGenerator g, DependencyGraph graph, boolean canonical) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        if (!canonical) {
            g.writeStringField("name", graph.name());
        }
        g.writeArrayFieldStart("modules");
        for (Module m : graph.modules()) {
            g.writeStartObject();
            g.writeStringField("id", m.id());
            if (!canonical && !m.name().equals(m.id())) {
                g.writeStringField("name", m.name());
            }
            g.writeStringField("kind", m.kind().key());
            if (!canonical && !m.layer().isEmpty()) {
                g.writeStringField("layer", m.layer());
            }
            if (!canonical && !m.tags().isEmpty()) {
                writeStrings(g, "tags", m.tags());
            }
            if (m.risk() != Risk.MEDIUM) {
                g.writeStringField("risk", m.risk().key());
            }
            if (!canonical && !m.notes().isEmpty()) {
                g.writeStringField("notes", m.notes());
            }
            if (!canonical && (m.x() != 0 || m.y() != 0)) {
                g.writeNumberField("x", m.x());
                g.writeNumberField("y", m.y());
            }
            if (!canonical && m.pinned()) {
                g.writeBooleanField("pinned", true);
            }
            writeCommands(g, "commands", m.commands());
            writeProvider(g, "stub", m.stub());
            writeProvider(g, "driver", m.driver());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("dependencies");
        for (Dependency d : graph.dependencies()) {
            g.writeStartObject();
            g.writeStringField("from", d.from());
            g.writeStringField("to", d.to());
            g.writeStringField("kind", d.kind().key());
            if (d.weight() != 1) {
                g.writeNumberField("weight", d.weight());
            }
            if (d.attributes() != 0) {
                g.writeNumberField("attributes", d.attributes());
            }
            if (d.methods() != 0) {
                g.writeNumberField("methods", d.methods());
            }
            if (!canonical && !d.label().isEmpty()) {
                g.writeStringField("label", d.label());
            }
            if (d.stubbable() != d.kind().stubbableByDefault()) {
                g.writeBooleanField("stubbable", d.stubbable());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        writeCommands(g, "commands", graph.commands());
        if (!canonical && !graph.settings().isEmpty()) {
            g.writeObjectFieldStart("settings");
            for (Map.Entry<String, String> e : graph.settings().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String key, List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void writeCommands(JsonGenerator g, String key, Map<String, List<String>> commands)
            throws IOException {
        if (commands.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart(key);
        for (Map.Entry<String, List<String>> e : new java.util.TreeMap<>(commands).entrySet()) {
            writeStrings(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void writeProvider(JsonGenerator g, String key, StandInProvider p) throws IOException {
        if (p == null) {
            return;
        }
        g.writeObjectFieldStart(key);
        writeStrings(g, "start", p.start());
        if (p.ready() != null) {
            g.writeStringField("ready", p.ready());
        }
        if (!p.stop().isEmpty()) {
            writeStrings(g, "stop", p.stop());
        }
        g.writeEndObject();
    }
}
