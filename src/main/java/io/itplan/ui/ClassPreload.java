package io.itplan.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a thread of its own, the library classes the window is about to need (JavaFX's controls and skins,
 * ControlsFX, Jackson...), in the order it needs them, while the JavaFX thread builds the window: on a second core
 * the class files are read and defined in parallel, and the window thread finds most of them loaded. Classes are
 * only loaded, never initialised, so nothing runs on the wrong thread.
 *
 * <p>The list ({@value #LIST}) is what the window loaded to open, draw and plan the bundled example;
 * {@code packaging/preload-list.sh} makes it anew. A class it names that is gone is skipped: a stale list costs
 * speed, nothing else. With the class-data sharing archive of the installed app the classes are there already, and
 * the thread is done in a moment.
 */
public final class ClassPreload {
    /** The class list, a resource: one binary class name per line, {@code #} comments. */
    static final String LIST = "preload.classes";

    private ClassPreload() {}

    /** Starts loading the listed classes in the background. */
    public static void start() {
        Thread t = new Thread(ClassPreload::loadAll, "itplan-class-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Loads every listed class there is; the number loaded. */
    static int loadAll() {
        ClassLoader loader = ClassPreload.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = ClassPreload.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return 0;
            }
            BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name.strip(), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // Not on this class path (a newer library, another platform): the window loads what it needs.
                }
            }
        } catch (IOException e) {
            // Only speed is lost.
        }
        return loaded;
    }
}
