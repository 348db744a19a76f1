package io.itplan.core.importer;

import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.GraphWarning;
import io.itplan.core.graph.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * What an importer read: the graph, and the warnings about what it accepted but changed or left out, each
 * one line naming the file and line (or element) it is about.
 */
public record Imported(DependencyGraph graph, List<String> warnings) {
    public Imported {
        List<String> all = new ArrayList<>(warnings);
        for (GraphWarning w : graph.warnings()) {
            all.add(w.toString());
        }
        warnings = List.copyOf(all);
    }

    /** A warning in the form of {@link InputException}'s message: {@code file:line:column: detail}. */
    public static String warning(String source, int line, int column, String detail) {
        return new InputException(source, line, column, detail).getMessage();
    }

    /**
     * Refuses a text longer than a graph file may hold ({@link GraphFiles#MAX_TEXT_LENGTH}), so that an import
     * never writes a graph that itplan cannot read back.
     *
     * @param what what the text is, for the message ("class name")
     */
    public static String checkLength(String text, String what, String source, int line, int column)
            throws InputException {
        if (text.length() > GraphFiles.MAX_TEXT_LENGTH) {
            throw new InputException(
                    source,
                    line,
                    column,
                    what + " of " + text.length() + " characters is longer than the " + GraphFiles.MAX_TEXT_LENGTH
                            + " a graph file holds");
        }
        return text;
    }

    /**
     * The same check on every text of a finished graph, for importers whose input has no lines to name.
     *
     * @throws InputException naming the module or dependency
     */
    public static void checkLengths(DependencyGraph graph, String source) throws InputException {
        for (Module m : graph.modules()) {
            List<String> texts = new ArrayList<>(List.of(m.id(), m.name(), m.notes(), m.layer()));
            texts.addAll(m.tags());
            m.commands().values().forEach(texts::addAll);
            for (String t : texts) {
                if (t.length() > GraphFiles.MAX_TEXT_LENGTH) {
                    checkLength(t, "module '" + shorten(m.id()) + "': a text", source, 0, 0);
                }
            }
        }
        for (Dependency d : graph.dependencies()) {
            if (d.label().length() > GraphFiles.MAX_TEXT_LENGTH) {
                checkLength(
                        d.label(),
                        "dependency " + shorten(d.from()) + " -> " + shorten(d.to()) + ": label",
                        source,
                        0,
                        0);
            }
        }
    }

    /** At most 80 characters of a name, for messages. */
    public static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
