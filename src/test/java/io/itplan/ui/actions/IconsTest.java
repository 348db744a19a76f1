package io.itplan.ui.actions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.ModuleKind;
import io.itplan.ui.panels.KindIcons;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.IkonHandler;

/** Every icon the app names exists in the icon pack (a wrong name would stop the window from opening). */
class IconsTest {
    private static boolean resolves(String literal) {
        for (IkonHandler h : ServiceLoader.load(IkonHandler.class)) {
            if (h.supports(literal)) {
                try {
                    h.resolve(literal);
                    return true;
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }
        }
        return false;
    }

    @Test
    void everyActionAndKindIconExists() {
        List<String> missing = new ArrayList<>();
        for (StandardAction a : StandardAction.values()) {
            if (!resolves(a.icon())) {
                missing.add(a + ": " + a.icon());
            }
        }
        for (ModuleKind k : ModuleKind.values()) {
            if (!resolves(KindIcons.of(k))) {
                missing.add(k + ": " + KindIcons.of(k));
            }
        }
        assertTrue(missing.isEmpty(), "unknown icons: " + missing);
    }
}
