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

/** The JSON Schema (draft 2020-12) of plan files, shipped inside the program at {@link #RESOURCE}. */
public final class PlanSchema {
    public static final String RESOURCE = "/itplan/schemas/itplan.plan-1.schema.json";
    private static volatile JsonSchema schema;

    private PlanSchema() {}

    /** The schema's text, for users who validate plans with their own tools. */
    public static String text() {
        try (InputStream in = open()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open() {
        InputStream in = PlanSchema.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the plan schema " + RESOURCE + " is missing from the program");
        }
        return in;
    }

    private static JsonSchema schema() {
        JsonSchema s = schema;
        if (s == null) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .locale(Locale.ENGLISH)
                    .build();
            try (InputStream in = open()) {
                s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(in, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            schema = s;
        }
        return s;
    }

    /** Violations as (JSON pointer, message) pairs, ordered by where they are. */
    public static List<Violation> validate(JsonNode plan) {
        return schema().validate(plan).stream()
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
