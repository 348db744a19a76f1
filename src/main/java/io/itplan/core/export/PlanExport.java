package io.itplan.core.export;

import io.itplan.core.plan.IntegrationPlan;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/**
 * One way to turn a plan into files another tool runs, carrying the plan's whole meaning per step: stand-ins,
 * environment, working directory, timeout and {@code onFailure}. Whatever the target cannot express is listed in
 * {@link Rendered#notes} and in a comment at the top of the files. Rendering is deterministic: the same plan and
 * options give the same bytes.
 */
public interface PlanExport {

    /**
     * An export's files and what it could not express.
     *
     * @param files by path relative to where the export goes
     * @param notes each thing the target cannot express for this plan, one line each
     */
    record Rendered(SortedMap<String, String> files, List<String> notes) {
        public Rendered {
            files = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(files));
            notes = List.copyOf(notes);
        }
    }

    /** The name a user picks the export by, e.g. {@code github}. */
    String name();

    /** The file (or, for a several-file export, the folder) the export suggests, relative to the project root. */
    String fileName();

    /** The shapes the export offers; the first is the default. */
    default List<ExportOptions.Mode> modes() {
        return List.of(ExportOptions.Mode.INLINE);
    }

    /** The export's files with {@code options}. */
    Rendered render(IntegrationPlan plan, ExportOptions options);

    /** Whether the files form one folder that the export owns and replaces as a whole ({@link #fileName()}). */
    default boolean ownsFolder() {
        return false;
    }

    /** The export's single file with the default options. */
    default String render(IntegrationPlan plan) {
        SortedMap<String, String> files = render(plan, ExportOptions.DEFAULT).files();
        if (files.size() != 1) {
            throw new UnsupportedOperationException("the " + name() + " export writes several files; use files()");
        }
        return files.values().iterator().next();
    }

    /** Every file with the default options. */
    default SortedMap<String, String> files(IntegrationPlan plan) {
        return render(plan, ExportOptions.DEFAULT).files();
    }

    /** The names of the modes, for messages. */
    static Set<String> modeNames(PlanExport e) {
        return new java.util.LinkedHashSet<>(e.modes().stream()
                .map(m -> m.name().toLowerCase(java.util.Locale.ROOT))
                .toList());
    }
}
