package io.itplan.core.cycles;

import java.util.List;

/** A cycle made only of dependencies that may not be stubbed, so no stand-in can break it. */
public class UnbreakableCycleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> cycle;

    public UnbreakableCycleException(List<String> cycle) {
        super("cycle of unstubbable dependencies cannot be broken: " + String.join(" -> ", cycle) + " -> "
                + cycle.get(0) + " (make one of them stubbable, or plan with --cycles cluster)");
        this.cycle = List.copyOf(cycle);
    }

    /** The modules of the cycle in order; the last depends on the first. */
    public List<String> cycle() {
        return cycle;
    }
}
