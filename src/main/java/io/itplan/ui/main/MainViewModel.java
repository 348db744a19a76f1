package io.itplan.ui.main;

import io.itplan.app.files.RecentFiles;
import io.itplan.app.files.RecoveryStore;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.ui.DialogService;
import io.itplan.ui.editor.AddModuleCommand;
import io.itplan.ui.editor.ChangeModulesCommand;
import io.itplan.ui.editor.DeleteElementsCommand;
import io.itplan.ui.editor.EditCommand;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.editor.PasteCommand;
import io.itplan.ui.editor.Selection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the main window does, apart from how it looks: files (new, open, recent, examples, save, revert),
 * protecting unsaved work (prompts and recovery copies), the clipboard, and status text. Needs no toolkit.
 */
public final class MainViewModel {
    /** The examples shipped inside the program: menu text and resource. */
    public static final Map<String, String> EXAMPLES = new java.util.LinkedHashMap<>();

    static {
        EXAMPLES.put("Web shop (services)", "/itplan/examples/webshop.graph.json");
        EXAMPLES.put("Library (layered Java classes)", "/itplan/examples/library.graph.json");
    }

    private final GraphDocument document;
    private final Selection selection = new Selection();
    private final DialogService dialogs;
    private final RecentFiles recent;
    private final RecoveryStore recovery;
    private final String sessionKey;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final StringBinding counts;
    private String clipboard;
    private int created;
    private Runnable onOpened = () -> {};

    public MainViewModel(
            GraphDocument document,
            DialogService dialogs,
            RecentFiles recent,
            RecoveryStore recovery,
            String sessionKey) {
        this.document = document;
        this.dialogs = dialogs;
        this.recent = recent;
        this.recovery = recovery;
        this.sessionKey = sessionKey;
        recentFiles.setAll(recent.list());
        counts = Bindings.createStringBinding(
                () -> {
                    DependencyGraph g = document.graph();
                    int sel = selection.modules().size()
                            + selection.dependencies().size();
                    return g.modules().size() + " modules · " + g.dependencies().size() + " dependencies"
                            + (sel > 0 ? " · " + sel + " selected" : "");
                },
                document.graphProperty(),
                selection.modules(),
                selection.dependencies());
    }

    public GraphDocument document() {
        return document;
    }

