package io.itplan.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads back what a step script would run: bash executes it with {@code timeout} and {@code cd} replaced by functions
 * that record their words, so each command's argv arrives exactly as the shell passes it, hostile names included.
 */
final class StepScripts {
    private static final String RECORD = "timeout() { shift 3; if [ \"$1\" = env ]; then shift;"
            + " while case $1 in *=*) true ;; *) false ;; esac; do shift; done; fi;"
            + " printf '%s\\0' \"$@\"; printf '\\001\\0'; }; cd() { :; }; . \"$1\"";

    private StepScripts() {}

    static List<List<String>> commands(Path dir, String script) throws IOException, InterruptedException {
        ExportValidators.assertBashSyntax(dir, script);
        Path file = Files.writeString(Files.createTempFile(dir, "step", ".sh"), script);
        ExportValidators.Result r = ExportValidators.run(dir, List.of("bash", "-c", RECORD, "bash", file.toString()));
        assertEquals(0, r.code(), r.err());
        List<List<String>> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String w : r.out().split("\0")) {
            if (w.equals("\001")) {
                out.add(words);
                words = new ArrayList<>();
            } else {
                words.add(w);
            }
        }
        return out;
    }
}
