package io.itplan.core.export;

import java.nio.file.Path;

/**
 * How an export runs the plan where it lands.
 *
 * @param mode     {@link Mode#INLINE}: every job carries the step's own commands, stand-ins, environment, folder and
 *                 timeout; {@link Mode#RUNNER}: every job calls {@code itplan run PLAN --step ID}, which does all that
 * @param planDir  the plan file's folder, relative to the folder the exported files run from; working directories and
 *                 stand-ins start there, as under {@code itplan run}
 * @param planFile the plan file, relative to that same folder (what runner-mode jobs pass to {@code itplan run})
 */
public record ExportOptions(Mode mode, String planDir, String planFile) {
    /** The two shapes of a CI export. */
    public enum Mode {
        INLINE,
        RUNNER
    }

    /** Inline, with the plan in the folder the export runs from. */
    public static final ExportOptions DEFAULT = new ExportOptions(Mode.INLINE, ".", "itplan.plan.json");

    public ExportOptions {
        planDir = planDir == null || planDir.isEmpty() ? "." : planDir;
    }

    /** Where a step's working directory is, relative to the folder the export runs from. */
    String folder(String workingDirectory) {
        String wd = workingDirectory == null || workingDirectory.isEmpty() ? "." : workingDirectory;
        String p = Path.of(planDir).resolve(wd).normalize().toString().replace('\\', '/');
        return p.isEmpty() ? "." : p;
    }
}
