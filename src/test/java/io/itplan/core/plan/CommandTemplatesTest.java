package io.itplan.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DESIGN §6: a hostile module name is a harmless string, in plain arguments and inside a shell script alike. */
class CommandTemplatesTest {
    @TempDir
    Path dir;

    private static final String HOSTILE = "$(touch PWNED)`touch PWNED2`'; touch PWNED3; echo '\"x";

    private String runInShell(List<String> argv) throws Exception {
        Process p = new ProcessBuilder(argv)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void aPlaceholderInsideAShellScriptIsQuotedForThatShell() throws Exception {
        for (List<String> template : List.of(
                List.of("sh", "-c", "echo {modules}"),
                List.of("/bin/bash", "-ec", "printf '%s\\n' {modules}"),
                List.of("env", "LC_ALL=C", "sh", "-c", "echo {modules} in {step}"))) {
            List<String> argv = CommandTemplates.render(template, Map.of("modules", HOSTILE, "step", "s-1"));
            String out = runInShell(argv);
            assertTrue(out.startsWith(HOSTILE), template + " printed " + out);
            assertFalse(Files.exists(dir.resolve("PWNED")), template.toString());
            assertFalse(Files.exists(dir.resolve("PWNED2")), template.toString());
            assertFalse(Files.exists(dir.resolve("PWNED3")), template.toString());
        }
    }

    @Test
    void aPlainArgumentStaysExactlyTheValue() {
        assertEquals(
                List.of("mvn", "-pl", HOSTILE, "-Dgroups=itplan-s-1"),
                CommandTemplates.render(
                        List.of("mvn", "-pl", "{modules}", "-Dgroups=itplan-{step}"),
                        Map.of("modules", HOSTILE, "step", "s-1")));
        // the shell's own positional arguments after the script are plain values too
        assertEquals(
                List.of("sh", "-c", "echo \"$1\"", "sh", HOSTILE),
                CommandTemplates.render(
                        List.of("sh", "-c", "echo \"$1\"", "sh", "{modules}"), Map.of("modules", HOSTILE)));
    }

    @Test
    void aPlaceholderInsideAScriptWhoseQuotingCannotBeMadeSafeIsRefused() {
        for (List<String> template : List.of(
                List.of("cmd", "/C", "echo {modules}"),
                List.of("python3", "-c", "print('{modules}')"),
                List.of("pwsh", "-Command", "Write-Output {modules}"))) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class, () -> CommandTemplates.render(template, Map.of("modules", "a")));
            assertTrue(e.getMessage().contains("pass it as an argument of its own"), e.getMessage());
        }
        assertEquals(
                List.of("python3", "-c", "import sys; print(sys.argv[1])", "a"),
                CommandTemplates.render(
                        List.of("python3", "-c", "import sys; print(sys.argv[1])", "{modules}"),
                        Map.of("modules", "a")));
    }
}
