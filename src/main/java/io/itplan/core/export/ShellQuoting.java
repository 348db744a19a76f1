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
}
