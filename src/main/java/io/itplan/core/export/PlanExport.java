package io.itplan.core.export;

import io.itplan.core.plan.IntegrationPlan;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One way to turn a plan into files another tool runs. Rendering is deterministic: the same plan gives
 * the same bytes.
 */
public interface PlanExport {

    /** The name a user picks the export by, e.g. {@code github}. */
    String name();

    /** The file name the export suggests, relative to the project root. */
    String fileName();

    /** The export's single file. */
    String render(IntegrationPlan plan);

    /** Every file of the export by its path relative to the project root; one file unless overridden. */
    default SortedMap<String, String> files(IntegrationPlan plan) {
        SortedMap<String, String> files = new TreeMap<>();
        files.put(fileName(), render(plan));
        return files;
    }
}
