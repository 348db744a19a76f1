package io.itplan.core.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.itplan.core.graph.StandInProvider;
import io.itplan.core.plan.CycleBreaking;
import io.itplan.core.plan.DependencyRef;
import io.itplan.core.plan.Execution;
import io.itplan.core.plan.GraphRef;
import io.itplan.core.plan.IdTable;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Metrics;
import io.itplan.core.plan.Role;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import io.itplan.core.plan.StrategyRef;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan file {@code *.plan.json}, or {@code *.plan.yaml} (DESIGN §5): keys in a fixed order and arrays
 * sorted, so plans diff cleanly. Reading checks the format version, then the JSON Schema.
 */
public final class PlanFiles {
    private static final ObjectMapper JSON = GraphFiles.JSON;
    private static final YAMLFactory YAML_FACTORY = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .loaderOptions(loaderOptions())
            .build();
    private static final ObjectMapper YAML = new ObjectMapper(YAML_FACTORY);

    private PlanFiles() {}

    /** No limit on a YAML plan's size: its lines are bounded instead ({@link InputLimits}), which keeps reading linear. */
    private static org.yaml.snakeyaml.LoaderOptions loaderOptions() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return options;
    }

    /** Whether a path names a YAML plan ({@code .yaml} or {@code .yml}). */
    public static boolean isYaml(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    public static IntegrationPlan read(Path file) throws InputException {
        try (Reader in = InputFiles.open(file)) {
            return parse(in, file.toString(), isYaml(file));
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be read: " + GraphFiles.describe(e));
        }
    }

    /**
     * @throws InvalidPlanException when the plan breaks the schema (every violation listed)
     * @throws InputException       when it is not a plan of a format this version reads
     */
    public static IntegrationPlan parse(String text, String source, boolean yaml) throws InputException {
        return parse(InputFiles.withoutByteOrderMark(new java.io.StringReader(text)), source, yaml);
    }

    /**
     * Reads a plan as a stream: each step is checked against the schema and kept as soon as it is read, so reading
     * needs memory for the plan, not for its text or a tree of it. Ids in the long lists of a step are the plan's own
     * strings, shared, not one copy per mention.
     */
    static IntegrationPlan parse(Reader in, String source, boolean yaml) throws InputException {
        JsonFactory factory = yaml ? YAML_FACTORY : JSON.getFactory();
        List<Step> steps = new ArrayList<>();
        List<InputException> stepViolations = new ArrayList<>();
        IdTable shared = new IdTable();
        Map<String, LocatedTree.Elements> streamed = Map.of("steps", (element, i) -> {
            List<PlanSchema.Violation> violations = PlanSchema.validateStep(element.root(), i, PlanSchema.RESOURCE);
            for (PlanSchema.Violation v : violations) {
                stepViolations.add(element.error(v.pointer(), v.pointer() + ": " + v.message()));
            }
            if (stepViolations.isEmpty()) {
                steps.add(step(element, shared));
            }
        });
        LocatedTree.Streamed read = LocatedTree.parse(
                factory, yaml ? InputLimits.yamlLines(in) : in, source, streamed, idLists(shared), (sofar, key) -> {
                    if (key.equals("format")) {
                        JsonNode format = sofar.root().get("format");
                        if (!format.isTextual() || !format.asText().equals(IntegrationPlan.FORMAT_V1)) {
                            GraphFiles.checkFormat(new Fields(sofar), sofar.root(), IntegrationPlan.FORMAT, "plan");
                        }
                    }
                });
        LocatedTree tree = read.tree();
        Fields f = new Fields(tree);
        JsonNode root = f.object(tree.root(), "", "a plan file");
        boolean v1 =
                root.path("format").isTextual() && root.get("format").asText().equals(IntegrationPlan.FORMAT_V1);
        if (!v1) {
            GraphFiles.checkFormat(f, root, IntegrationPlan.FORMAT, "plan");
        }
        String resource = v1 ? PlanSchema.RESOURCE_V1 : PlanSchema.RESOURCE;
        List<PlanSchema.Violation> violations = new ArrayList<>(PlanSchema.validateFrame(root, resource));
        if (!violations.isEmpty() || !stepViolations.isEmpty()) {
            List<InputException> located = new ArrayList<>(stepViolations);
            for (PlanSchema.Violation v : violations) {
                String where = v.pointer().isEmpty() ? "the plan" : v.pointer();
                located.add(tree.error(v.pointer(), where + ": " + v.message()));
            }
            // In the order of where they are, as one validation of the whole plan lists them.
            located.sort(java.util.Comparator.comparing((InputException e) -> pointerOf(e.detail()))
                    .thenComparing(InputException::detail));
            throw new InvalidPlanException(located);
        }
        return fromTree(root, v1, steps);
    }

    private static String pointerOf(String detail) {
        return detail.startsWith("the plan: ") ? "" : detail.substring(0, Math.max(0, detail.indexOf(": ")));
    }

    /** The lists of ids in a step, numbered in the plan's table as they are read. */
    private static final java.util.Set<String> ID_LISTS = java.util.Set.of("after", "stubs", "drivers");

    /**
     * Numbers the step's lists of ids that keep to the id pattern as they are read. The schema says nothing else of
     * them, so it sees them empty, and a parallel plan's steps name millions of stand-ins between them.
     */
    private static LocatedTree.IdLists idLists(IdTable shared) {
        return new LocatedTree.IdLists() {
            @Override
            public boolean holdsIds(String key) {
                return ID_LISTS.contains(key);
            }

            @Override
            public int number(char[] chars, int offset, int length, int previous) {
                int n = shared.find(chars, offset, length, previous);
                if (n >= 0) {
                    return n;
                }
                String id = new String(chars, offset, length);
                return PlanSchema.idPattern().matcher(id).matches() ? shared.number(id) : -1;
            }

            @Override
            public String id(int number) {
                return shared.id(number);
            }
        };
    }

    private static Step step(LocatedTree element, IdTable shared) {
        JsonNode st = element.root();
        List<List<String>> run = new ArrayList<>();
        st.get("run").forEach(r -> run.add(strings(r)));
        return new Step(
                st.get("id").asText(),
                st.get("name").asText(),
                ids(element, "after", shared),
                strings(st.get("integrate")),
                ids(element, "stubs", shared),
                ids(element, "drivers", shared),
                refs(st.get("tests")),
                run,
                execution(st.get("execution")));
    }

    /** A step's list of ids, by the numbers they were given as they were read. */
    private static List<String> ids(LocatedTree element, String key, IdTable shared) {
        return shared.list(element.ids(key));
    }

    private static IntegrationPlan fromTree(JsonNode root, boolean v1, List<Step> steps) {
        JsonNode g = root.get("graph");
        JsonNode s = root.get("strategy");
        Map<String, Object> options = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = s.get("options").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            options.put(
                    e.getKey(),
                    v.isBoolean()
                            ? (Object) v.asBoolean()
                            : v.isIntegralNumber()
                                    ? (Object) v.asLong()
                                    : v.isNumber() ? (Object) v.asDouble() : v.asText());
        }
        JsonNode m = root.get("metrics");
        Metrics metrics = new Metrics(
                m.get("steps").asInt(),
                m.get("depth").asInt(),
                m.get("width").asInt(),
                m.get("specificStubs").asInt(),
                m.get("genericStubs").asInt(),
                m.get("stubCost").asDouble(),
                m.get("attributeCoupling").asLong(),
                m.get("methodCoupling").asLong(),
                m.get("ocplx").asDouble(),
                m.get("specificDrivers").asInt(),
                m.get("genericDrivers").asInt());
        JsonNode c = root.get("cycleBreaking");
        CycleBreaking cb = new CycleBreaking(
                c.get("policy").asText(),
                c.get("objective").asText(),
                refs(c.get("brokenDependencies")),
                c.get("optimal").asBoolean(),
                c.get("lowerBound").asDouble(),
                c.has("algorithm") ? c.get("algorithm").asText() : "exact");
        List<StandIn> doubles = new ArrayList<>();
        for (JsonNode d : root.get("doubles")) {
            JsonNode p = d.get("provider");
            StandInProvider provider = p == null
                    ? null
                    : new StandInProvider(
                            strings(p.get("start")),
                            p.has("ready") ? p.get("ready").asText() : null,
                            strings(p.get("stop")));
            doubles.add(new StandIn(
                    d.get("id").asText(),
                    Role.fromKey(d.get("role").asText()),
                    d.get(v1 ? "replaces" : "of").asText(),
                    strings(d.get("for")),
                    provider));
        }
        return new IntegrationPlan(
                new GraphRef(
                        g.get("name").asText(),
                        g.get("digest").asText(),
                        g.has("file") ? g.get("file").asText() : null),
                new StrategyRef(s.get("name").asText(), options),
                metrics,
                cb,
                root.get("maxParallel").asInt(),
                execution(root.get("defaults")),
                doubles,
                steps);
    }

    private static Execution execution(JsonNode e) {
        if (e == null) {
            return null;
        }
        Map<String, String> env = null;
        if (e.has("env")) {
            env = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = e.get("env").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> kv = it.next();
                env.put(kv.getKey(), kv.getValue().asText());
            }
        }
        return new Execution(env, text(e, "workingDirectory"), text(e, "timeout"), text(e, "onFailure"));
    }

    private static String text(JsonNode o, String key) {
        return o.has(key) ? o.get(key).asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static List<DependencyRef> refs(JsonNode array) {
        List<DependencyRef> out = new ArrayList<>();
        array.forEach(n ->
                out.add(new DependencyRef(n.get("from").asText(), n.get("to").asText())));
        return out;
    }

    public static String toJson(IntegrationPlan plan) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        writeJson(plan, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    public static String toYaml(IntegrationPlan plan) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            writeYaml(plan, out, "the plan");
        } catch (InputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The plan as JSON, streamed: the same bytes as {@link #toJson}, never held whole. */
    public static void writeJson(IntegrationPlan plan, java.io.OutputStream out) {
        try {
            writeJsonTo(plan, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The plan as JSON, streamed to a writer (the console): the same text as {@link #toJson}. */
    public static void writeJson(IntegrationPlan plan, java.io.Writer out) {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new LfPrettyPrinter());
            writePlan(g, plan, false);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeJsonTo(IntegrationPlan plan, java.io.OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new LfPrettyPrinter());
            writePlan(g, plan, false);
            g.writeRaw('\n');
        }
    }

    /**
     * The plan as YAML, streamed.
     *
     * @throws InputException when a value is too long for a line of a YAML file itplan reads back ({@link
     *     InputLimits#MAX_YAML_LINE}); nothing is written then but what came before
     */
    static void writeYaml(IntegrationPlan plan, java.io.OutputStream out, String target) throws InputException {
        try (JsonGenerator g = YAML_FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writePlan(g, plan, true);
        } catch (TooLongForYaml e) {
            throw new InputException(
                    target,
                    String.format(
                            Locale.ROOT,
                            "a value of the plan is longer than a YAML line may be (%,d characters); write the plan"
                                    + " as .plan.json",
                            InputLimits.MAX_YAML_LINE));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class TooLongForYaml extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** The plan's tokens in the order of DESIGN §5. */
    private static void writePlan(JsonGenerator g, IntegrationPlan plan, boolean yaml) throws IOException {
        Text t = yaml
                ? (gen, s) -> {
                    if (InputLimits.tooLongForYaml(s)) {
                        throw new TooLongForYaml();
                    }
                    gen.writeString(s);
                }
                : JsonGenerator::writeString;
        g.writeStartObject();
        g.writeFieldName("format");
        t.write(g, IntegrationPlan.FORMAT);
        g.writeObjectFieldStart("graph");
        g.writeFieldName("name");
        t.write(g, plan.graph().name());
        g.writeFieldName("digest");
        t.write(g, plan.graph().digest());
        if (plan.graph().file() != null) {
            g.writeFieldName("file");
            t.write(g, plan.graph().file());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("strategy");
        g.writeFieldName("name");
        t.write(g, plan.strategy().name());
        g.writeObjectFieldStart("options");
        for (Map.Entry<String, Object> o : plan.strategy().options().entrySet()) {
            g.writeFieldName(o.getKey());
            if (o.getValue() instanceof String text) {
                t.write(g, text);
            } else {
                g.writeObject(o.getValue());
            }
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("metrics");
        for (String k : Metrics.KEYS) {
            Number v = plan.metrics().value(k);
            g.writeFieldName(k);
            if (v instanceof Double d) {
                g.writeNumber(Metrics.round(d));
            } else {
                g.writeNumber(v.longValue());
            }
        }
        g.writeEndObject();
        g.writeObjectFieldStart("cycleBreaking");
        g.writeFieldName("policy");
        t.write(g, plan.cycleBreaking().policy());
        g.writeFieldName("objective");
        t.write(g, plan.cycleBreaking().objective());
        writeRefs(g, t, "brokenDependencies", plan.cycleBreaking().brokenDependencies());
        g.writeBooleanField("optimal", plan.cycleBreaking().optimal());
        g.writeNumberField("lowerBound", Metrics.round(plan.cycleBreaking().lowerBound()));
        if (!"exact".equals(plan.cycleBreaking().algorithm())) {
            g.writeFieldName("algorithm");
            t.write(g, plan.cycleBreaking().algorithm());
        }
        g.writeEndObject();
        g.writeNumberField("maxParallel", plan.maxParallel());
        g.writeFieldName("defaults");
        writeExecution(g, t, plan.defaults() == null ? Execution.DEFAULTS : plan.defaults());
        g.writeArrayFieldStart("doubles");
        for (StandIn d : plan.doubles()) {
            g.writeStartObject();
            g.writeFieldName("id");
            t.write(g, d.id());
            g.writeFieldName("role");
            t.write(g, d.role().key());
            g.writeFieldName("of");
            t.write(g, d.of());
            writeStrings(g, t, "for", d.forModules());
            if (d.provider() != null) {
                g.writeObjectFieldStart("provider");
                writeStrings(g, t, "start", d.provider().start());
                if (d.provider().ready() != null) {
                    g.writeFieldName("ready");
                    t.write(g, d.provider().ready());
                }
                if (!d.provider().stop().isEmpty()) {
                    writeStrings(g, t, "stop", d.provider().stop());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("steps");
        for (Step st : plan.steps()) {
            g.writeStartObject();
            g.writeFieldName("id");
            t.write(g, st.id());
            g.writeFieldName("name");
            t.write(g, st.name());
            writeStrings(g, t, "after", st.after());
            writeStrings(g, t, "integrate", st.integrate());
            writeStrings(g, t, "stubs", st.stubs());
            writeStrings(g, t, "drivers", st.drivers());
            writeRefs(g, t, "tests", st.tests());
            g.writeArrayFieldStart("run");
            for (List<String> argv : st.run()) {
                writeStrings(g, t, null, argv);
            }
            g.writeEndArray();
            if (st.execution() != null) {
                g.writeFieldName("execution");
                writeExecution(g, t, st.execution());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes one string value; for YAML it first makes sure the value can be read back. */
    private interface Text {
        void write(JsonGenerator g, String text) throws IOException;
    }

    /**
     * A list of texts, the value of {@code key} or, with a null key, an item of the list being written; in JSON
     * several to a line (YAML lays lists out its own way).
     */
    private static void writeStrings(JsonGenerator g, Text t, String key, List<String> values) throws IOException {
        if (g.getPrettyPrinter() instanceof LfPrettyPrinter p) {
            p.wrapNext(key, values);
        }
        if (key != null) {
            g.writeFieldName(key);
        }
        g.writeStartArray();
        for (String v : values) {
            t.write(g, v);
        }
        g.writeEndArray();
    }

    private static void writeRefs(JsonGenerator g, Text t, String key, List<DependencyRef> refs) throws IOException {
        g.writeArrayFieldStart(key);
        for (DependencyRef r : refs) {
            g.writeStartObject();
            g.writeFieldName("from");
            t.write(g, r.from());
            g.writeFieldName("to");
            t.write(g, r.to());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeExecution(JsonGenerator g, Text t, Execution e) throws IOException {
        g.writeStartObject();
        if (e.env() != null) {
            g.writeObjectFieldStart("env");
            for (Map.Entry<String, String> kv : e.env().entrySet()) {
                g.writeFieldName(kv.getKey());
                t.write(g, kv.getValue());
            }
            g.writeEndObject();
        }
        for (String[] kv : new String[][] {
            {"workingDirectory", e.workingDirectory()}, {"timeout", e.timeout()}, {"onFailure", e.onFailure()}
        }) {
            if (kv[1] != null) {
                g.writeFieldName(kv[0]);
                t.write(g, kv[1]);
            }
        }
        g.writeEndObject();
    }

    /**
     * Atomically writes the plan, recording where its graph file is relative to the plan's folder, so that {@code
     * run}, {@code check} and {@code export} find it first there.
     *
     * @param graphFile the graph file the plan was made from, or null when it has none
     */
    public static void write(IntegrationPlan plan, Path file, Path graphFile) throws InputException {
        write(graphFile == null ? plan : plan.withGraphFile(relative(file, graphFile)), file);
    }

    /** {@code graphFile} as seen from the folder of {@code planFile}, with forward slashes on every system. */
    static String relative(Path planFile, Path graphFile) {
        Path folder = planFile.toAbsolutePath().normalize().getParent();
        Path graph = graphFile.toAbsolutePath().normalize();
        Path rel = folder == null ? graph : folder.relativize(graph);
        return rel.toString().replace(java.io.File.separatorChar, '/');
    }

    /** Atomically writes the plan as JSON, or as YAML when the name ends in {@code .yaml}/{@code .yml}. */
    public static void write(IntegrationPlan plan, Path file) throws InputException {
        // Streamed into the file: a parallel plan of a large graph is hundreds of megabytes of text.
        AtomicFiles.write(file, out -> {
            if (isYaml(file)) {
                try {
                    writeYaml(plan, out, file.toString());
                } catch (InputException e) {
                    throw new YamlRefused(e);
                }
            } else {
                writeJsonTo(plan, out);
            }
        });
    }

    /** Carries a refusal out of a streamed write, which may only fail with an {@link IOException}. */
    private static final class YamlRefused extends IOException {
        private static final long serialVersionUID = 1L;

        YamlRefused(InputException e) {
            super(e.detail(), e);
        }
    }
}
