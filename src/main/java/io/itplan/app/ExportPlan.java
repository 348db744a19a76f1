package io.itplan.app;

import io.itplan.app.report.PlanReport;
import io.itplan.app.report.SvgPicture;
import io.itplan.core.export.ExportOptions;
import io.itplan.core.export.PlanExport;
import io.itplan.core.export.PlanExports;
import io.itplan.core.format.AtomicFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Exporting a plan, the one way the command line and the desktop app both do it: build the target's files (a CI
 * pipeline, test-runner sources, a Makefile or a report) with what the target cannot express, then write them
 * atomically. A several-file export that owns a folder (the TestNG and JUnit sources) replaces its previous output as
 * one unit: the files go to a fresh folder beside it, which then takes the old one's place; the previous export is
 * kept once, as {@code NAME.bak}.
 */
public final class ExportPlan {
    private ExportPlan() {}

    /**
     * An export the user can pick.
     *
     * @param modes the shapes it offers, the default first ({@code inline}, {@code runner}); empty for reports
     */
    public record Target(String name, String title, List<String> modes) {}

    private static final Map<String, String> TITLES = Map.of(
            "github", "GitHub Actions workflow",
            "gitlab", "GitLab CI pipeline",
            "jenkins", "Jenkinsfile",
            "testng", "TestNG tests",
            "junit", "JUnit Platform tests",
            "make", "Makefile",
            "markdown", "Markdown report",
            "html", "HTML report");

    /** The pipelines, test sources and Makefile, in the order the user sees them. */
    public static List<Target> pipelineTargets() {
        return PlanExports.all().stream()
                .map(e -> new Target(
                        e.name(),
                        TITLES.getOrDefault(e.name(), e.name()),
                        e.modes().stream()
                                .map(m -> m.name().toLowerCase(Locale.ROOT))
                                .toList()))
                .toList();
    }

    /** Every target, the two reports last. */
    public static List<Target> targets() {
        List<Target> all = new ArrayList<>(pipelineTargets());
        all.add(new Target("markdown", TITLES.get("markdown"), List.of()));
        all.add(new Target("html", TITLES.get("html"), List.of()));
        return List.copyOf(all);
    }

    public static List<String> names() {
        return targets().stream().map(Target::name).toList();
    }

    /**
     * What to export.
     *
     * @param planFile the plan file, or null for a plan not saved yet (then it is taken to be {@code
     *     itplan.plan.json} in {@code root})
     * @param root     the folder the exported files run from (a repository's root), which working directories and
     *                 the plan file are written relative to
     * @param mode     {@code inline}, {@code runner}, or null for the target's default
     * @param baseName the name of a report's files without extension, e.g. {@code shop-plan}
     */
    public record Request(
            IntegrationPlan plan,
            DependencyGraph graph,
            Path planFile,
            Path root,
            String target,
            String mode,
            String baseName) {}

    /**
     * An export built.
     *
     * @param files      by path relative to where the export goes
     * @param notes      what the target cannot express for this plan, one line each
     * @param ownsFolder the files form one folder ({@code files}' first path element) replaced as a whole
     */
    public record Result(String target, SortedMap<String, String> files, List<String> notes, boolean ownsFolder) {
        public Result {
            files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
            notes = List.copyOf(notes);
        }
    }

