package io.itplan.core.importer.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.importer.ImportProgress;
import io.itplan.core.importer.Imported;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.strategy.Objective;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bytecode importer on real jars from Maven Central (on the test class path) and on classes compiled here. */
class JavaBytecodeImporterTest {
    @TempDir
    Path dir;

    static Path databind;
    static Imported databindClasses;

    static Path jarOf(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @BeforeAll
    static void readDatabind() throws Exception {
        databind = jarOf(ObjectMapper.class);
        databindClasses = JavaBytecodeImporter.read(
                List.of(databind), new JavaBytecodeImporter.Options(JavaLevel.CLASS, List.of()), ImportProgress.NONE);
    }

    private static Dependency dep(DependencyGraph g, String from, String to) {
        return g.dependencies().stream()
                .filter(d -> d.from().equals(from) && d.to().equals(to))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no dependency " + from + " -> " + to));
    }

    @Test
    void jacksonDatabindAtClassLevelHasEveryTopLevelClassAndRealFacts() throws Exception {
        DependencyGraph g = databindClasses.graph();
        long topLevel;
        try (JarFile jar = new JarFile(databind.toFile())) {
            topLevel = jar.stream()
                    .map(JarEntry::getName)
                    .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/") && !n.contains("$"))
                    .filter(n -> !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
                    .count();
        }
        assertEquals(topLevel, g.modules().size(), "nested classes are folded into their top-level class");
        assertTrue(g.modules().stream().noneMatch(m -> m.id().contains("$")));
        assertTrue(g.modules().stream().noneMatch(m -> m.id().startsWith("java.")), "the JDK is outside the inputs");

        Dependency sub = dep(g, StdDeserializer.class.getName(), JsonDeserializer.class.getName());
        assertEquals(DependencyKind.INHERITANCE, sub.kind());
        assertFalse(sub.stubbable());

        Dependency held = dep(g, ObjectMapper.class.getName(), DeserializationConfig.class.getName());
        assertEquals(DependencyKind.ASSOCIATION, held.kind(), "ObjectMapper holds a DeserializationConfig field");
        long declared = Arrays.stream(DeserializationConfig.class.getDeclaredFields())
                .filter(f -> !f.isSynthetic())
                .count();
        assertEquals(declared, held.attributes(), "A = the attributes DeserializationConfig declares");
        assertTrue(
                held.methods() > 0
                        && held.methods()
                                <= DeserializationConfig.class.getDeclaredMethods().length
                                        + DeserializationConfig.class.getDeclaredConstructors().length,
                "M = distinct methods called: " + held.methods());
        assertEquals(
                ModuleKind.INTERFACE,
                g.module("com.fasterxml.jackson.databind.jsonFormatVisitors.JsonFormatVisitable")
                        .kind());
        assertEquals("ObjectMapper", g.module(ObjectMapper.class.getName()).name());
    }

    @Test
    void theImportedJarPlansAndThePlanCheckerAgrees() throws Exception {
        Imported packages = JavaBytecodeImporter.read(
                List.of(databind), new JavaBytecodeImporter.Options(JavaLevel.PACKAGE, List.of()), ImportProgress.NONE);
        DependencyGraph g = packages.graph();
        assertTrue(g.modules().size() > 15 && g.modules().size() < 40, g.toString());
        assertTrue(g.dependencies().stream().anyMatch(d -> d.label().equals("inheritance")));
        assertTrue(g.dependencies().stream().allMatch(Dependency::stubbable), "no package cycle may be unbreakable");
        for (StrategyName s : List.of(StrategyName.BOTTOM_UP, StrategyName.TOP_DOWN)) {
            IntegrationPlan p = Planner.standard().plan(g, PlanOptions.of(s).withObjective(Objective.OCPLX));
            assertEquals(List.of(), PlanChecker.check(g, p, null), s.key());
            assertTrue(p.metrics().attributeCoupling() > 0 || p.metrics().specificStubs() == 0);
        }
        DependencyGraph cycles = JavaBytecodeImporter.read(
                        List.of(jarOf(org.jgrapht.Graph.class)),
                        new JavaBytecodeImporter.Options(JavaLevel.CLASS, List.of("org.jgrapht.alg.cycle.")),
                        ImportProgress.NONE)
                .graph();
        assertTrue(cycles.modules().stream().allMatch(m -> m.id().startsWith("org.jgrapht.alg.cycle.")));
        IntegrationPlan p = Planner.standard()
                .plan(cycles, PlanOptions.of(StrategyName.BOTTOM_UP).withObjective(Objective.OCPLX));
        assertEquals(List.of(), PlanChecker.check(cycles, p, null));
    }

    @Test
    void moduleLevelNamesEachJarAndConnectsThem() throws Exception {
        Path core = jarOf(com.fasterxml.jackson.core.JsonParser.class);
        DependencyGraph g = JavaBytecodeImporter.read(
                        List.of(databind, core),
                        new JavaBytecodeImporter.Options(JavaLevel.MODULE, List.of()),
                        ImportProgress.NONE)
                .graph();
        assertEquals(
                List.of("com.fasterxml.jackson.core", "com.fasterxml.jackson.databind"),
                g.modules().stream().map(m -> m.id()).toList());
        Dependency d = dep(g, "com.fasterxml.jackson.databind", "com.fasterxml.jackson.core");
        assertEquals("inheritance", d.label());
        assertTrue(d.stubbable());
    }

    /** Compiles Java sources into a folder of classes. */
    private Path compile(String... sources) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/p"));
        Path out = Files.createDirectories(dir.resolve("classes"));
        for (int i = 0; i < sources.length; i += 2) {
            Files.writeString(src.resolve(sources[i] + ".java"), "package p;\n" + sources[i + 1]);
        }
        List<String> args;
        try (Stream<Path> files = Files.list(src)) {
            args = new java.util.ArrayList<>(List.of("-d", out.toString(), "-g"));
            files.forEach(f -> args.add(f.toString()));
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)));
        return out;
    }

    @Test
    void compositionOnlyWhereTheClassCreatesAndOwnsThePart() throws Exception {
        Path classes = compile(
                "Engine", "public class Engine { int power; int torque; public void start() {} public void stop() {} }",
                "Car",
                        "public class Car { private final Engine engine = new Engine(); class Wheel { Engine spare; } void go() { engine.start(); engine.start(); engine.stop(); } }",
                "Garage", "public class Garage { private final Engine engine; Garage(Engine e) { engine = e; } }",
                "Mixed",
                        "public class Mixed { private final Engine engine; Mixed() { engine = new Engine(); } Mixed(Engine e) { engine = e; } }",
                "Nested",
                        "public class Nested { private final Car car = new Car(); private final Engine engine = new Engine() { }; }",
                "Named", "public interface Named { Engine engine(); }",
                "Sedan", "public class Sedan extends Car implements Named { public Engine engine() { return null; } }");
        DependencyGraph g = JavaBytecodeImporter.read(
                        List.of(classes),
                        new JavaBytecodeImporter.Options(JavaLevel.CLASS, List.of()),
                        ImportProgress.NONE)
                .graph();
        assertEquals(
                List.of("p.Car", "p.Engine", "p.Garage", "p.Mixed", "p.Named", "p.Nested", "p.Sedan"),
                g.modules().stream().map(m -> m.id()).toList());
        Dependency owns = dep(g, "p.Car", "p.Engine");
        assertEquals(DependencyKind.COMPOSITION, owns.kind(), "private final, new Engine() in the constructor");
        assertFalse(owns.stubbable());
        assertEquals(2, owns.attributes(), "Engine declares power and torque");
        assertEquals(3, owns.methods(), "Engine(), start(), stop(): distinct methods called");
        assertEquals(DependencyKind.ASSOCIATION, dep(g, "p.Garage", "p.Engine").kind(), "handed in: not owned");
        assertEquals(
                DependencyKind.ASSOCIATION, dep(g, "p.Mixed", "p.Engine").kind(), "once from a parameter: not owned");
        assertEquals(DependencyKind.COMPOSITION, dep(g, "p.Nested", "p.Car").kind());
        assertEquals(
                DependencyKind.INHERITANCE,
                dep(g, "p.Nested", "p.Engine").kind(),
                "the anonymous Engine subclass is folded into Nested: Nested extends Engine");
        assertEquals(DependencyKind.INHERITANCE, dep(g, "p.Sedan", "p.Car").kind());
        assertEquals(DependencyKind.INHERITANCE, dep(g, "p.Sedan", "p.Named").kind());
        assertEquals(DependencyKind.USES, dep(g, "p.Named", "p.Engine").kind());
        assertEquals(ModuleKind.INTERFACE, g.module("p.Named").kind());
        assertEquals("p", g.module("p.Car").layer());

        DependencyGraph packages = JavaBytecodeImporter.read(
                        List.of(classes),
                        new JavaBytecodeImporter.Options(JavaLevel.PACKAGE, List.of()),
                        ImportProgress.NONE)
                .graph();
        assertEquals(1, packages.modules().size());
        assertEquals(0, packages.dependencies().size());
    }

    @Test
    void aMultiReleaseJarIsReadFromItsBaseEntries() throws Exception {
        Path classes = compile("A", "public class A { }", "B", "public class B { }", "C", "public class C { B b; }");
        Path jar = dir.resolve("mr.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "p/A.class", Files.readAllBytes(classes.resolve("p/A.class")));
            put(out, "p/B.class", Files.readAllBytes(classes.resolve("p/B.class")));
            // a newer release's A that depends on B: not the base
            put(out, "META-INF/versions/11/p/A.class", Files.readAllBytes(classes.resolve("p/C.class")));
        }
        DependencyGraph g = JavaBytecodeImporter.read(
                        List.of(jar), new JavaBytecodeImporter.Options(JavaLevel.CLASS, List.of()), ImportProgress.NONE)
                .graph();
        assertEquals(
                List.of("p.A", "p.B"), g.modules().stream().map(m -> m.id()).toList());
        assertEquals(0, g.dependencies().size());
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws Exception {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    @Test
    void aFileThatIsNotAJarAndAnUnreadableClassAreOneClearMessage() throws Exception {
        Path notJar = Files.writeString(dir.resolve("app.jar"), "this is not a zip");
        InputException e = assertThrows(
                InputException.class,
                () -> JavaBytecodeImporter.read(
                        List.of(notJar), new JavaBytecodeImporter.Options(null, null), ImportProgress.NONE));
        assertTrue(e.getMessage().startsWith(notJar + ": is not a jar (zip) file"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        Path classes = Files.createDirectories(dir.resolve("broken/p"));
        Path bad = classes.resolve("Bad.class");
        try (OutputStream out = Files.newOutputStream(bad)) {
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0x7f, 0x7f});
        }
        InputException c = assertThrows(
                InputException.class,
                () -> JavaBytecodeImporter.read(
                        List.of(dir.resolve("broken")),
                        new JavaBytecodeImporter.Options(null, null),
                        ImportProgress.NONE));
        assertTrue(c.getMessage().startsWith(bad + ": cannot be read as a class file"), c.getMessage());

        InputException none = assertThrows(
                InputException.class,
                () -> JavaBytecodeImporter.read(
                        List.of(databind),
                        new JavaBytecodeImporter.Options(JavaLevel.CLASS, List.of("org.nothing.")),
                        ImportProgress.NONE));
        assertTrue(none.getMessage().endsWith("holds no classes starting with org.nothing."), none.getMessage());
    }
}
