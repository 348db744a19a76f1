package io.itplan.ui.editor;

import io.itplan.core.graph.DependencyGraph;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleLongProperty;

/**
 * Undo and redo for one document, after Scene Builder's JobManager: bounded stacks, a guard against
 * commands that start commands, and a revision that changes on every execute, undo and redo. The document
 * is dirty when the command on top differs from the one on top at the last save.
 */
public final class CommandStack {
    /** How many steps can be undone. */
    public static final int LIMIT = 200;

    private final GraphDocument document;
    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final LongProperty current = new SimpleLongProperty(this, "current");
    private long serial;
    private long savedAt;
    private boolean busy;

    private record Entry(long serial, EditCommand command, DependencyGraph before, DependencyGraph after) {}

    CommandStack(GraphDocument document) {
        this.document = document;
    }

    /**
     * Applies {@code command} to the document and records it.
     *
     * @throws IllegalArgumentException when the command cannot be made; nothing changes then
     */
    public void execute(EditCommand command) {
        if (busy) {
            throw new IllegalStateException("a command may not execute another command");
        }
        busy = true;
        try {
            DependencyGraph before = document.graph();
            DependencyGraph after = command.apply(before);
            Entry top = undo.peek();
            if (top != null
                    && redo.isEmpty()
                    && top.serial() != savedAt
                    && top.command().absorbs(command)) {
                undo.pop();
                undo.push(new Entry(top.serial(), top.command(), top.before(), after));
            } else {
                undo.push(new Entry(++serial, command, before, after));
                if (undo.size() > LIMIT) {
                    undo.removeLast();
                }
            }
            redo.clear();
            document.replaceGraph(after);
            changed();
        } finally {
            busy = false;
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(e -> e.command().description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(e -> e.command().description());
    }

    public void undo() {
        Entry e = undo.poll();
        if (e != null) {
            redo.push(e);
            document.replaceGraph(e.before());
            changed();
        }
    }

    public void redo() {
        Entry e = redo.poll();
        if (e != null) {
            undo.push(e);
            document.replaceGraph(e.after());
            changed();
        }
    }

    /** Forgets all history (a new or reopened document); the current state counts as saved. */
    public void clear() {
        undo.clear();
        redo.clear();
        savedAt = 0;
        changed();
    }

    /** Marks the current state as the saved one. */
    public void markSaved() {
        savedAt = top();
        changed();
    }

    public boolean isDirty() {
        return top() != savedAt;
    }

    private long top() {
        Entry e = undo.peek();
        return e == null ? 0 : e.serial();
    }

    private void changed() {
        current.set(top());
        revision.set(revision.get() + 1);
    }

    /** Changes on every execute, undo, redo, save and clear. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