    public Selection selection() {
        return selection;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StringBinding countsProperty() {
        return counts;
    }

    /** Called after another graph replaced the current one (new, open, example, revert). */
    public void setOnOpened(Runnable onOpened) {
        this.onOpened = onOpened;
    }

    /** Whether a graph has no drawing yet: more than one module and every one at the origin (an import, say). */
    public static boolean needsLayout(DependencyGraph g) {
        return io.itplan.app.OpenGraph.needsLayout(g);
    }

    public void say(String text) {
        // Setting the same text again must still show it.
        message.set("");
        message.set(text);
    }

    // ---- files

    /** Asks what to do with unsaved changes; true when it is fine to go on and lose the current state. */
    public boolean confirmDiscard() {
        if (!document.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSave(document.displayName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    public void newGraph() {
        if (confirmDiscard()) {
            replace(DependencyGraph.builder("Untitled").build(), null);
            say("New graph");
        }
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        dialogs.chooseGraphToOpen(folder()).ifPresent(this::load);
    }

    /** Opens a file without asking about unsaved changes (the caller has). A bad file changes nothing. */
    public boolean load(Path file) {
        try {
            DependencyGraph g = io.itplan.app.OpenGraph.open(file).graph();
            replace(g, file);
            remember(file);
            say("Opened " + file.getFileName()
                    + (g.warnings().isEmpty() ? "" : " (" + g.warnings().size() + " warnings, see Problems)"));
            return true;
        } catch (InputException e) {
            dialogs.showError("Cannot open " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    public void openRecent(Path file) {
        if (confirmDiscard()) {
            load(file);
        }
    }

    public void openExample(String title) {
        if (!confirmDiscard()) {
            return;
        }
        DependencyGraph g = example(EXAMPLES.get(title));
        replace(g, null);
        say("Opened the example " + g.name() + "; Save As keeps your own copy");
    }

    /** A bundled example graph. */
    public static DependencyGraph example(String resource) {
        try (InputStream in = MainViewModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("example " + resource + " is missing from the program");
            }
            return GraphFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException | InputException e) {
            throw new IllegalStateException("example " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    public boolean save() {
        if (document.file() == null) {
            return saveAs();
        }
        return writeTo(document.file());
    }

    public boolean saveAs() {
        String suggested = document.file() != null
                ? document.file().getFileName().toString()
                : io.itplan.core.plan.PlanIds.unique("g", document.displayName(), new HashSet<>())
                                .substring(2) + ".graph.json";
        Optional<Path> target = dialogs.chooseGraphToSave(folder(), suggested);
        if (target.isEmpty()) {
            return false;
        }
        Path file = target.get();
        if (!file.getFileName().toString().endsWith(".json")) {
            file = file.resolveSibling(file.getFileName() + ".graph.json");
            if (java.nio.file.Files.exists(file)
                    && !dialogs.confirm(
                            "Replace " + file.getFileName(), file.getFileName() + " already exists. Replace it?")) {
                return false;
            }
        }
        return writeTo(file);
    }

    private boolean writeTo(Path file) {
        try {
            io.itplan.app.SaveGraph.save(document.graph(), file);
        } catch (InputException e) {
            dialogs.showError("Cannot save", e.getMessage());
            return false;
        }
        document.fileProperty().set(file);
        document.commands().markSaved();
        recovery.discard(sessionKey);
        remember(file);
        say("Saved " + file.getFileName());
        return true;
    }

    public void revert() {
        Path file = document.file();
        if (file == null || !document.isDirty()) {
            return;
        }
        if (dialogs.confirm("Revert to saved", "Discard all changes since " + file.getFileName() + " was saved?")) {
            load(file);
        }
    }

    /** Whether the window may close: unsaved work saved or knowingly discarded. */
    public boolean requestClose() {
        if (!confirmDiscard()) {
            return false;
        }
        recovery.discard(sessionKey);
        return true;
    }

    private void replace(DependencyGraph g, Path file) {
        selection.clear();
        document.reset(g, file);
        recovery.discard(sessionKey);
        onOpened.run();
    }

    private void remember(Path file) {
        recent.add(file);
        recentFiles.setAll(recent.list());
    }

    private Path folder() {
        if (document.file() != null && document.file().toAbsolutePath().getParent() != null) {
            return document.file().toAbsolutePath().getParent();
        }
        return recentFiles.isEmpty()
                ? null
                : recentFiles.get(0).toAbsolutePath().getParent();
    }

    // ---- exports

    private String baseName() {
        String n = document.file() != null
                ? document.file().getFileName().toString().replaceFirst("(\\.graph)?\\.json$", "")
                : io.itplan.core.plan.PlanIds.unique("g", document.displayName(), new HashSet<>())
                        .substring(2);
        return n.isEmpty() ? "plan" : n;
    }

    /** Writes the plan shown as a plan file, JSON or YAML as the user chooses. */
    public void exportPlan(io.itplan.core.plan.IntegrationPlan plan, String whyNone) {
        if (plan == null) {
            say("No plan to export" + (whyNone == null || whyNone.isBlank() ? "" : ": " + whyNone));
            return;
        }
        dialogs.chooseExportFile(
                        "Export plan", folder(), baseName() + ".plan.json", List.of(".plan.json", ".plan.yaml"))
                .ifPresent(file -> {
                    try {
                        io.itplan.app.SavePlan.save(plan, file, document.file());
                        say("Exported the " + plan.strategy().name() + " plan to " + file.getFileName());
                    } catch (InputException e) {
                        dialogs.showError("Cannot export the plan", e.getMessage());
                    }
                });
    }

    /**
     * Writes the plan as another tool's files (a CI pipeline, test-runner files, a Makefile). A single-file
     * export goes where the user says; the files of a several-file one go under the chosen file's folder.
     */
    public void exportTo(
            io.itplan.core.export.PlanExport export, io.itplan.core.plan.IntegrationPlan plan, String whyNone) {
        if (plan == null) {
            say("No plan to export" + (whyNone == null || whyNone.isBlank() ? "" : ": " + whyNone));
            return;
        }
        java.util.SortedMap<String, String> files = export.files(plan);
        String suggested = Path.of(files.firstKey()).getFileName().toString();
        String ext = suggested.contains(".") ? suggested.substring(suggested.indexOf('.')) : "";
        dialogs.chooseExportFile(
                        "Export to " + export.name(), folder(), suggested, ext.isEmpty() ? List.of("") : List.of(ext))
                .ifPresent(file -> {
                    try {
                        for (var f : files.entrySet()) {
                            Path target = files.size() == 1
                                    ? file
                                    : file.toAbsolutePath().getParent().resolve(f.getKey());
                            java.nio.file.Files.createDirectories(
                                    target.toAbsolutePath().getParent());
                            io.itplan.core.format.AtomicFiles.write(
                                    target, f.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        }
                        say("Exported the plan to " + export.name() + ": " + files.size() + " file(s)");
                    } catch (InputException | java.io.IOException e) {
                        dialogs.showError("Cannot export the plan", e.getMessage());
                    }
                });
    }

    /** Asks where to save a picture of the canvas: PNG, or SVG. */
    public Optional<Path> choosePictureFile() {
        return dialogs.chooseExportFile(
                "Export picture", folder(), baseName() + ".png", List.of(".png", ".svg", ".dot", ".graphml", ".mmd"));
    }

    /**
     * Writes a report of the plan: Markdown with the picture as an SVG file beside it, or one HTML page.
     *
     * @param svg the picture of the graph with the selected step painted
     */
    public void exportReport(io.itplan.core.plan.IntegrationPlan plan, String whyNone, String svg) {
        if (plan == null) {
            say("No plan to report" + (whyNone == null || whyNone.isBlank() ? "" : ": " + whyNone));
            return;
        }
        dialogs.chooseExportFile("Export report", folder(), baseName() + "-plan.md", List.of(".md", ".html"))
                .ifPresent(file -> {
                    try {
                        String name = file.getFileName().toString();
                        if (name.endsWith(".html")) {
                            io.itplan.core.format.AtomicFiles.write(
                                    file,
                                    io.itplan.app.report.PlanReport.html(document.graph(), plan, svg)
                                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        } else {
                            String picture = name.replaceFirst("\\.md$", "") + ".svg";
                            io.itplan.core.format.AtomicFiles.write(
                                    file.resolveSibling(picture),
                                    svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            io.itplan.core.format.AtomicFiles.write(
                                    file,
                                    io.itplan.app.report.PlanReport.markdown(document.graph(), plan, picture)
                                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        }
                        say("Exported the report to " + name);
                    } catch (InputException e) {
                        dialogs.showError("Cannot export the report", e.getMessage());
                    }
                });
    }

    public void showError(String title, String message) {
        dialogs.showError(title, message);
    }

    // ---- recovery

    /** Writes the recovery copy while there are unsaved changes, and removes it when there are none. */
    public void updateRecoveryCopy() {
        if (!document.isDirty()) {
            recovery.discard(sessionKey);
            return;
        }
        try {
            recovery.save(sessionKey, document.file(), document.graph());
        } catch (InputException e) {
            say("Cannot write the recovery copy: " + e.getMessage());
        }
    }

    /** At start: offers back the newest copy another session left behind; true when one was restored. */
    public boolean offerRecovery() {
        List<RecoveryStore.Recovered> left = recovery.leftOver(sessionKey);
        if (left.isEmpty()) {
            return false;
        }
        RecoveryStore.Recovered r = left.get(0);
        String what = r.originalFile() == null
                ? "'" + r.graph().name() + "' (never saved)"
                : r.originalFile().getFileName().toString();
        boolean restore = dialogs.confirm(
                "Recover unsaved changes",
                "itplan did not close normally. Recover your unsaved changes to " + what + "?");
        recovery.discard(r.copy());
        if (!restore) {
            return false;
        }
        selection.clear();
        document.reset(DependencyGraph.builder("").build(), r.originalFile());
        document.commands().execute(new EditCommand() {
            @Override
            public String description() {
                return "Recover unsaved changes";
            }

            @Override
            public DependencyGraph apply(DependencyGraph current) {
                return r.graph();
            }
        });
        updateRecoveryCopy();
        say("Recovered unsaved changes to " + what);
        return true;
    }

    // ---- editing

    private boolean run(EditCommand command) {
        try {
            document.commands().execute(command);
            return true;
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
            return false;
        }
    }

    /** Adds a module of {@code kind} at a world position and selects it; returns its id. */
    public String addModule(double x, double y, ModuleKind kind) {
        Set<String> taken = new HashSet<>();
        document.graph().modules().forEach(m -> taken.add(m.id()));
        String id;
        do {
            id = kind.key() + "-" + (++created);
        } while (taken.contains(id));
        String name = Character.toUpperCase(kind.key().charAt(0)) + kind.key().substring(1) + " " + created;
        Module m = new Module(
                id, name, kind, null, null, null, null, Math.round(x), Math.round(y), false, null, null, null);
        if (run(new AddModuleCommand(m))) {
            selection.selectModule(id);
        }
        return id;
    }

    public void delete() {
        if (!selection.isEmpty()) {
            run(new DeleteElementsCommand(Set.copyOf(selection.modules()), Set.copyOf(selection.dependencies())));
        }
    }

    public void selectAll() {
        DependencyGraph g = document.graph();
        selection.selectOnly(g.modules().stream().map(Module::id).toList(), List.of());
    }

    public void undo() {
        document.commands().undoDescription().ifPresent(d -> say("Undid: " + d));
        document.commands().undo();
    }

    public void redo() {
        document.commands().redoDescription().ifPresent(d -> say("Redid: " + d));
        document.commands().redo();
    }

    public void togglePin() {
        if (selection.modules().isEmpty()) {
            return;
        }
        DependencyGraph g = document.graph();
        boolean pin = selection.modules().stream().anyMatch(id -> !g.module(id).pinned());
        run(ChangeModulesCommand.pin(g, selection.modules(), pin));
    }

    /** The selected modules and the dependencies among them, as graph-file text; null when nothing is selected. */
    public String copy() {
        if (selection.modules().isEmpty()) {
            return null;
        }
        DependencyGraph g = document.graph();
        DependencyGraph.Builder b = DependencyGraph.builder("clipboard");
        g.modules().stream().filter(m -> selection.modules().contains(m.id())).forEach(b::addModule);
        g.dependencies().stream()
                .filter(d -> selection.modules().contains(d.from())
                        && selection.modules().contains(d.to()))
                .forEach(b::addDependency);
        clipboard = GraphFiles.toJson(b.build());
        say("Copied " + selection.modules().size() + " modules");
        return clipboard;
    }

    public String cut() {
        String text = copy();
        if (text != null) {
            run(new DeleteElementsCommand(Set.copyOf(selection.modules()), Set.of()));
        }
        return text;
    }

    /** Pastes graph-file text (from any itplan window), or this window's last copy when {@code text} is null. */
    public void paste(String text) {
        String source = text != null && text.contains("itplan.graph/") ? text : clipboard;
        if (source == null) {
            say("Nothing to paste: copy modules first");
            return;
        }
        DependencyGraph pasted;
        try {
            pasted = GraphFiles.parse(source, "clipboard");
        } catch (InputException e) {
            say("Nothing to paste: the clipboard holds no itplan modules");
            return;
        }
        insertCopies(pasted.modules(), pasted.dependencies(), "Paste");
    }

    public void duplicate() {
        if (selection.modules().isEmpty()) {
            return;
        }
        DependencyGraph g = document.graph();
        List<Module> ms = new ArrayList<>();
        g.modules().stream().filter(m -> selection.modules().contains(m.id())).forEach(ms::add);
        List<Dependency> ds = g.dependencies().stream()
                .filter(d -> selection.modules().contains(d.from())
                        && selection.modules().contains(d.to()))
                .toList();
        insertCopies(ms, ds, "Duplicate");
    }

    private void insertCopies(List<Module> modules, List<Dependency> deps, String verb) {
        PasteCommand paste = new PasteCommand(modules, deps, 30, verb);
        if (run(paste)) {
            selection.selectOnly(paste.pastedIds().values(), List.of());
        }
    }

    /** Modules whose id or name matches {@code text}: exact matches first, then those containing it. */
    public List<String> find(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.isEmpty()) {
            return List.of();
        }
        List<String> exact = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (Module m : document.graph().modules()) {
            String id = m.id().toLowerCase(java.util.Locale.ROOT);
            String name = m.name().toLowerCase(java.util.Locale.ROOT);
            if (id.equals(t) || name.equals(t)) {
                exact.add(m.id());
            } else if (id.contains(t) || name.contains(t)) {
                partial.add(m.id());
            }
        }
        exact.addAll(partial);
        return exact;
    }
}
