package io.itplan.core.plan;

import io.itplan.core.text.ShellText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fills command templates (argv lists) with a step's values. Each placeholder — {@code {step}}, {@code {modules}},
 * {@code {module}}, {@code {stubs}}, {@code {drivers}} — is replaced inside the one argv element that holds it and
 * never splits or joins elements, so a module named {@code $(rm -rf ~)} stays a harmless string argument. Lists of
 * ids are joined with commas.
 *
 * <p>Where a template asks for a shell and puts a placeholder inside its script ({@code ["sh", "-c", "echo
 * {modules}"]}), the value is quoted for that shell (POSIX single quotes), so that it is still one word of data and
 * never code. A script for an interpreter whose quoting cannot be made safe this way ({@code cmd /c}, PowerShell,
 * {@code python -c}…) may not hold a placeholder: the value belongs in an argument of its own.
 */
public final class CommandTemplates {
    /** POSIX shells, whose {@code -c} script takes single-quoted words. */
    private static final Set<String> POSIX_SHELLS =
            Set.of("sh", "bash", "dash", "zsh", "ksh", "mksh", "ash", "busybox");
    /** Interpreters that run a script given on the command line, with quoting of their own. */
    private static final Map<String, String> SCRIPT_FLAGS = Map.ofEntries(
            Map.entry("cmd", "/c"),
            Map.entry("cmd.exe", "/c"),
            Map.entry("powershell", "-command"),
            Map.entry("powershell.exe", "-command"),
            Map.entry("pwsh", "-command"),
            Map.entry("python", "-c"),
            Map.entry("python3", "-c"),
            Map.entry("node", "-e"),
            Map.entry("perl", "-e"),
            Map.entry("ruby", "-e"));

    private CommandTemplates() {}

    /**
     * @throws IllegalArgumentException when a placeholder sits inside a script whose quoting cannot be made safe
     */
    public static List<String> render(List<String> template, Map<String, String> values) {
        int script = shellScript(template);
        if (script < 0) {
            refuseUnquotableScript(template);
        }
        List<String> argv = new ArrayList<>(template.size());
        for (int i = 0; i < template.size(); i++) {
            argv.add(fill(template.get(i), values, i == script));
        }
        return argv;
    }

    /** The index of the script a POSIX shell is given with {@code -c}, or -1. */
    private static int shellScript(List<String> template) {
        int i = skipEnv(template);
        if (i >= template.size() || !POSIX_SHELLS.contains(program(template.get(i)))) {
            return -1;
        }
        if (program(template.get(i)).equals("busybox")) {
            i++;
            if (i >= template.size() || !POSIX_SHELLS.contains(template.get(i))) {
                return -1;
            }
        }
        for (int k = i + 1; k < template.size(); k++) {
            String a = template.get(k);
            if (a.equals("--") || !a.startsWith("-")) {
                return -1;
            }
            if (!a.startsWith("--") && a.indexOf('c') > 0) {
                // -c, or short options run together with it (-ec, -lc); the script is the next argument
                return k + 1 < template.size() ? k + 1 : -1;
            }
        }
        return -1;
    }

    private static void refuseUnquotableScript(List<String> template) {
        int i = skipEnv(template);
        if (i >= template.size()) {
            return;
        }
        String flag = SCRIPT_FLAGS.get(program(template.get(i)));
        if (flag == null) {
            return;
        }
        for (int k = i + 1; k < template.size(); k++) {
            if (template.get(k).toLowerCase(Locale.ROOT).equals(flag)) {
                if (k + 1 < template.size() && hasPlaceholder(template.get(k + 1))) {
                    throw new IllegalArgumentException("the command " + template + " puts a placeholder inside a "
                            + program(template.get(i)) + " script, where a module name could run as code; pass"
                            + " it as an argument of its own instead (a shell script for sh -c is quoted safely)");
                }
                return;
            }
        }
    }

    /** Skips a leading {@code env [NAME=value…]}. */
    private static int skipEnv(List<String> template) {
        int i = 0;
        if (i < template.size() && program(template.get(i)).equals("env")) {
            i++;
            while (i < template.size()
                    && (template.get(i).contains("=") || template.get(i).startsWith("-"))) {
                i++;
            }
        }
        return i;
    }

    private static String program(String argv0) {
        String p = argv0.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean hasPlaceholder(String element) {
        for (String key : List.of("{step}", "{modules}", "{module}", "{stubs}", "{drivers}")) {
            if (element.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static String fill(String element, Map<String, String> values, boolean shellScript) {
        StringBuilder out = new StringBuilder(element.length());
        int i = 0;
        while (i < element.length()) {
            char c = element.charAt(i);
            int close = c == '{' ? element.indexOf('}', i) : -1;
            if (close > 0) {
                String key = element.substring(i + 1, close);
                String value = values.get(key);
                if (value != null) {
                    out.append(shellScript ? ShellText.quote(value) : value);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
