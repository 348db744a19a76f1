package io.itplan.core.format;

import com.fasterxml.jackson.databind.JsonNode;
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
        return SCHEMAS.computeIfAbsent(resource, r -> {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .locale(Locale.ENGLISH)
                    .build();
            try (InputStream in = open(r)) {
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(in, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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
        String pointer = m.getInstanceLocation().toString();
        String msg = m.getMessage();
        if (msg.startsWith(pointer + ": ")) {
            msg = msg.substring(pointer.length() + 2);
        }
        return new Violation(pointer, msg);
    }

    /** One way a plan breaks the schema. */
    public record Violation(String pointer, String message) {}
}
