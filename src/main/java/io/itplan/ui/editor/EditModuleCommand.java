package io.itplan.ui.editor;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;

/** Changes one module's fields; a new id carries its dependencies along. */
public final class EditModuleCommand implements EditCommand {
    private final String id;
    private final Module changed;
    private final String description;

    public EditModuleCommand(String id, Module changed, String description) {
        this.id = id;
        this.changed = changed;
        this.description = description;
    }

    /**
     * Renames a module: its display name, and its id too when the module was just drawn (its id is still
     * the one the editor gave it, like {@code service-3} for "Service 3") and the new id is free, so that
     * hand-drawn graphs get readable ids. An id anybody chose stays as it is.
     */
    public static EditModuleCommand rename(DependencyGraph g, Module m, String newName) {
        Module renamed = m.withName(newName);
        String newId = idFor(newName);
        boolean drawn = m.id().equals(idFor(m.name()))
                && m.id().matches("[a-z]+-\\d+")
                && m.id().startsWith(m.kind().key() + "-");
        if (drawn && !newId.isEmpty() && !g.contains(newId)) {
            renamed = new Module(
                    newId,
                    newName,
                    m.kind(),
                    m.layer(),
                    m.tags(),
                    m.risk(),
                    m.notes(),
                    m.x(),
                    m.y(),
                    m.pinned(),
                    m.commands(),
                    m.stub(),
                    m.driver());
        }
        return new EditModuleCommand(m.id(), renamed, "Rename " + m.name() + " to " + newName);
    }

    /** The id a name suggests: lower case, words joined by dashes, only letters, digits, dots and dashes. */
    public static String idFor(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .strip()
                .replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    /** The module's id after this edit. */
    public String resultId() {
        return changed.id();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public DependencyGraph apply(DependencyGraph current) {
        if (!current.contains(id)) {
            throw new IllegalArgumentException("module '" + id + "' is no longer in the graph");
        }
        return GraphEdit.of(current).replaceModule(id, changed).build();
    }
}
