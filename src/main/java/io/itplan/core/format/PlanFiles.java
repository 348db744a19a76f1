package io.itplan.core.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.itplan.core.graph.StandInProvider;
import io.itplan.core.plan.CycleBreaking;
import io.itplan.core.plan.DependencyRef;
import io.itplan.core.plan.Execution;
import io.itplan.core.plan.GraphRef;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Metrics;
import io.itplan.core.plan.Role;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import io.itplan.core.plan.StrategyRef;
import java.io.IOException;
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
            .build();
    private static final ObjectMapper YAML = new ObjectMapper(YAML_FACTORY);

    private PlanFiles() {}

    /** Whether a path names a YAML plan ({@code .yaml} or {@code .yml}). */
    public static boolean isYaml(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    public static IntegrationPlan read(Path file) throws InputException {
        return parse(GraphFiles.readText(file), file.toString(), isYaml(file));
    }

    /**
     * @throws InvalidPlanException when the plan breaks the schema (every violation listed)
     * @throws InputException       when it is not a plan of a format this version reads
     */
    public static IntegrationPlan parse(String text, String source, boolean yaml) throws InputException {
        JsonFactory factory = yaml ? YAML_FACTORY : JSON.getFactory();
        LocatedTree tree = LocatedTree.parse(factory, text, source);
        Fields f = new Fields(tree);
        JsonNode root = f.object(tree.root(), "", "a plan file");
        boolean v1 =
                root.path("format").isTextual() && root.get("format").asText().equals(IntegrationPlan.FORMAT_V1);
        if (!v1) {
            GraphFiles.checkFormat(f, root, IntegrationPlan.FORMAT, "plan");
        }
        List<PlanSchema.Violation> violations =
                PlanSchema.validate(root, v1 ? PlanSchema.RESOURCE_V1 : PlanSchema.RESOURCE);
        if (!violations.isEmpty()) {
            List<InputException> located = new ArrayList<>();
            for (PlanSchema.Violation v : violations) {
                String where = v.pointer().isEmpty() ? "the plan" : v.pointer();
                located.add(tree.error(v.pointer(), where + ": " + v.message()));
            }
            throw new InvalidPlanException(located);
        }
        return fromTree(root, v1);
    }

    private static IntegrationPlan fromTree(JsonNode root, boolean v1) {
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
        List<Step> steps = new ArrayList<>();
        for (JsonNode st : root.get("steps")) {
            List<List<String>> run = new ArrayList<>();
            st.get("run").forEach(r -> run.add(strings(r)));
            steps.add(new Step(
                    st.get("id").asText(),
                    st.get("name").asText(),
                    strings(st.get("after")),
                    strings(st.get("integrate")),
                    strings(st.get("stubs")),
                    strings(st.get("drivers")),
                    refs(st.get("tests")),
                    run,
                    execution(st.get("execution"))));
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

    /** The plan as a tree, keys in the order of DESIGN §5. */
    public static ObjectNode toTree(IntegrationPlan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", IntegrationPlan.FORMAT);
        ObjectNode g = root.putObject("graph");
        g.put("name", plan.graph().name());
        g.put("digest", plan.graph().digest());
        if (plan.graph().file() != null) {
            g.put("file", plan.graph().file());
        }
        ObjectNode s = root.putObject("strategy");
        s.put("name", plan.strategy().name());
        ObjectNode o = s.putObject("options");
        plan.strategy().options().forEach((k, v) -> o.set(k, JSON.valueToTree(v)));
        ObjectNode m = root.putObject("metrics");
        for (String k : Metrics.KEYS) {
            Number v = plan.metrics().value(k);
            if (v instanceof Double d) {
                m.put(k, Metrics.round(d));
            } else {
                m.put(k, v.longValue());
            }
        }
        ObjectNode c = root.putObject("cycleBreaking");
        c.put("policy", plan.cycleBreaking().policy());
        c.put("objective", plan.cycleBreaking().objective());
        putRefs(c.putArray("brokenDependencies"), plan.cycleBreaking().brokenDependencies());
        c.put("optimal", plan.cycleBreaking().optimal());
        c.put("lowerBound", Metrics.round(plan.cycleBreaking().lowerBound()));
        if (!"exact".equals(plan.cycleBreaking().algorithm())) {
            c.put("algorithm", plan.cycleBreaking().algorithm());
        }
        root.put("maxParallel", plan.maxParallel());
        putExecution(root.putObject("defaults"), plan.defaults() == null ? Execution.DEFAULTS : plan.defaults());
        ArrayNode doubles = root.putArray("doubles");
        for (StandIn d : plan.doubles()) {
            ObjectNode n = doubles.addObject();
            n.put("id", d.id());
            n.put("role", d.role().key());
            n.put("of", d.of());
            d.forModules().forEach(n.putArray("for")::add);
            if (d.provider() != null) {
                ObjectNode p = n.putObject("provider");
                d.provider().start().forEach(p.putArray("start")::add);
                if (d.provider().ready() != null) {
                    p.put("ready", d.provider().ready());
                }
                if (!d.provider().stop().isEmpty()) {
                    d.provider().stop().forEach(p.putArray("stop")::add);
                }
            }
        }
        ArrayNode steps = root.putArray("steps");
        for (Step st : plan.steps()) {
            ObjectNode n = steps.addObject();
            n.put("id", st.id());
            n.put("name", st.name());
            st.after().forEach(n.putArray("after")::add);
            st.integrate().forEach(n.putArray("integrate")::add);
            st.stubs().forEach(n.putArray("stubs")::add);
            st.drivers().forEach(n.putArray("drivers")::add);
            putRefs(n.putArray("tests"), st.tests());
            ArrayNode run = n.putArray("run");
            st.run().forEach(argv -> argv.forEach(run.addArray()::add));
            if (st.execution() != null) {
                putExecution(n.putObject("execution"), st.execution());
            }
        }
        return root;
    }

    private static void putRefs(ArrayNode a, List<DependencyRef> refs) {
        for (DependencyRef r : refs) {
            ObjectNode n = a.addObject();
            n.put("from", r.from());
            n.put("to", r.to());
        }
    }

    private static void putExecution(ObjectNode n, Execution e) {
        if (e.env() != null) {
            ObjectNode env = n.putObject("env");
            e.env().forEach(env::put);
        }
        if (e.workingDirectory() != null) {
            n.put("workingDirectory", e.workingDirectory());
        }
        if (e.timeout() != null) {
            n.put("timeout", e.timeout());
        }
        if (e.onFailure() != null) {
            n.put("onFailure", e.onFailure());
        }
    }

    public static String toJson(IntegrationPlan plan) {
        try {
            return JSON.writer().with(new LfPrettyPrinter()).writeValueAsString(toTree(plan)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String toYaml(IntegrationPlan plan) {
        try {
            return YAML.writeValueAsString(toTree(plan));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
        String text = isYaml(file) ? toYaml(plan) : toJson(plan);
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
