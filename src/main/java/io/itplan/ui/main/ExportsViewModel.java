package io.itplan.ui.main;

import io.itplan.app.ExportPlan;
import io.itplan.app.SavePlan;
import io.itplan.core.format.InputException;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanIds;
import io.itplan.ui.common.DialogService;
import io.itplan.ui.editor.GraphDocument;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Writing the plan shown: as a plan file, as another tool's files, as a report; and where a picture goes. */
public final class ExportsViewModel {
    private final GraphDocument document;
    private final DialogService dialogs;
    private final Supplier<Path> folder;
    private final Consumer<String> say;

    ExportsViewModel(GraphDocument document, DialogService dialogs, Supplier<Path> folder, Consumer<String> say) {
        this.document = document;
        this.dialogs = dialogs;
        this.folder = folder;
        this.say = say;
    }

    private String baseName() {
        String n = document.file() != null
                ? document.file().getFileName().toString().replaceFirst("(\\.graph)?\\.json$", "")
                : PlanIds.unique("g", document.displayName(), new HashSet<>()).substring(2);
        return n.isEmpty() ? "plan" : n;
    }

    private boolean noPlan(IntegrationPlan plan, String what, String whyNone) {
        if (plan == null) {
            say.accept("No plan to " + what + (whyNone == null || whyNone.isBlank() ? "" : ": " + whyNone));
            return true;
        }
        return false;
    }

    /** Writes the plan shown as a plan file, JSON or YAML as the user chooses. */
    public void exportPlan(IntegrationPlan plan, String whyNone) {
        if (noPlan(plan, "export", whyNone)) {
            return;
        }
        dialogs.chooseExportFile(
                        "Export plan", folder.get(), baseName() + ".plan.json", List.of(".plan.json", ".plan.yaml"))
                .ifPresent(file -> {
                    try {
                        SavePlan.save(plan, file, document.file());
                        say.accept("Exported the " + plan.strategy().name() + " plan to " + file.getFileName());
                    } catch (InputException e) {
                        dialogs.showError("Cannot export the plan", e.getMessage());
                    }
                });
    }

    /**
     * Writes the plan as another tool's files (a CI pipeline, test-runner sources, a Makefile). A single-file
     * export goes where the user says; a several-file one goes under the chosen file's folder.
     */
    public void exportTo(String target, IntegrationPlan plan, String whyNone) {
        if (noPlan(plan, "export", whyNone)) {
            return;
        }
        Path base = document.file() != null ? document.file().toAbsolutePath().getParent() : folder.get();
        ExportPlan.Result result;
        try {
            result = ExportPlan.build(new ExportPlan.Request(
                    plan, document.graph(), null, base == null ? Path.of("") : base, target, null, baseName()));
        } catch (IllegalArgumentException e) {
            dialogs.showError("Cannot export the plan", e.getMessage());
            return;
        }
        String suggested = Path.of(result.files().firstKey()).getFileName().toString();
        String ext = suggested.contains(".") ? suggested.substring(suggested.indexOf('.')) : "";
        dialogs.chooseExportFile("Export to " + target, folder.get(), suggested, List.of(ext))
                .ifPresent(file -> {
                    try {
                        if (result.files().size() == 1 && !result.ownsFolder()) {
                            ExportPlan.writeFile(
                                    file, result.files().values().iterator().next());
                        } else {
                            ExportPlan.writeInto(result, file.toAbsolutePath().getParent());
                        }
                        say.accept("Exported the plan to " + target + ": "
                                + io.itplan.app.text.Plural.count(result.files().size(), "file")
                                + (result.notes().isEmpty()
                                        ? ""
                                        : "; what it cannot express is listed at the top of the file"));
                    } catch (InputException e) {
                        dialogs.showError("Cannot export the plan", e.getMessage());
                    }
                });
    }

    /** Asks where to save a picture of the canvas: PNG, or SVG. */
    public Optional<Path> choosePictureFile() {
        return dialogs.chooseExportFile("Export picture", folder.get(), baseName() + ".png", List.of(".png", ".svg"));
    }

    /**
     * Writes a report of the plan: Markdown with the picture as an SVG file beside it, or one HTML page, as
     * the file's extension says.
     *
     * @param svg the picture of the graph with the selected step painted
     */
    public void exportReport(IntegrationPlan plan, String whyNone, String svg) {
        if (noPlan(plan, "report", whyNone)) {
            return;
        }
        dialogs.chooseExportFile("Export report", folder.get(), baseName() + "-plan.md", List.of(".md", ".html"))
                .ifPresent(file -> {
                    try {
                        String name = file.getFileName().toString();
                        io.itplan.app.ExportPicture.report(document.graph(), plan, svg, file);
                        say.accept("Exported the report to " + name);
                    } catch (InputException e) {
                        dialogs.showError("Cannot export the report", e.getMessage());
                    }
                });
    }
}
