package io.itplan.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chosen filter decides the extension when the name has none of the offered ones. */
class SaveNamesTest {
    private static final List<String> GRAPHS = List.of(".graph.json", ".json");
    private static final List<String> REPORTS = List.of(".md", ".html");
    private static final List<String> PLANS = List.of(".plan.json", ".plan.yaml");

    private static String settle(String typed, String chosen, List<String> offered) {
        return SaveNames.settle(Path.of("/tmp", typed), chosen, offered)
                .getFileName()
                .toString();
    }

    @Test
    void aNameTypedWithoutExtensionGetsTheChosenFiltersWholeExtension() {
        assertEquals("shop.graph.json", settle("shop", ".graph.json", GRAPHS));
        // What GTK hands back for "shop" under *.graph.json: only the last part added.
        assertEquals("shop.graph.json", settle("shop.json", ".graph.json", GRAPHS));
        assertEquals("shop.plan.yaml", settle("shop.yaml", ".plan.yaml", PLANS));
        assertEquals("release-1.2.graph.json", settle("release-1.2", ".graph.json", GRAPHS));
    }

    @Test
    void theChosenFilterReplacesTheSuggestedNamesExtension() {
        assertEquals("web-shop-plan.html", settle("web-shop-plan.md", ".html", REPORTS));
        assertEquals("shop.plan.yaml", settle("shop.plan.json", ".plan.yaml", PLANS));
    }

    @Test
    void aNameEndingInTheChosenExtensionIsKept() {
        assertEquals("shop.graph.json", settle("shop.graph.json", ".graph.json", GRAPHS));
        assertEquals("data.json", settle("data.json", ".json", GRAPHS));
        assertEquals("x.graph.json", settle("x.graph.json", ".json", GRAPHS));
    }

    @Test
    void allFilesKeepsWhatWasTypedAndCompletesABareName() {
        assertEquals("Makefile", settle("Makefile", "", List.of("")));
        assertEquals("notes.txt", settle("notes.txt", "", GRAPHS));
        assertEquals("shop.graph.json", settle("shop", "", GRAPHS));
    }
}
