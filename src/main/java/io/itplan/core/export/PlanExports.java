package io.itplan.core.export;

import java.util.List;
import java.util.Optional;

/** The exports itplan offers, by name. */
public final class PlanExports {
    private static final List<PlanExport> ALL = List.of(
            new GithubActionsExport(),
            new GitlabCiExport(),
            new JenkinsExport(),
            new TestNgPlanExport(),
            new JunitPlanExport(),
            new MakefileExport());

    private PlanExports() {}

    /** Every export with its default settings, in the order the user sees them. */
    public static List<PlanExport> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(PlanExport::name).toList();
    }

    public static Optional<PlanExport> named(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
