package io.itplan.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The JSON Schemas (draft 2020-12) of plan files, shipped inside the program: {@link #RESOURCE} for the format
 * itplan writes, and the earlier format's, which it still reads.
 */
public final class PlanSchema {
    public static final String RESOURCE = "/itplan/schemas/itplan.plan-2.schema.json";
    static final String RESOURCE_V1 = "/itplan/schemas/itplan.plan-1.schema.json";
    private static final java.util.Map<String, JsonSchema> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();

    private PlanSchema() {}

    /** The schema's text, for users who validate plans with their own tools. */
    public static String text() {
        try (InputStream in = open(RESOURCE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = PlanSchema.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the plan schema " + resource + " is missing from the program");
        }
        return in;
    }

    private static JsonSchema schema(String resource) {
        return SCHEMAS.computeIfAbsent(resource, r -> compile(document(r)));
    }

    private static ObjectNode document(String resource) {
        try (InputStream in = open(resource)) {
            return (ObjectNode) GraphFiles.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema compile(JsonNode schema) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
    }

    /**
     * The schema without what it says of each step: a plan whose steps are streamed is checked in two parts, this
     * frame and each step against {@link #step}, which together say what the whole schema says.
     */
    private static JsonSchema frame(String resource) {
        return SCHEMAS.computeIfAbsent(resource + "#frame", r -> {
            ObjectNode doc = document(resource);
            doc.put("$id", doc.get("$id").asText().replace(".schema.json", ".frame.schema.json"));
            ((ObjectNode) doc.at("/properties/steps")).set("items", JsonNodeFactory.instance.objectNode());
            return compile(doc);
        });
    }

    /** What the schema says of one step, with the definitions it refers to. */
    private static JsonSchema step(String resource) {
        return SCHEMAS.computeIfAbsent(resource + "#step", r -> {
            ObjectNode doc = document(resource);
            ObjectNode step = ((ObjectNode) doc.at("/properties/steps/items")).deepCopy();
            step.put("$schema", doc.get("$schema").asText());
            step.put("$id", doc.get("$id").asText().replace(".schema.json", ".step.schema.json"));
            step.set("$defs", doc.get("$defs"));
            return compile(step);
        });
    }

    /** The pattern every step and stand-in id matches, as the schema says it. */
    static java.util.regex.Pattern idPattern() {
        return ID_PATTERN;
    }

    private static final java.util.regex.Pattern ID_PATTERN = java.util.regex.Pattern.compile(
            document(RESOURCE).at("/$defs/id/pattern").asText());

    /** Violations of the schema but for the steps' contents, as (JSON pointer, message) pairs. */
    static List<Violation> validateFrame(JsonNode plan, String resource) {
        return frame(resource).validate(plan).stream()
                .map(m -> violation(m, ""))
                .toList();
    }

    /** Violations of the schema by the step at {@code index}, located in the whole plan. */
    static List<Violation> validateStep(JsonNode step, int index, String resource) {
        return step(resource).validate(step).stream()
                .map(m -> violation(m, "/steps/" + index))
                .toList();
    }

    /** Violations of the current format's schema as (JSON pointer, message) pairs, ordered by where they are. */
    public static List<Violation> validate(JsonNode plan) {
        return validate(plan, RESOURCE);
    }

    static List<Violation> validate(JsonNode plan, String resource) {
        return schema(resource).validate(plan).stream()
                .map(PlanSchema::violation)
                .sorted(java.util.Comparator.comparing(Violation::pointer).thenComparing(Violation::message))
                .toList();
    }

    private static Violation violation(ValidationMessage m) {
        return violation(m, "");
    }

    private static Violation violation(ValidationMessage m, String prefix) {
        String pointer = m.getInstanceLocation().toString();
        String msg = m.getMessage();
        if (msg.startsWith(pointer + ": ")) {
            msg = msg.substring(pointer.length() + 2);
        }
        return new Violation(prefix + pointer, msg);
    }

    /** One way a plan breaks the schema. */
    public record Violation(String pointer, String message) {}
}
