package io.itplan.ui.editor;

import io.itplan.core.graph.DependencyGraph;

/**
 * One user-level edit. {@link #apply} computes the edited graph from the current one; the
 * {@link CommandStack} keeps both, so undo restores the exact prior graph and redo the exact result.
 */
public interface EditCommand {

    /** What the edit did, for the Undo and Redo menu items ("Move 3 modules"). */
    String description();

    /**
     * The edited graph.
     *
     * @throws IllegalArgumentException when the edit cannot be made (a duplicate id, say); nothing changes
     */
    DependencyGraph apply(DependencyGraph current);

    /**
     * Whether this edit may absorb {@code next}, done right after it, into one undo step (a run of arrow-key
     * nudges). The default: never.
     */
    default boolean absorbs(EditCommand next) {
        return false;
    }
}
