package io.itplan.core.importer.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.format.InputException;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.importer.Imported;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeImporterTest {
    @TempDir
    Path dir;

    private Path votingApp() throws Exception {
        Path f = dir.resolve("compose.yaml");
        try (var in = getClass().getResourceAsStream("voting-app.compose.yaml")) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    private static Dependency dep(DependencyGraph g, String from, String to) {
        return g.dependencies().stream()
                .filter(d -> d.from().equals(from) && d.to().equals(to))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no dependency " + from + " -> " + to));
    }

    @Test
    void theVotingAppBecomesServicesDatabasesAndAQueue() throws Exception {
        Path f = votingApp();
        Imported r = ComposeImporter.read(f);
        DependencyGraph g = r.graph();
        assertEquals("voting-app", g.name());
        assertEquals(
                List.of("db", "events", "proxy", "redis", "result", "vote", "worker"),
                g.modules().stream().map(m -> m.id()).toList());
        assertEquals(ModuleKind.DATABASE, g.module("db").kind());
        assertEquals(ModuleKind.DATABASE, g.module("redis").kind());
        assertEquals(ModuleKind.QUEUE, g.module("events").kind());
        assertEquals(ModuleKind.SERVICE, g.module("vote").kind());
        assertEquals(DependencyKind.DATA, dep(g, "vote", "redis").kind(), "map form of depends_on");
        assertEquals(DependencyKind.DATA, dep(g, "worker", "db").kind(), "list form of depends_on");
        assertEquals(DependencyKind.MESSAGE, dep(g, "worker", "events").kind());
        assertEquals(DependencyKind.CALL, dep(g, "proxy", "vote").kind());
        assertEquals("links", dep(g, "events", "db").label(), "links: 'db:database' names the service db");

        assertEquals(
                "http://127.0.0.1:8080/healthz",
                g.module("vote").stub().ready(),
                "the healthcheck URL on the published port");
        assertEquals(
                "6379",
                g.module("redis").stub().ready(),
                "a healthcheck without a URL: the published port (long form)");
        assertEquals("5432", g.module("db").stub().ready(), "host:port:port");
        assertNull(g.module("worker").stub().ready());
        assertEquals(
                List.of("docker", "compose", "-f", f.toString(), "up", "-d", "--wait", "db"),
                g.module("db").stub().start());
        assertTrue(
                r.warnings().stream().anyMatch(w -> w.contains("'worker' has no healthcheck")),
                r.warnings().toString());

        IntegrationPlan p = Planner.standard().plan(g, PlanOptions.of(StrategyName.TOP_DOWN));
        assertEquals(List.of(), PlanChecker.check(g, p, null));
        assertTrue(
                p.doubles().stream()
                        .anyMatch(d -> d.of().equals("db")
                                && d.provider() != null
                                && d.provider().start().contains("--wait")),
                "the database is stubbed in top-down, by Compose starting it");
    }

    @Test
    void anUnknownDependsOnTargetNamesFileLineAndService() throws Exception {
        Path f = Files.writeString(
                dir.resolve("docker-compose.yml"),
                "services:\n  web:\n    image: nginx\n    depends_on:\n      - api\n      - dbb\n  api:\n    build: .\n");
        InputException e = assertThrows(InputException.class, () -> ComposeImporter.read(f));
        assertEquals(
                f + ":6:9: service 'web' depends on 'dbb', which is not a service of this file (services: api, web)",
                e.getMessage());
        Path links = Files.writeString(dir.resolve("links.yml"), "services:\n  web:\n    links: [\"cache:c\"]\n");
        assertTrue(assertThrows(InputException.class, () -> ComposeImporter.read(links))
                .getMessage()
                .contains("links to 'cache'"));
    }

    @Test
    void malformedYamlAndAFileWithoutServicesAreOneLine() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.yml"), "services:\n  web:\n    image: [nginx\n");
        InputException e = assertThrows(InputException.class, () -> ComposeImporter.read(f));
        assertTrue(e.getMessage().startsWith(f + ":") && e.getMessage().contains("malformed YAML"), e.getMessage());
        Path none = Files.writeString(dir.resolve("none.yml"), "version: '3'\n");
        assertTrue(assertThrows(InputException.class, () -> ComposeImporter.read(none))
                .getMessage()
                .contains("expected 'services:'"));
        Path dup = Files.writeString(dir.resolve("dup.yml"), "services:\n  a:\n    image: x\n  a:\n    image: y\n");
        assertTrue(assertThrows(InputException.class, () -> ComposeImporter.read(dup))
                .getMessage()
                .contains(":4:"));
    }
}
