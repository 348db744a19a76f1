package io.itplan.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itplan.core.graph.DependencyGraph;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A change of the selection as a whole is told once, whatever members it drops and adds. */
class SelectionTest {
    private final Selection selection = new Selection();
    private int told;

    SelectionTest() {
        selection.changesProperty().addListener((obs, was, is) -> told++);
    }

    @Test
    void selectingAnotherModuleIsOneChange() {
        selection.selectModule("a");
        assertEquals(1, told);
        // Drops a, adds b: two changes of the set, one of the selection.
        selection.selectModule("b");
        assertEquals(2, told);
        assertEquals(Set.of("b"), selection.modules());
        selection.selectOnly(List.of("a", "b", "c"), List.of());
        assertEquals(3, told);
    }

    @Test
    void whatChangesNothingIsNotTold() {
        selection.selectModule("a");
        selection.selectModule("a");
        selection.selectOnly(List.of("a"), List.of());
        assertEquals(1, told);
        selection.clear();
        selection.clear();
        assertEquals(2, told);
        selection.prune(DependencyGraph.builder("g").build());
        assertEquals(2, told);
    }

    @Test
    void togglingAndPruningAreChanges() {
        selection.toggleModule("a");
        selection.toggleModule("a");
        assertEquals(2, told);
        selection.selectModule("gone");
        selection.prune(DependencyGraph.builder("g").addModules("kept").build());
        assertEquals(4, told);
        assertEquals(Set.of(), selection.modules());
    }
}
