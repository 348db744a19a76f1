package io.itplan.app.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itplan.core.format.AtomicFiles;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recovery copies of unsaved work. While a document has unsaved changes the app writes its graph here;
 * saving, discarding or closing normally removes the copy. A copy still present at the next start means the
 * app did not close normally, and the user is offered it back.
 */
public final class RecoveryStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SESSION = Pattern.compile("session-(\\d{1,19})(?:-(\\d{1,19}))?\\.recovery\\.json");
    private final Path dir;

    /** A recovery copy: the graph, the file it belongs to (null for a never-saved graph), and when. */
    public record Recovered(Path copy, Path originalFile, Instant savedAt, DependencyGraph graph) {}

    public RecoveryStore(Path home) {
        this.dir = home.resolve("recovery");
    }

    /** Writes (atomically) the recovery copy for session {@code key}. */
    public void save(String key, Path originalFile, DependencyGraph graph) throws InputException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot be created: " + e.getMessage());
        }
        ObjectNode root = JSON.createObjectNode();
        root.put(
                "originalFile",
                originalFile == null ? null : originalFile.toAbsolutePath().toString());
        root.put("savedAt", Instant.now().toString());
        root.put("graph", GraphFiles.toJson(graph));
        AtomicFiles.write(copyOf(key), root.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Removes the recovery copy of session {@code key}, if any. */
    public void discard(String key) {
        discard(copyOf(key));
    }

    /** Removes one recovery copy (and its backup), if present. */
    public void discard(Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(AtomicFiles.backupOf(copy));
        } catch (IOException e) {
            // A stale copy is offered again at the next start, which is harmless.
        }
    }

    private Path copyOf(String key) {
        return dir.resolve(key.replaceAll("[^A-Za-z0-9._-]", "_") + ".recovery.json");
    }

    /** Every readable recovery copy left by other sessions, newest first; unreadable ones are skipped. */
    public List<Recovered> leftOver(String ownKey) {
        List<Recovered> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".recovery.json"))
                    .toList()) {
                if (p.equals(copyOf(ownKey)) || ownerAlive(p)) {
                    continue;
                }
                read(p).ifPresent(out::add);
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(Recovered::savedAt).reversed());
        return out;
    }

    /**
     * The key of this run's copy: {@code session-<pid>-<start>}, the process id and the moment the process
     * started (ms since the epoch), so a later process that happens to get the same id (PID 1 in every
     * container) is not mistaken for this one.
     */
    public static String currentSession() {
        ProcessHandle self = ProcessHandle.current();
        return "session-" + self.pid()
                + self.info().startInstant().map(t -> "-" + t.toEpochMilli()).orElse("");
    }

    /**
     * Whether the run that wrote a copy is still going: then it is not left over. A key with a start time
     * names a live run only when a process with that id started at that moment; a key with the id alone
     * (written before start times were recorded) trusts the id.
     */
    static boolean ownerAlive(Path copy) {
        Matcher m = SESSION.matcher(copy.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(m.group(1)));
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        if (m.group(2) == null) {
            return true;
        }
        long started = Long.parseLong(m.group(2));
        return process.get()
                .info()
                .startInstant()
                .map(t -> t.toEpochMilli() == started)
                .orElse(true);
    }

    private static Optional<Recovered> read(Path p) {
        try {
            JsonNode root = JSON.readTree(Files.readString(p, StandardCharsets.UTF_8));
            String original = root.path("originalFile").isTextual()
                    ? root.get("originalFile").asText()
                    : null;
            DependencyGraph g = GraphFiles.parse(root.get("graph").asText(), p.toString());
            return Optional.of(new Recovered(
                    p,
                    original == null ? null : Path.of(original),
                    Instant.parse(root.get("savedAt").asText()),
                    g));
        } catch (IOException | InputException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