    /**
     * Builds the export's files.
     *
     * @throws IllegalArgumentException naming the target or mode when it is unknown, or what keeps the plan from
     *     being exported there
     */
    public static Result build(Request r) {
        if (r.target().equals("markdown") || r.target().equals("html")) {
            if (r.mode() != null) {
                throw new IllegalArgumentException("--mode is for pipelines and test sources, not for a report");
            }
            String svg = SvgPicture.of(r.graph(), SvgPicture::estimatedWidth, null);
            SortedMap<String, String> files = new TreeMap<>();
            if (r.target().equals("html")) {
                files.put(r.baseName() + ".html", PlanReport.html(r.graph(), r.plan(), svg));
            } else {
                files.put(r.baseName() + ".md", PlanReport.markdown(r.graph(), r.plan(), r.baseName() + ".svg"));
                files.put(r.baseName() + ".svg", svg);
            }
            return new Result(r.target(), files, List.of(), false);
        }
        PlanExport export = PlanExports.named(r.target())
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown export '" + r.target() + "', expected one of " + String.join(", ", names())));
        ExportOptions.Mode mode = export.modes().get(0);
        if (r.mode() != null) {
            mode = export.modes().stream()
                    .filter(m -> m.name().equalsIgnoreCase(r.mode()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the " + r.target() + " export has no mode '"
                            + r.mode() + "'; it offers " + String.join(", ", PlanExport.modeNames(export))));
        }
        Path root = r.root().toAbsolutePath().normalize();
        Path plan = r.planFile() == null
                ? root.resolve("itplan.plan.json")
                : r.planFile().toAbsolutePath().normalize();
        String planDir = slashes(root.relativize(plan.getParent()).toString());
        String planPath = slashes(root.relativize(plan).toString());
        PlanExport.Rendered rendered = export.render(r.plan(), new ExportOptions(mode, planDir, planPath));
        return new Result(r.target(), rendered.files(), rendered.notes(), export.ownsFolder());
    }

    private static String slashes(String path) {
        String p = path.replace('\\', '/');
        return p.isEmpty() ? "." : p;
    }

    /**
     * Writes an export under {@code folder}, each file atomically; a folder the export owns is replaced as one unit.
     *
     * @return the files and folders written
     * @throws InputException naming the file or folder that cannot be written; a previous export is then left whole
     */
    public static List<Path> writeInto(Result result, Path folder) throws InputException {
        if (result.ownsFolder()) {
            String unit = result.files().firstKey().split("/", 2)[0];
            SortedMap<String, String> inside = new TreeMap<>();
            result.files().forEach((k, v) -> inside.put(k.substring(unit.length() + 1), v));
            Path target = folder.resolve(unit);
            replaceFolder(target, inside);
            return List.of(target);
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> f : result.files().entrySet()) {
            Path target = folder.resolve(f.getKey());
            writeFile(target, f.getValue());
            written.add(target);
        }
        return written;
    }

    /** Writes one file atomically, making its folder first. */
    public static void writeFile(Path target, String text) throws InputException {
        Path parent = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new InputException(parent.toString(), "cannot be created: " + e.getMessage());
        }
        AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Replaces the folder {@code target} with one holding exactly {@code files}: they are written into a fresh folder
     * beside it, the old folder becomes the one backup {@code NAME.bak}, and the new folder takes its name. A folder
     * left by a write that was killed ({@code .NAME.*.tmp}) is removed first.
     */
    static void replaceFolder(Path target, SortedMap<String, String> files) throws InputException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        String name = abs.getFileName().toString();
        Path tmp = parent.resolve("." + name + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        Path backup = parent.resolve(name + ".bak");
        try {
            Files.createDirectories(parent);
            try (Stream<Path> old = Files.list(parent)) {
                for (Path p : old.filter(p -> {
                            String n = p.getFileName().toString();
                            return n.startsWith("." + name + ".") && n.endsWith(".tmp");
                        })
                        .toList()) {
                    deleteTree(p);
                }
            }
            Files.createDirectory(tmp);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = tmp.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
            }
            if (Files.exists(abs)) {
                if (!Files.isDirectory(abs)) {
                    throw new IOException("is a file, where the export writes a folder");
                }
                deleteTree(backup);
                move(abs, backup);
            }
            move(tmp, abs);
        } catch (IOException e) {
            try {
                deleteTree(tmp);
            } catch (IOException ignored) {
                // The next export removes it.
            }
            throw new InputException(abs.toString(), "cannot be written: " + e.getMessage());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
