package io.itplan.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The installer recipes that cannot run here are at least well formed: the workflow that builds all three
 * installers against GitHub's schema, every shell script by {@code bash -n}, the Debian maintainer scripts
 * keep jpackage's desktop commands.
 */
class PackagingFilesTest {
    private static final Path SHARED = Path.of(System.getProperty("itplan.shared", "../shared"));

    @Test
    void theInstallerWorkflowIsAValidGithubWorkflow() throws Exception {
        Path schema = SHARED.resolve("schemas/github-workflow.schemastore.json");
        io.itplan.Required.assume(Files.isRegularFile(schema), schema + " not found: workflow validation skipped");
        JsonNode workflow = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of(".github/workflows/packages.yml").toFile());
        var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(Files.newInputStream(schema))
                .validate(workflow);
        assertEquals(java.util.Set.of(), errors);
        assertEquals(
                List.of("linux", "windows", "macos"),
                iterate(workflow.get("jobs").fieldNames()));
    }

    private static List<String> iterate(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void everyShellScriptParses() throws Exception {
        for (String script : List.of(
                "packaging/package.sh",
                "packaging/test-deb.sh",
                "packaging/startup-bench.sh",
                "packaging/macos/package.sh",
                "packaging/linux/postinst",
                "packaging/linux/prerm",
                "packaging/linux/dump-cds",
                ".ci/run")) {
            Process p = new ProcessBuilder("bash", "-n", script)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), script + ": " + out);
        }
    }

    @Test
    void theDebianScriptsKeepTheDesktopCommandsAndAddTheItplanCommand() throws Exception {
        String postinst = Files.readString(Path.of("packaging/linux/postinst"));
        String prerm = Files.readString(Path.of("packaging/linux/prerm"));
        assertTrue(postinst.contains("DESKTOP_COMMANDS_INSTALL") && postinst.contains("/usr/bin/itplan"));
        assertTrue(prerm.contains("DESKTOP_COMMANDS_UNINSTALL") && prerm.contains("rm -f /usr/bin/itplan"));
        for (String assoc : List.of("packaging/graph.properties", "packaging/plan.properties")) {
            assertTrue(Files.readString(Path.of(assoc)).contains("extension="), assoc);
        }
        assertTrue(Files.size(Path.of("packaging/windows/itplan.ico")) > 1000);
    }
}
