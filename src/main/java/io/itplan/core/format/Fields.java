package io.itplan.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to the fields of a {@link LocatedTree}, each failure an {@link InputException} that says
 * where and what was expected.
 */
final class Fields {
    private final LocatedTree tree;

    Fields(LocatedTree tree) {
        this.tree = tree;
    }

    InputException error(String pointer, String detail) {
        return tree.error(pointer, detail);
    }

    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    JsonNode object(JsonNode node, String pointer, String what) throws InputException {
        if (node == null || !node.isObject()) {
            throw error(pointer, what + " must be an object" + found(node));
        }
        return node;
    }

    void onlyKeys(JsonNode obj, String pointer, String what, Set<String> allowed) throws InputException {
        Iterator<String> names = obj.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw error(
                        child(pointer, name),
                        "unknown field '" + name + "' in " + what + "; expected one of "
                                + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    String string(JsonNode obj, String pointer, String key, boolean required) throws InputException {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw error(pointer, "missing required field '" + key + "'");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw error(child(pointer, key), "'" + key + "' must be a string" + found(v));
        }
        return v.asText();
    }

    double number(JsonNode obj, String pointer, String key, double dflt) throws InputException {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isNumber()) {
            throw error(child(pointer, key), "'" + key + "' must be a number" + found(v));
        }
        double d = v.asDouble();
        if (!Double.isFinite(d)) {
            throw error(child(pointer, key), "'" + key + "' must be a finite number");
        }
        return d;
    }

    int count(JsonNode obj, String pointer, String key, int dflt) throws InputException {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isIntegralNumber()
                || !v.canConvertToInt()
                || v.asInt() < 0
                || v.asInt() > io.itplan.core.graph.Dependency.MAX_COUNT) {
            throw error(
                    child(pointer, key),
                    "'" + key + "' must be a whole number from 0 to " + io.itplan.core.graph.Dependency.MAX_COUNT
                            + found(v));
        }
        return v.asInt();
    }

    Boolean bool(JsonNode obj, String pointer, String key) throws InputException {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw error(child(pointer, key), "'" + key + "' must be true or false" + found(v));
        }
        return v.asBoolean();
    }

    /** An array field; an absent field is an empty list. */
    List<JsonNode> array(JsonNode obj, String pointer, String key) throws InputException {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw error(child(pointer, key), "'" + key + "' must be an array" + found(v));
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    List<String> strings(JsonNode obj, String pointer, String key) throws InputException {
        List<JsonNode> items = array(obj, pointer, key);
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isTextual()) {
                throw error(child(child(pointer, key), i), "'" + key + "' must hold strings" + found(items.get(i)));
            }
            out.add(items.get(i).asText());
        }
        return out;
    }

    /** An object of argv lists: {@code {"test": ["mvn", "verify"]}}. */
    Map<String, List<String>> commands(JsonNode obj, String pointer, String key) throws InputException {
        JsonNode v = obj.get(key);
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (v == null || v.isNull()) {
            return out;
        }
        String at = child(pointer, key);
        object(v, at, "'" + key + "'");
        Iterator<Map.Entry<String, JsonNode>> it = v.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), argv(v, at, e.getKey()));
        }
        return out;
    }

    /** A command as an argv list of strings; a single string is refused, since no shell splits it. */
    List<String> argv(JsonNode obj, String pointer, String key) throws InputException {
        JsonNode v = obj.get(key);
        String at = child(pointer, key);
        if (v == null || !v.isArray()) {
            throw error(at, "command '" + key + "' must be an argv array such as [\"mvn\", \"verify\"]" + found(v));
        }
        List<String> argv = strings(obj, pointer, key);
        if (argv.isEmpty()) {
            throw error(at, "command '" + key + "' must not be empty");
        }
        return argv;
    }

    static String found(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "";
        }
        String type = v.isTextual()
                ? "a string"
                : v.isNumber()
                        ? "a number"
                        : v.isBoolean() ? "a boolean" : v.isArray() ? "an array" : v.isObject() ? "an object" : "null";
        return ", found " + type;
    }
}
