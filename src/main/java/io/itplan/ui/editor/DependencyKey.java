package io.itplan.ui.editor;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyKind;

/** What identifies a dependency in a graph: its ends and its kind. */
public record DependencyKey(String from, String to, DependencyKind kind) {
    public static DependencyKey of(Dependency d) {
        return new DependencyKey(d.from(), d.to(), d.kind());
    }

    public boolean matches(Dependency d) {
        return d.from().equals(from) && d.to().equals(to) && d.kind() == kind;
    }
}
