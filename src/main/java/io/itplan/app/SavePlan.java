package io.itplan.app;

import io.itplan.core.format.InputException;
import io.itplan.core.format.PlanFiles;
import io.itplan.core.plan.IntegrationPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writing a plan file (JSON, or YAML by the name) atomically, recording where its graph file is relative to it.
 * A plan is never written over the graph it was made from.
 */
public final class SavePlan {
    private SavePlan() {}

    /**
     * @param graphFile the graph file the plan was made from, or null when it has none
     * @throws InputException when the file cannot be written, or is the graph file itself
     */
    public static void save(IntegrationPlan plan, Path file, Path graphFile) throws InputException {
        if (graphFile != null && sameFile(file, graphFile)) {
            throw new InputException(
                    file.toString(), "is the graph the plan was made from; write the plan to another file");
        }
        PlanFiles.write(plan, file, graphFile);
    }

    /** Whether two paths name the same file, through links and relative paths alike. */
    static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // Fall back to comparing the paths.
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
