package io.itplan.core.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON or YAML document read into a tree that remembers where each value started, keyed by JSON
 * pointer, so that errors found after parsing still name a line and a column.
 */
public final class LocatedTree {
    private final String source;
    private final JsonNode root;
    private final Map<String, int[]> locations;

    private LocatedTree(String source, JsonNode root, Map<String, int[]> locations) {
        this.source = source;
        this.root = root;
        this.locations = locations;
    }

    /**
     * Parses {@code text}.
     *
     * @param source the file name used in messages
     * @throws InputException for malformed input, with the parser's line and column
     */
    public static LocatedTree parse(JsonFactory factory, String text, String source) throws InputException {
        Map<String, int[]> locations = new HashMap<>();
        if (text.startsWith("\uFEFF")) {
            // A byte-order mark some editors write; it is not content.
            text = text.substring(1);
        }
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InputException(source, 1, 1, "the file is empty");
            }
            JsonNode root = read(p, "", locations);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new InputException(
                        source, at.getLineNr(), at.getColumnNr(), "unexpected content after the end of the document");
            }
            return new LocatedTree(source, root, locations);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String msg = e.getOriginalMessage();
            throw new InputException(
                    source,
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    "malformed " + (factory.getFormatName().equals("YAML") ? "YAML" : "JSON") + ": " + plain(msg));
        } catch (IOException e) {
            throw new InputException(source, "cannot be read: " + e.getMessage());
        }
    }

    /** The parser's message without its internals: source notes, feature names, parser class names. */
    static String plain(String message) {
        // SnakeYAML explains over several lines, with the source excerpt and a caret: keep the sentences.
        java.util.List<String> sentences = new java.util.ArrayList<>();
        for (String line : message.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()
                    && !l.startsWith("in 'reader'")
                    && !l.startsWith("^")
                    && (sentences.isEmpty() || !line.startsWith(" "))) {
                sentences.add(l.replaceAll(":$", ""));
            }
        }
        String msg = String.join("; ", sentences);
        String m = msg.replaceAll("\\s*\\[Source:.*", "")
                .replaceAll(
                        "\\s*\\(or enable [^)]*\\)|;? ?(enable|disable) `?[A-Z][A-Za-z]*Feature\\.[A-Z_]+`?[^.;)]*", "")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.([A-Za-z]+)Event[^>]*>", "$1")
                .replaceAll("com\\.fasterxml\\.jackson\\.[a-z.]+\\.", "")
                .strip()
                .replaceAll("[:;,]+$", "");
        if (m.contains("Document nesting depth") || m.contains("nesting depth")) {
            return "the document is nested too deeply";
        }
        return m.isEmpty() ? "cannot be parsed" : m;
    }

    private static JsonNode read(JsonParser p, String pointer, Map<String, int[]> locations) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
            throw new com.fasterxml.jackson.core.JsonParseException(
                    p, "YAML aliases (*" + p.getText() + ") are not supported; write the value out", at);
        }
        locations.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation keyAt = p.currentTokenLocation();
                    String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                    if (o.has(name)) {
                        throw new com.fasterxml.jackson.core.JsonParseException(
                                p, "duplicate key '" + name + "'", keyAt);
                    }
                    p.nextToken();
                    o.set(name, read(p, child, locations));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = f.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(read(p, pointer + "/" + i++, locations));
                }
                return a;
            }
            case VALUE_STRING:
                return f.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? f.numberNode(p.getBigIntegerValue())
                        : f.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return f.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return f.booleanNode(true);
            case VALUE_FALSE:
                return f.booleanNode(false);
            case VALUE_NULL:
                return f.nullNode();
            default:
                throw new JsonProcessingException("unexpected " + t, at) {
                    private static final long serialVersionUID = 1L;
                };
        }
    }

    public String source() {
        return source;
    }

    public JsonNode root() {
        return root;
    }

    /** An error at the value a JSON pointer names (or its nearest located parent). */
    public InputException error(String pointer, String detail) {
        String p = pointer;
        while (true) {
            int[] at = locations.get(p);
            if (at != null) {
                return new InputException(source, at[0], at[1], detail);
            }
            if (p.isEmpty()) {
                return new InputException(source, detail);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
