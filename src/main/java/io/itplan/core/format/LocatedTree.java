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
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON or YAML document read into a tree that remembers where each value started, keyed by JSON pointer, so that
 * errors found after parsing still name a line and a column.
 *
 * <p>Large documents are streamed: the elements of the root's big arrays ({@code modules}, {@code steps}...) are
 * handed one by one to an {@link Elements} handler as small trees of their own and never held together, so that
 * reading costs memory for one element at a time, not for the whole file.
 */
public final class LocatedTree {
    private final String source;
    private final JsonNode root;
    private final Map<String, int[]> locations;
    private final Map<String, int[]> ids;

    private LocatedTree(String source, JsonNode root, Map<String, int[]> locations) {
        this(source, root, locations, Map.of());
    }

    private LocatedTree(String source, JsonNode root, Map<String, int[]> locations, Map<String, int[]> ids) {
        this.source = source;
        this.root = root;
        this.locations = locations;
        this.ids = ids;
    }

    /** Receives the elements of one streamed array, in order. */
    interface Elements {
        /**
         * @param element the element, located under its own pointer ({@code /modules/3})
         * @param index   its position in the array
         */
        void accept(LocatedTree element, int index) throws InputException;
    }

    /**
     * Numbers the strings of streamed elements' lists of ids as they are read, so that a list of thousands of ids costs
     * an int per item, not a node and a place: a plan in parallel steps names stand-ins tens of millions of times.
     */
    interface IdLists {
        /** Whether an element's field {@code key} holds a list of ids. */
        boolean holdsIds(String key);

        /**
         * The number of the id made of these characters, or -1 when they are no valid id.
         *
         * @param previous the number of the item before it in the list, or -1 for the first
         */
        int number(char[] chars, int offset, int length, int previous);

        /** The id {@link #number} gave this number. */
        String id(int number);
    }

    /** Called once a root field's value has been read, before the rest of the document. */
    interface RootField {
        void read(LocatedTree root, String key) throws InputException;
    }

    /**
     * Parses {@code text}.
     *
     * @param source the file name used in messages
     * @throws InputException for malformed input, with the parser's line and column
     */
    public static LocatedTree parse(JsonFactory factory, String text, String source) throws InputException {
        return parse(factory, InputFiles.withoutByteOrderMark(new StringReader(text)), source, Map.of(), null, null)
                .tree();
    }

