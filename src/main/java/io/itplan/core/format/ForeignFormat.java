package io.itplan.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The formats itplan imports, told apart by a look at a file's name and first bytes, so that a command given
 * one of them where a graph file belongs says what it is and how to import it, and so that an import can
 * choose its format when the user does not. Only a hint: each importer still reads its input in full.
 */
public enum ForeignFormat {
    JAVA("java", "a Java archive or class file"),
    MAVEN("maven", "a Maven pom"),
    COMPOSE("compose", "a Docker Compose file"),
    DOT("dot", "a Graphviz DOT file"),
    GRAPHML("graphml", "a GraphML file"),
    DRAWIO("drawio", "a draw.io diagram"),
    CITO_UFPR("cito-ufpr", "a UFPR class-integration-test-order file"),
    CITO_DRL("cito-drl", "a DRL_CITO folder");

    /** How much of a file is looked at. */
    static final int HEAD = 4096;

    private static final Pattern DOT_START =
            Pattern.compile("(?is)^(strict\\s+)?(di)?graph(\\s+(\"[^\"]*\"|[\\w.]+))?\\s*\\{.*");
    private static final Pattern COMPOSE_KEY = Pattern.compile("(?m)^services\\s*:");

    private final String key;
    private final String description;

    ForeignFormat(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The name {@code itplan import} takes. */
    public String key() {
        return key;
    }

    /** What the file is, in words ("a Graphviz DOT file"). */
    public String description() {
        return description;
    }

    public static Optional<ForeignFormat> fromKey(String key) {
        for (ForeignFormat f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format of a file or folder, when it looks like one itplan imports. */
    public static Optional<ForeignFormat> of(Path path) {
        if (Files.isDirectory(path)) {
            if (Files.isRegularFile(path.resolve("CId_Name.csv"))) {
                return Optional.of(CITO_DRL);
            }
            if (Files.isRegularFile(path.resolve("pom.xml"))) {
                return Optional.of(MAVEN);
            }
            for (String compose :
                    new String[] {"compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"}) {
                if (Files.isRegularFile(path.resolve(compose))) {
                    return Optional.of(COMPOSE);
                }
            }
            return Optional.of(JAVA);
        }
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            return Optional.empty();
        }
        Path name = path.getFileName();
        return of(name == null ? "" : name.toString(), head);
    }

    /** The format of a file with this name and these first bytes. */
    public static Optional<ForeignFormat> of(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return name.endsWith(".drawio") ? Optional.empty() : Optional.of(JAVA);
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0xCA && (head[1] & 0xff) == 0xFE && (head[2] & 0xff) == 0xBA) {
            return Optional.of(JAVA);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        String body = withoutLeadingComments(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (body.startsWith("<")) {
            if (body.contains("<graphml")) {
                return Optional.of(GRAPHML);
            }
            if (body.contains("<mxfile") || body.contains("<mxGraphModel")) {
                return Optional.of(DRAWIO);
            }
            if (body.contains("<project") && (name.endsWith("pom.xml") || body.contains("maven.apache.org/POM"))) {
                return Optional.of(MAVEN);
            }
            return Optional.empty();
        }
        if (DOT_START.matcher(body).matches()) {
            return Optional.of(DOT);
        }
        if (body.startsWith("DIMENSION")) {
            return Optional.of(CITO_UFPR);
        }
        if (name.matches("(docker-)?compose([.-][\\w.-]*)?\\.ya?ml")
                || COMPOSE_KEY.matcher(body).find()) {
            return Optional.of(COMPOSE);
        }
        return Optional.empty();
    }

    private static String withoutLeadingComments(String text) {
        String t = text.strip();
        while (true) {
            if (t.startsWith("//") || t.startsWith("#")) {
                int nl = t.indexOf('\n');
                t = nl < 0 ? "" : t.substring(nl + 1).strip();
            } else if (t.startsWith("/*")) {
                int end = t.indexOf("*/");
                t = end < 0 ? "" : t.substring(end + 2).strip();
            } else if (t.startsWith("<?xml") || t.startsWith("<!--")) {
                int end = t.indexOf(t.startsWith("<?xml") ? "?>" : "-->");
                t = end < 0
                        ? ""
                        : t.substring(end + (t.startsWith("<?xml") ? 2 : 3)).strip();
            } else {
                return t;
            }
        }
    }

    /**
     * The command that imports {@code file} in this format, with an output named after it.
     */
    public String importCommand(Path file) {
        Path fn = file.getFileName();
        String base = fn == null ? "imported" : fn.toString().replaceFirst("\\.[^.]*$", "");
        if (base.isEmpty() || base.equals("pom") || base.matches("(docker-)?compose")) {
            Path parent = file.toAbsolutePath().getParent();
            base = parent != null && parent.getFileName() != null
                    ? parent.getFileName().toString()
                    : "imported";
        }
        return "itplan import " + key + " " + quoted(file.toString()) + " -o " + quoted(base + ".graph.json");
    }

    private static String quoted(String s) {
        return s.matches("[\\w./:@%+=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /**
     * When a file that failed to read as an itplan graph is in fact a format itplan imports, a message that
     * says so and gives the import command; otherwise {@code failure} itself.
     */
    public static InputException explain(Path file, InputException failure) {
        return of(file).filter(f -> f != CITO_DRL && !(f == JAVA && Files.isDirectory(file)))
                .map(f -> new InputException(
                        file.toString(),
                        "this is " + f.description + ", not an itplan graph file; import it with File › Import… or "
                                + f.importCommand(file)))
                .orElse(failure);
    }
}
