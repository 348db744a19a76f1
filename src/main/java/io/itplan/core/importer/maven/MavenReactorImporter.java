package io.itplan.core.importer.maven;

import io.itplan.core.format.InputException;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.importer.ImportProgress;
import io.itplan.core.importer.Imported;
import io.itplan.core.importer.InputFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/**
 * Reads a Maven multi-module build (a reactor) into a graph of its modules, with Maven's own model reader
 * ({@code maven-model}'s {@code MavenXpp3Reader}, strict).
 *
 * <ul>
 *   <li>Starting at the given {@code pom.xml}, {@code <modules>} are followed recursively; every reactor
 *       module is a module of the graph, except aggregators (packaging {@code pom} with modules of their own),
 *       which hold nothing to integrate. A module's id is its artifactId ({@code groupId:artifactId} when two
 *       modules share one).</li>
 *   <li>A {@code <dependency>} on another reactor module is a dependency: {@code call} for the compile, runtime
 *       and provided scopes, and the weaker {@code uses} labelled {@code test} for test scope. Dependencies on
 *       anything outside the reactor are left out. {@code groupId} and {@code version} may be written with
 *       {@code ${project.groupId}}, {@code ${project.version}}, {@code ${project.parent.*}} or properties of
 *       the module and its reactor parents; a module's groupId and version are inherited from its parent.</li>
 *   <li>Each module's test command is {@code mvn -pl :artifactId -am verify}, run from the reactor root (the
 *       folder of the given pom): it builds the module with what it needs and runs its tests.</li>
 * </ul>
 *
 * <p>A pom is refused if it declares a {@code DOCTYPE} (no pom needs one; it is how XML entity attacks
 * start); a module folder without a pom, or a module listed twice, is an error naming the pom and line.
 */
public final class MavenReactorImporter {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private MavenReactorImporter() {}

    /** One pom of the reactor. */
    private record Pom(Path file, Model model, String groupId, String version, Pom parent) {
        String key() {
            return groupId + ":" + model.getArtifactId();
        }
    }

    public static Imported read(Path pomOrFolder, ImportProgress progress) throws InputException {
        Path root = Files.isDirectory(pomOrFolder) ? pomOrFolder.resolve("pom.xml") : pomOrFolder;
        Map<Path, Pom> poms = new LinkedHashMap<>();
        collect(root, null, poms, progress);
        Map<String, Pom> byKey = new HashMap<>();
        Map<String, Integer> artifactUses = new HashMap<>();
        for (Pom p : poms.values()) {
            Pom before = byKey.putIfAbsent(p.key(), p);
            if (before != null) {
                throw new InputException(
                        p.file().toString(),
                        "module " + p.key() + " is also defined by " + before.file() + "; expected one pom per module");
            }
            artifactUses.merge(p.model().getArtifactId(), 1, Integer::sum);
        }
        Pom top = poms.get(root.toAbsolutePath().normalize());
        String name = top.model().getName() != null && !top.model().getName().isBlank()
                ? top.model().getName()
                : top.model().getArtifactId();
        DependencyGraph.Builder b = DependencyGraph.builder(name);
        List<String> warnings = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (Pom p : poms.values()) {
            if (isAggregator(p.model())) {
                continue;
            }
            String artifact = p.model().getArtifactId();
            String id = artifactUses.get(artifact) == 1 ? artifact : p.key();
            ids.put(p.key(), id);
            Path dir = root.toAbsolutePath()
                    .normalize()
                    .getParent()
                    .relativize(p.file().getParent());
            b.addModule(new Module(
                    id,
                    p.model().getName() != null && !p.model().getName().isBlank()
                            ? p.model().getName()
                            : artifact,
                    ModuleKind.COMPONENT,
                    null,
                    null,
                    null,
                    dir.toString().isEmpty() ? "the reactor root" : "folder " + dir,
                    0,
                    0,
                    false,
                    Map.of(
                            "test",
                            List.of(
                                    "mvn",
                                    "-pl",
                                    artifactUses.get(artifact) == 1 ? ":" + artifact : p.key(),
                                    "-am",
                                    "verify")),
                    null,
                    null));
        }
        for (Pom p : poms.values()) {
            String from = ids.get(p.key());
            if (from == null) {
                continue;
            }
            Map<String, Dependency> seen = new LinkedHashMap<>();
            for (org.apache.maven.model.Dependency d : p.model().getDependencies()) {
                String g = resolve(d.getGroupId(), p);
                String key = g + ":" + resolve(d.getArtifactId(), p);
                String to = ids.get(key);
                if (to == null) {
                    continue;
                }
                if (to.equals(from)) {
                    warnings.add(Imported.warning(p.file().toString(), 0, 0, p.key() + " depends on itself; left out"));
                    continue;
                }
                String v = d.getVersion() == null ? null : resolve(d.getVersion(), p);
                Pom target = byKey.get(key);
                if (v != null && !v.contains("${") && !v.equals(target.version())) {
                    warnings.add(Imported.warning(
                            p.file().toString(),
                            0,
                            0,
                            p.key() + " asks for " + key + " version " + v + " while the reactor builds "
                                    + target.version() + "; taken as the reactor module"));
                }
                boolean test = "test".equals(d.getScope());
                Dependency dep = test
                        ? new Dependency(from, to, DependencyKind.USES, 1, 0, 0, "test", true)
                        : new Dependency(
                                from,
                                to,
                                DependencyKind.CALL,
                                1,
                                0,
                                0,
                                d.getScope() == null || d.getScope().equals("compile") ? "" : d.getScope(),
                                true);
                // a module listed both as compile and test (a test-jar, say) depends on it in both ways; the
                // stronger, non-test one is enough to order it
                Dependency before = seen.get(to);
                if (before == null || before.kind() == DependencyKind.USES && !test) {
                    seen.put(to, dep);
                }
            }
            seen.values().forEach(b::addDependency);
        }
        return new Imported(b.build(), warnings);
    }

