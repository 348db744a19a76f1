package io.itplan.core.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Quoting for the POSIX shell. Every argument is put in single quotes, inside which the shell gives no
 * character a meaning, and each {@code '} becomes {@code '\''}; so an argument such as {@code $(touch pwned)}
 * stays one literal word.
 */
final class ShellQuoting {
    private ShellQuoting() {}

    static String quote(String arg) {
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    /** One command line that runs {@code argv} exactly. */
    static String line(List<String> argv) {
        return argv.stream().map(ShellQuoting::quote).collect(Collectors.joining(" "));
    }

    /**
     * The line that runs {@code argv} with the step's environment and working directory: {@code cd DIR &&
     * env K=V ... ARGV}; the parts that are the defaults are left out.
     */
    static String line(StepSettings settings, List<String> argv) {
        return String.join(" ", settings.shellPrefix(ShellQuoting::quote))
                + (settings.hasShellPrefix() ? " " : "")
                + line(argv);
    }
}
