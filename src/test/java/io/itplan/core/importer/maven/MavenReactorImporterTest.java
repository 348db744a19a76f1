package io.itplan.core.importer.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.format.InputException;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.importer.ImportProgress;
import io.itplan.core.importer.Imported;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.plan.Step;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A multi-module reactor made here: nested modules, inherited groupId, properties, test scope. */
class MavenReactorImporterTest {
    @TempDir
    Path root;

    private void pom(String folder, String body) throws Exception {
        Path d = Files.createDirectories(root.resolve(folder));
        Files.writeString(
                d.resolve("pom.xml"),
                "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n<modelVersion>4.0.0</modelVersion>\n" + body
                        + "\n</project>\n");
    }

    private static String parent(String artifact) {
        return "<parent><groupId>com.example.shop</groupId><artifactId>" + artifact
                + "</artifactId><version>1.0-SNAPSHOT</version></parent>";
    }

    private static String dependency(String group, String artifact, String version, String scope) {
        return "<dependency><groupId>" + group + "</groupId><artifactId>" + artifact + "</artifactId><version>"
                + version + "</version>" + (scope == null ? "" : "<scope>" + scope + "</scope>") + "</dependency>";
    }

    @BeforeEach
    void reactor() throws Exception {
        pom(
                ".",
                "<groupId>com.example.shop</groupId><artifactId>shop</artifactId><version>1.0-SNAPSHOT</version><packaging>pom</packaging>"
                        + "<name>Shop</name><properties><shop.version>1.0-SNAPSHOT</shop.version></properties>"
                        + "<modules><module>core</module><module>services</module><module>web</module></modules>");
        pom("core", parent("shop") + "<artifactId>shop-core</artifactId>");
        pom(
                "services",
                parent("shop")
                        + "<artifactId>services</artifactId><packaging>pom</packaging><modules><module>orders</module><module>payments</module></modules>");
        pom(
                "services/orders",
                parent("services") + "<artifactId>orders</artifactId><dependencies>"
                        + dependency("${project.groupId}", "shop-core", "${project.version}", null)
                        + dependency("com.example.shop", "payments", "${shop.version}", null)
                        + dependency("org.junit.jupiter", "junit-jupiter", "5.14.4", "test") + "</dependencies>");
        pom(
                "services/payments",
                parent("services") + "<artifactId>payments</artifactId><dependencies>"
                        + dependency("${project.parent.groupId}", "shop-core", "1.0-SNAPSHOT", "provided")
                        + "</dependencies>");
        pom(
                "web",
                parent("shop") + "<artifactId>web</artifactId><dependencies>"
                        + dependency("com.example.shop", "orders", "1.0-SNAPSHOT", null)
                        + dependency("com.example.shop", "payments", "1.0-SNAPSHOT", "test") + "</dependencies>");
    }

    private static Dependency dep(DependencyGraph g, String from, String to) {
        return g.dependencies().stream()
                .filter(d -> d.from().equals(from) && d.to().equals(to))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no dependency " + from + " -> " + to));
    }

    @Test
    void everyReactorModuleWithItsDependenciesAndTestCommand() throws Exception {
        Imported r = MavenReactorImporter.read(root.resolve("pom.xml"), ImportProgress.NONE);
        DependencyGraph g = r.graph();
        assertEquals("Shop", g.name());
        assertEquals(
                List.of("orders", "payments", "shop-core", "web"),
                g.modules().stream().map(m -> m.id()).toList(),
                "aggregators hold nothing to integrate");
        assertEquals(
                DependencyKind.CALL,
                dep(g, "orders", "shop-core").kind(),
                "${project.groupId} and ${project.version}, groupId inherited");
        assertEquals(DependencyKind.CALL, dep(g, "orders", "payments").kind(), "a property of the reactor root");
        assertEquals("provided", dep(g, "payments", "shop-core").label());
        Dependency test = dep(g, "web", "payments");
        assertEquals(DependencyKind.USES, test.kind());
        assertEquals("test", test.label());
        assertEquals(5, g.dependencies().size(), "junit is outside the reactor");
        assertEquals(
                List.of("mvn", "-pl", ":orders", "-am", "verify"),
                g.module("orders").commands().get("test"));
        assertEquals("folder services/orders", g.module("orders").notes());

        IntegrationPlan p = Planner.standard().plan(g, PlanOptions.of(StrategyName.BOTTOM_UP));
        assertEquals(List.of(), PlanChecker.check(g, p, null));
        Step first = p.steps().get(0);
        assertEquals(List.of("shop-core"), first.integrate());
        assertEquals(
                List.of(List.of("mvn", "-pl", ":shop-core", "-am", "verify")),
                first.run(),
                "the plan runs as is from the reactor root");
        assertEquals(
                g, MavenReactorImporter.read(root, ImportProgress.NONE).graph(), "the folder works as well as its pom");
    }

    @Test
    void aMissingModuleAndADoctypeAreOneLineWithThePom() throws Exception {
        pom(
                "web",
                "<parent><groupId>com.example.shop</groupId><artifactId>shop</artifactId><version>1.0-SNAPSHOT</version></parent>\n<artifactId>web</artifactId>\n<packaging>pom</packaging>\n<modules>\n<module>gone</module>\n</modules>");
        InputException e = assertThrows(
                InputException.class, () -> MavenReactorImporter.read(root.resolve("pom.xml"), ImportProgress.NONE));
        assertTrue(
                e.getMessage().startsWith(root.resolve("web").resolve("pom.xml") + ":7: module 'gone' has no pom.xml"),
                e.getMessage());

        Files.writeString(
                root.resolve("core/pom.xml"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<project>&x;</project>\n");
        pom("web", parent("shop") + "<artifactId>web</artifactId>");
        InputException x = assertThrows(
                InputException.class, () -> MavenReactorImporter.read(root.resolve("pom.xml"), ImportProgress.NONE));
        assertEquals(
                root.resolve("core").resolve("pom.xml")
                        + ":2: a DOCTYPE is not accepted in a pom (DTDs and external entities are off)",
                x.getMessage());

        Files.writeString(
                root.resolve("core/pom.xml"),
                "<project><modelVersion>4.0.0</modelVersion><artifactId>x</artifactId><bogus/></project>");
        InputException bad = assertThrows(
                InputException.class, () -> MavenReactorImporter.read(root.resolve("pom.xml"), ImportProgress.NONE));
        assertTrue(bad.getMessage().startsWith(root.resolve("core").resolve("pom.xml") + ":1:"), bad.getMessage());
    }
}
