package io.itplan.core.plan;

import java.util.List;

/**
 * One step of a plan: it integrates the modules {@code integrate} after the steps {@code after} and tests
 * its subsystem, using the stand-ins {@code stubs} and {@code drivers} (ids of {@link StandIn}s).
 *
 * @param tests     the dependencies first tested here, both ends in the subsystem for the first time
 * @param run       commands to run, each an argv list
 * @param execution overrides of the plan defaults, or {@code null}
 */
public record Step(
        String id,
        String name,
        List<String> after,
        List<String> integrate,
        List<String> stubs,
        List<String> drivers,
        List<DependencyRef> tests,
        List<List<String>> run,
        Execution execution) {
    public Step {
        after = List.copyOf(after);
        integrate = List.copyOf(integrate);
        stubs = IdList.immutable(stubs);
        drivers = IdList.immutable(drivers);
        tests = List.copyOf(tests);
        run = run.stream().map(List::copyOf).toList();
    }
}
