package io.itplan.ui.panels;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.editor.Selection;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The module outline: every module, filtered by a search text over id, name, kind, layer and tags. */
public final class OutlineViewModel {
    private final GraphDocument document;
    private final Selection selection;
    private final ObservableList<Module> modules = FXCollections.observableArrayList();
    private final FilteredList<Module> visible = new FilteredList<>(modules);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");

    public OutlineViewModel(GraphDocument document, Selection selection) {
        this.document = document;
        this.selection = selection;
        document.graphProperty().addListener((obs, a, b) -> refresh(b));
        filter.addListener((obs, a, b) -> visible.setPredicate(m -> matches(m, b)));
        refresh(document.graph());
    }

    private void refresh(DependencyGraph g) {
        List<Module> sorted = g.modules().stream()
                .sorted(java.util.Comparator.comparing((Module m) -> m.name().toLowerCase(Locale.ROOT))
                        .thenComparing(Module::id))
                .toList();
        if (!sorted.equals(modules)) {
            modules.setAll(sorted);
        }
    }

    static boolean matches(Module m, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return m.id().toLowerCase(Locale.ROOT).contains(t)
                || m.name().toLowerCase(Locale.ROOT).contains(t)
                || m.kind().key().contains(t)
                || m.layer().toLowerCase(Locale.ROOT).contains(t)
                || m.tags().stream()
                        .anyMatch(tag -> tag.toLowerCase(Locale.ROOT).contains(t));
    }

    public ObservableList<Module> visibleModules() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** Selects modules chosen in the outline. */
    public void select(List<String> ids) {
        selection.selectOnly(ids, List.of());
    }

    public GraphDocument document() {
        return document;
    }
}