    /**
     * Parses a document from {@code in}, handing the elements of the root's arrays named in {@code streamed} to their
     * handlers instead of keeping them: in the tree returned, such an array is empty. Errors a handler throws are
     * kept, the first one per array, and thrown when the document has been read through ({@link Streamed#elementError});
     * a syntax error anywhere is thrown at once.
     *
     * @param ids         numbers the elements' lists of ids, which their trees then hold empty ({@link #ids}); a
     *                    list with an item that is no valid id is read as any other; null when there are none
     * @param onRootField told of each root field as soon as it is read (a format check refuses a file early)
     */
    static Streamed parse(
            JsonFactory factory,
            Reader in,
            String source,
            Map<String, Elements> streamed,
            IdLists ids,
            RootField onRootField)
            throws InputException {
        Map<String, int[]> locations = new HashMap<>();
        Map<String, InputException> errors = new HashMap<>();
        try (JsonParser p = factory.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InputException(source, 1, 1, "the file is empty");
            }
            JsonNode root;
            if (first == JsonToken.START_OBJECT && !streamed.isEmpty()) {
                root = readRoot(p, source, locations, streamed, ids, errors, onRootField);
            } else {
                root = read(p, "", locations);
            }
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new InputException(
                        source, at.getLineNr(), at.getColumnNr(), "unexpected content after the end of the document");
            }
            return new Streamed(new LocatedTree(source, root, locations), errors);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String msg = e.getOriginalMessage();
            if (tooLong(e) != null) {
                throw tooLong(e).toInputException(source);
            }
            if (e instanceof NulInText) {
                throw new InputException(source, at.getLineNr(), at.getColumnNr(), msg);
            }
            throw new InputException(
                    source,
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    "malformed " + (factory.getFormatName().equals("YAML") ? "YAML" : "JSON") + ": " + plain(msg));
        } catch (InputLimits.TooLong e) {
            throw e.toInputException(source);
        } catch (CharacterCodingException e) {
            throw new InputException(source, "is not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(source, "cannot be read: " + GraphFiles.describe(e));
        } catch (RuntimeException e) {
            // SnakeYAML reports a failure of the reader it reads through as its own exception.
            if (tooLong(e) != null) {
                throw tooLong(e).toInputException(source);
            }
            if (e.getCause() instanceof CharacterCodingException) {
                throw new InputException(source, "is not UTF-8 text");
            }
            throw e;
        }
    }

    /** The line limit the reader hit, however deep the parser wrapped it. */
    private static InputLimits.TooLong tooLong(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof InputLimits.TooLong t) {
                return t;
            }
        }
        return null;
    }

    /** A streamed document: the tree without its streamed arrays' elements, and the first error of each of them. */
    record Streamed(LocatedTree tree, Map<String, InputException> errors) {
        /** The first error among the elements of the array {@code key}, or null. */
        InputException elementError(String key) {
            return errors.get(key);
        }
    }

    private static JsonNode readRoot(
            JsonParser p,
            String source,
            Map<String, int[]> locations,
            Map<String, Elements> streamed,
            IdLists ids,
            Map<String, InputException> errors,
            RootField onRootField)
            throws IOException, InputException {
        JsonLocation at = p.currentTokenLocation();
        locations.put("", new int[] {at.getLineNr(), at.getColumnNr()});
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        LocatedTree sofar = new LocatedTree(source, o, locations);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation keyAt = p.currentTokenLocation();
            String child = "/" + name.replace("~", "~0").replace("/", "~1");
            if (o.has(name)) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "duplicate key '" + name + "'", keyAt);
            }
            if (name.indexOf('\0') >= 0) {
                throw new NulInText(keyAt);
            }
            JsonToken value = p.nextToken();
            Elements handler = streamed.get(name);
            if (handler != null && value == JsonToken.START_ARRAY) {
                JsonLocation arrayAt = p.currentTokenLocation();
                locations.put(child, new int[] {arrayAt.getLineNr(), arrayAt.getColumnNr()});
                o.set(name, JsonNodeFactory.instance.arrayNode());
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    Map<String, int[]> elementLocations = new HashMap<>();
                    Map<String, int[]> elementIds = new HashMap<>();
                    String pointer = child + "/" + i;
                    JsonNode element = ids != null && p.currentToken() == JsonToken.START_OBJECT
                            ? readObject(p, pointer, elementLocations, ids, elementIds)
                            : read(p, pointer, elementLocations);
                    if (!errors.containsKey(name)) {
                        try {
                            handler.accept(new LocatedTree(source, element, elementLocations, elementIds), i);
                        } catch (InputException e) {
                            errors.put(name, e);
                        }
                    }
                    i++;
                }
                // Placeholders, so that what is said of the array itself (its type, its length) still holds.
                for (int k = 0; k < i; k++) {
                    ((ArrayNode) o.get(name)).addObject();
                }
            } else {
                o.set(name, read(p, child, locations));
            }
            if (onRootField != null) {
                onRootField.read(sofar, name);
            }
        }
        return o;
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
                .replaceAll("\\s*\\(by `StreamReadConstraints\\.[A-Za-z]+\\(\\)`\\)", "")
                .strip()
                .replaceAll("[:;,]+$", "");
        if (m.contains("Document nesting depth") || m.contains("nesting depth")) {
            return "the document is nested too deeply";
        }
        return m.isEmpty() ? "cannot be parsed" : m;
    }

    /**
     * The key suffix under which a list keeps the places of its string items, two ints (line, column) per item: a
     * NUL, which no key may hold, so it is no pointer.
     */
    private static final String ITEMS = "\u0000";

    private static boolean isAlias(JsonParser p) {
        return p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias();
    }

    /**
     * An object, its fields read under their pointers. Where {@code ids} is given, the fields that hold lists of ids
     * are numbered into {@code numbered} and left empty in the tree.
     */
    private static JsonNode readObject(
            JsonParser p, String pointer, Map<String, int[]> locations, IdLists ids, Map<String, int[]> numbered)
            throws IOException {
        JsonLocation at = p.currentTokenLocation();
        locations.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation keyAt = p.currentTokenLocation();
            String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
            if (o.has(name)) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "duplicate key '" + name + "'", keyAt);
            }
            if (name.indexOf('\0') >= 0) {
                throw new NulInText(keyAt);
            }
            p.nextToken();
            boolean listOfIds = ids != null && p.currentToken() == JsonToken.START_ARRAY && ids.holdsIds(name);
            o.set(name, listOfIds ? readIds(p, child, locations, ids, name, numbered) : read(p, child, locations));
        }
        return o;
    }

    /**
     * A list of ids, numbered as it is read: into {@code numbered} under {@code key}, the tree's list left empty. At the
     * first item that is no valid id the list is read as any other, its items so far with no place of their own: only
     * such an item can be at fault.
     */
    private static JsonNode readIds(
            JsonParser p,
            String pointer,
            Map<String, int[]> locations,
            IdLists ids,
            String key,
            Map<String, int[]> numbered)
            throws IOException {
        JsonLocation at = p.currentTokenLocation();
        locations.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
        int[] numbers = new int[16];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int number = p.currentToken() == JsonToken.VALUE_STRING && !isAlias(p)
                    ? ids.number(
                            p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), n == 0 ? -1 : numbers[n - 1])
                    : -1;
            if (number < 0) {
                ArrayNode a = JsonNodeFactory.instance.arrayNode();
                for (int k = 0; k < n; k++) {
                    a.add(ids.id(numbers[k]));
                }
                return readList(p, pointer, locations, a, new int[2 * n + 8]);
            }
            if (n == numbers.length) {
                numbers = java.util.Arrays.copyOf(numbers, 2 * n);
            }
            numbers[n++] = number;
        }
        numbered.put(key, java.util.Arrays.copyOf(numbers, n));
        return JsonNodeFactory.instance.arrayNode();
    }

    /**
     * The rest of a list from the parser's current item on, appended to {@code a}. Its strings (a step's stand-ins:
     * thousands) keep their places in one array of the list's, two ints per item, not under a pointer each.
     */
    private static JsonNode readList(
            JsonParser p, String pointer, Map<String, int[]> locations, ArrayNode a, int[] places) throws IOException {
        int i = a.size();
        for (JsonToken t = p.currentToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == JsonToken.VALUE_STRING && !isAlias(p)) {
                JsonLocation itemAt = p.currentTokenLocation();
                String text = p.getText();
                if (text.indexOf('\0') >= 0) {
                    throw new NulInText(itemAt);
                }
                if (2 * i + 2 > places.length) {
                    places = java.util.Arrays.copyOf(places, Math.max(2 * i + 2, places.length * 2));
                }
                places[2 * i] = itemAt.getLineNr();
                places[2 * i + 1] = itemAt.getColumnNr();
                a.add(JsonNodeFactory.instance.textNode(text));
                i++;
            } else {
                a.add(read(p, pointer + "/" + i++, locations));
            }
        }
        locations.put(pointer + ITEMS, places);
        return a;
    }

    private static JsonNode read(JsonParser p, String pointer, Map<String, int[]> locations) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        if (isAlias(p)) {
            throw new com.fasterxml.jackson.core.JsonParseException(
                    p, "YAML aliases (*" + p.getText() + ") are not supported; write the value out", at);
        }
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            return readObject(p, pointer, locations, null, null);
        }
        locations.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (t == JsonToken.START_ARRAY) {
            p.nextToken();
            return readList(p, pointer, locations, f.arrayNode(), new int[8]);
        }
        switch (t) {
            case VALUE_STRING: {
                String text = p.getText();
                if (text.indexOf('\0') >= 0) {
                    throw new NulInText(at);
                }
                return f.textNode(text);
            }
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

    /**
     * A NUL in a string or key: it cannot be passed to a command or written into a Makefile, so it is refused where it
     * is read rather than failing later.
     */
    static final class NulInText extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        NulInText(JsonLocation at) {
            super("text must not contain the NUL character (U+0000)", at);
        }
    }

    public String source() {
        return source;
    }

    public JsonNode root() {
        return root;
    }

    /** The numbers of the root's list of ids {@code key}, read as {@link IdLists} said, or null when it was not. */
    int[] ids(String key) {
        return ids.get(key);
    }

    /**
     * Where the value a JSON pointer names starts (or its nearest located parent): line and column, or zeros. Found
     * without making an error of it, as reading a graph asks for each dependency's start; not to be modified.
     */
    int[] location(String pointer) {
        String p = pointer;
        while (true) {
            int[] at = locations.get(p);
            if (at != null) {
                return at;
            }
            int slash = p.lastIndexOf('/');
            int[] places = slash < 0 ? null : locations.get(p.substring(0, slash) + ITEMS);
            if (places != null) {
                try {
                    int i = Integer.parseInt(p.substring(slash + 1));
                    if (2 * i + 1 < places.length && places[2 * i] > 0) {
                        return new int[] {places[2 * i], places[2 * i + 1]};
                    }
                } catch (NumberFormatException e) {
                    // Not an item of the list: look at the list itself.
                }
            }
            if (p.isEmpty()) {
                return new int[] {0, 0};
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** An error at the value a JSON pointer names (or its nearest located parent). */
    public InputException error(String pointer, String detail) {
        int[] at = location(pointer);
        return new InputException(source, at[0], at[1], detail);
    }
}
