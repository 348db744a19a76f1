package io.itplan.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The real validators the exports are checked with: JSON Schemas, the TestNG DTD, javac, sh and make. */
final class ExportValidators {
    static final Path SHARED = Path.of(System.getProperty("itplan.shared", "../shared"));
    static final Path SCHEMAS = SHARED.resolve("schemas");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, JsonSchema> SCHEMA_CACHE = new ConcurrentHashMap<>();

    private ExportValidators() {}

    static void assumeShared() {
        io.itplan.Required.assume(
                Files.isDirectory(SCHEMAS),
                "../shared/schemas not found at " + SCHEMAS.toAbsolutePath() + ": schema validation skipped");
    }

    static void assumeTool(String tool) {
        boolean found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
        io.itplan.Required.assume(found, tool + " not found on PATH: skipped");
    }

    static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about the YAML document, empty when it is valid. */
    static List<String> schemaErrors(String schemaFile, String yamlText) {
        JsonSchema schema = SCHEMA_CACHE.computeIfAbsent(schemaFile, f -> {
            try (InputStream in = Files.newInputStream(SCHEMAS.resolve(f))) {
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return schema.validate(yaml(yamlText)).stream()
                .map(ValidationMessage::toString)
                .sorted()
                .toList();
    }

    static void assertSchemaValid(String schemaFile, String yamlText) {
        assertEquals(List.of(), schemaErrors(schemaFile, yamlText), () -> schemaFile + " rejects:\n" + yamlText);
    }

    /** Parses the XML validating against the TestNG DTD in ../shared, failing on any error or warning. */
    static org.w3c.dom.Document assertTestNgValid(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setValidating(true);
            DocumentBuilder b = f.newDocumentBuilder();
            Path dtd = SCHEMAS.resolve("testng-1.0.dtd");
            b.setEntityResolver((publicId, systemId) -> {
                if (systemId != null && systemId.endsWith("testng-1.0.dtd")) {
                    return new InputSource(Files.newInputStream(dtd));
                }
                throw new IOException("unexpected external entity " + systemId);
            });
            b.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("TestNG XML is not valid against the DTD: " + e + "\n" + xml, e);
        }
    }

    /** Compiles the sources against the test class path; returns the class output directory. */
    static Path assertCompiles(Map<String, String> sources, Path dir) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        io.itplan.Required.assume(javac != null, "no system Java compiler (running on a JRE): skipped");
        Path src = dir.resolve("src");
        Path out = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of(
                "-d",
                out.toString(),
                "-classpath",
                System.getProperty("java.class.path"),
                "-Xlint:all",
                "-Werror",
                "-encoding",
                "UTF-8",
                "-proc:none"));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int rc = javac.run(null, err, err, args.toArray(String[]::new));
        assertEquals(0, rc, () -> "javac failed:\n" + err.toString(StandardCharsets.UTF_8));
        return out;
    }

    /** Runs a process in {@code dir}; returns exit code and output (stdout then stderr). */
    static Result run(Path dir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Path outFile = Files.createTempFile("itplan-out", ".txt");
        Path errFile = Files.createTempFile("itplan-err", ".txt");
        pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        Result r = new Result(p.exitValue(), Files.readString(outFile), Files.readString(errFile));
        Files.delete(outFile);
        Files.delete(errFile);
        return r;
    }

    /** {@code bash -n} accepts the script. */
    static void assertBashSyntax(Path dir, String script) throws IOException, InterruptedException {
        assumeTool("bash");
        Path f = Files.writeString(dir.resolve("check-" + Integer.toHexString(script.hashCode()) + ".sh"), script);
        Result r = run(dir, List.of("bash", "-n", f.toString()));
        assertEquals(0, r.code(), () -> "bash -n rejects:\n" + script + "\n" + r.err());
    }

    /** What {@code sh} makes of the command line: the argv it would run, read back through printf. */
    static List<String> shellWords(Path dir, String line) throws IOException, InterruptedException {
        assumeTool("sh");
        Result r = run(dir, List.of("sh", "-c", "printf '%s\\0' " + line));
        assertEquals(0, r.code(), () -> "sh failed on " + line + ": " + r.err());
        List<String> words = new ArrayList<>(List.of(r.out().split("\0", -1)));
        words.remove(words.size() - 1);
        return words;
    }

    /** The directory holds exactly these names. */
    static void assertOnlyFiles(Path dir, Set<String> expected) throws IOException {
        try (var s = Files.list(dir)) {
            assertEquals(
                    new java.util.TreeSet<>(expected),
                    s.map(p -> p.getFileName().toString())
                            .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        }
    }

    record Result(int code, String out, String err) {}
}
