package io.itplan.core.plan;

import java.util.Arrays;

/**
 * A step as a strategy chooses it, before stand-ins and tests are worked out.
 *
 * @param id      the step id (matches the plan file's id pattern)
 * @param name    a short human name
 * @param modules module indices integrated here, ascending
 * @param after   indices of earlier drafts this step comes after, ascending
 */
public record StepDraft(String id, String name, int[] modules, int[] after) {
    public StepDraft {
        modules = modules.clone();
        Arrays.sort(modules);
        after = after.clone();
        Arrays.sort(after);
    }

    @Override
    public int[] modules() {
        return modules.clone();
    }

    @Override
    public int[] after() {
        return after.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StepDraft d
                && d.id.equals(id)
                && d.name.equals(name)
                && Arrays.equals(d.modules, modules)
                && Arrays.equals(d.after, after);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(modules);
    }

    @Override
    public String toString() {
        return id + Arrays.toString(modules) + " after " + Arrays.toString(after);
    }
}