    private static boolean isAggregator(Model m) {
        return "pom".equals(m.getPackaging()) && !m.getModules().isEmpty();
    }

    private static void collect(Path pomFile, Pom parent, Map<Path, Pom> poms, ImportProgress progress)
            throws InputException {
        progress.checkCancelled();
        Path file = pomFile.toAbsolutePath().normalize();
        if (poms.containsKey(file)) {
            return;
        }
        String text = InputFiles.text(pomFile, "a pom.xml");
        int doctype = text.indexOf("<!DOCTYPE");
        if (doctype >= 0) {
            throw new InputException(
                    pomFile.toString(),
                    1
                            + (int) text.substring(0, doctype)
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count(),
                    0,
                    "a DOCTYPE is not accepted in a pom (DTDs and external entities are off)");
        }
        Model model;
        try {
            model = new MavenXpp3Reader().read(new StringReader(text), true);
        } catch (XmlPullParserException e) {
            throw new InputException(
                    pomFile.toString(),
                    Math.max(0, e.getLineNumber()),
                    Math.max(0, e.getColumnNumber()),
                    "not a valid pom: " + plain(e.getMessage()));
        } catch (IOException e) {
            throw new InputException(pomFile.toString(), "cannot be read: " + e.getMessage());
        }
        Parent declared = model.getParent();
        Pom reactorParent = parent;
        String groupId =
                model.getGroupId() != null ? model.getGroupId() : declared != null ? declared.getGroupId() : null;
        String version =
                model.getVersion() != null ? model.getVersion() : declared != null ? declared.getVersion() : null;
        if (groupId == null || model.getArtifactId() == null) {
            throw new InputException(
                    pomFile.toString(), "expected a groupId (or a parent to inherit it from) and an artifactId");
        }
        Pom pom = new Pom(file, model, groupId, version, reactorParent);
        poms.put(file, pom);
        progress.progress("Read " + poms.size() + " poms", poms.size(), 0);
        for (String module : model.getModules()) {
            Path dir = file.getParent().resolve(module).normalize();
            Path child = Files.isDirectory(dir) ? dir.resolve("pom.xml") : dir;
            if (!Files.isRegularFile(child)) {
                int line = lineOf(text, "<module>" + module + "</module>");
                throw new InputException(
                        pomFile.toString(),
                        line,
                        0,
                        "module '" + module + "' has no pom.xml (looked for " + child + ")");
            }
            collect(child, pom, poms, progress);
        }
    }

    /** Fills {@code ${...}} from the project, its reactor parents and their properties; unknown ones stay. */
    static String resolve(String value, Pom pom) {
        if (value == null || !value.contains("${")) {
            return value;
        }
        String out = value;
        for (int round = 0; round < 5 && out.contains("${"); round++) {
            Matcher m = PROPERTY.matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String v = property(m.group(1), pom);
                m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : v));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }

    private static String property(String name, Pom pom) {
        switch (name) {
            case "project.groupId", "pom.groupId", "groupId":
                return pom.groupId();
            case "project.version", "pom.version", "version":
                return pom.version();
            case "project.artifactId", "pom.artifactId", "artifactId":
                return pom.model().getArtifactId();
            case "project.parent.groupId", "parent.groupId":
                return pom.model().getParent() == null
                        ? null
                        : pom.model().getParent().getGroupId();
            case "project.parent.version", "parent.version":
                return pom.model().getParent() == null
                        ? null
                        : pom.model().getParent().getVersion();
            default:
                for (Pom p = pom; p != null; p = p.parent()) {
                    String v = p.model().getProperties().getProperty(name);
                    if (v != null) {
                        return v;
                    }
                }
                return null;
        }
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return at < 0
                ? 0
                : 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    private static String plain(String message) {
        String m = message == null ? "malformed XML" : message;
        return m.replaceAll("\\s*\\(position:.*", "").replaceAll("\\s+", " ").strip();
    }
}
