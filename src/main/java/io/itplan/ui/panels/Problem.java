package io.itplan.ui.panels;

import io.itplan.ui.editor.DependencyKey;
import java.util.List;

/** Something about the graph a tester should know, and the modules and dependencies it is about. */
public record Problem(Severity severity, String text, List<String> modules, List<DependencyKey> dependencies) {
    /** How much it matters: an error stops planning, a warning changes the plan, info is a hint. */
    public enum Severity {
        ERROR,
        WARNING,
        INFO
    }
}
