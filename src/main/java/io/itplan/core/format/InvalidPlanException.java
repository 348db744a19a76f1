package io.itplan.core.format;

import java.util.List;

/** A plan file that parses but breaks the plan schema; each violation is located. */
public class InvalidPlanException extends InputException {
    private static final long serialVersionUID = 1L;
    private final List<InputException> violations;

    public InvalidPlanException(List<InputException> violations) {
        super(
                violations.get(0).source(),
                violations.get(0).line(),
                violations.get(0).column(),
                violations.get(0).detail()
                        + (violations.size() > 1
                                ? " (and " + (violations.size() - 1) + " more schema violations)"
                                : ""));
        this.violations = List.copyOf(violations);
    }

    public List<InputException> violations() {
        return violations;
    }
}
