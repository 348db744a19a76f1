package io.itplan.core.plan;

import java.util.Map;
import java.util.Set;

/**
 * What one step of a plan looks like by the rule, as the plan checker derives it: the modules integrated
 * before it, the ones it integrates, the suppliers replaced by stubs (with the clients each stub serves),
 * the clients replaced by drivers (with the modules each drives) and the dependencies it tests.
 */
public record StepView(
        String step,
        Set<String> before,
        Set<String> integrated,
        Map<String, Set<String>> stubbed,
        Map<String, Set<String>> driven,
        Set<DependencyRef> tested) {

    /** The state of a module in the step, as the plan view paints it. */
    public enum State {
        DONE,
        NEW,
        STUB,
        DRIVER,
        LATER
    }

    /** A module's state; a module both stubbed and replaced by a driver counts as a stub. */
    public State state(String module) {
        if (integrated.contains(module)) {
            return State.NEW;
        }
        if (before.contains(module)) {
            return State.DONE;
        }
        if (stubbed.containsKey(module)) {
            return State.STUB;
        }
        return driven.containsKey(module) ? State.DRIVER : State.LATER;
    }
}
