package io.itplan.ui.main;

import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The example graphs shipped inside the program. */
public final class Examples {
    /** Menu text → resource, the web shop first. */
    public static final Map<String, String> ALL;

    static {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Web shop (services)", "/itplan/examples/webshop.graph.json");
        all.put("Library (layered Java classes)", "/itplan/examples/library.graph.json");
        ALL = Collections.unmodifiableMap(all);
    }

    private Examples() {}

    /** The example shown when the app starts without a file. */
    public static DependencyGraph first() {
        return load(ALL.values().iterator().next());
    }

    /** A bundled example graph. */
    public static DependencyGraph load(String resource) {
        try (InputStream in = Examples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("example " + resource + " is missing from the program");
            }
            return GraphFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException | InputException e) {
            throw new IllegalStateException("example " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }
}
