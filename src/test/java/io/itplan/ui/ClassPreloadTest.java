package io.itplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassPreloadTest {
    /**
     * The list names library classes that are on the class path, so that a library upgrade that renames classes
     * shows here rather than as a slower start; and it loads them all.
     */
    @Test
    void everyListedClassIsThereAndLoads() throws Exception {
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ClassPreload.class.getResourceAsStream(ClassPreload.LIST), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(names::add);
        }
        assertTrue(names.size() > 1000, "the window loads thousands of library classes, the list has " + names.size());
        assertTrue(names.contains("javafx.scene.control.skin.TableViewSkin"), "the tables' skin is listed");
        assertTrue(names.stream().noneMatch(n -> n.startsWith("io.itplan.")), "the app's own classes change too often");
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            try {
                Class.forName(n, false, ClassPreload.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(n);
            }
        }
        // The list is recorded on Linux with the software pipeline: another system's JavaFX may lack some of its
        // windowing, rendering and font classes, which are then skipped.
        List<String> gone = missing.stream()
                .filter(n -> !n.startsWith("com.sun.glass.")
                        && !n.startsWith("com.sun.prism.")
                        && !n.startsWith("com.sun.javafx.font."))
                .toList();
        assertTrue(
                gone.isEmpty(),
                gone.size() + " listed classes are gone, run packaging/preload-list.sh: "
                        + gone.subList(0, Math.min(10, gone.size())));
        assertEquals(names.size() - missing.size(), ClassPreload.loadAll());
    }
}
