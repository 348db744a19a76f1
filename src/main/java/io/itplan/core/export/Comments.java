package io.itplan.core.export;

import io.itplan.core.text.TerminalText;
import java.util.List;

/** The comment at the top of every export: what it is, how to run it, and what the target cannot express. */
final class Comments {
    private Comments() {}

    /** One line that no comment syntax continues: a trailing backslash would join the next line in a Makefile. */
    static String safe(String text) {
        String line = TerminalText.oneLine(text);
        return line.endsWith("\\") ? line + " " : line;
    }

    /**
     * @param prefix the target's line comment, e.g. {@code #} or {@code //}
     */
    static String header(String prefix, String what, ExportSteps steps, List<String> notes) {
        StringBuilder b = new StringBuilder();
        b.append(prefix)
                .append(' ')
                .append(what)
                .append(" of the integration plan of ")
                .append(safe(steps.graphName()))
                .append(", made by itplan (")
                .append(steps.options().mode() == ExportOptions.Mode.RUNNER ? "runner" : "inline")
                .append(" mode).\n");
        for (String line : List.of(
                "Each step runs as itplan run runs it: its stand-ins started before it and stopped after it, its",
                "environment, working directory (relative to the plan) and exact timeout, and onFailure.")) {
            b.append(prefix).append(' ').append(line).append('\n');
        }
        if (!notes.isEmpty()) {
            b.append(prefix).append(" What this target cannot express for this plan:\n");
            for (String n : notes) {
                b.append(prefix).append(" - ").append(safe(n)).append('\n');
            }
        }
        return b.toString();
    }
}
