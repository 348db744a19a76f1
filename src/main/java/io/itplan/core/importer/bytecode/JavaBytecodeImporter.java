package io.itplan.core.importer.bytecode;

import io.itplan.core.format.InputException;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.importer.ImportProgress;
import io.itplan.core.importer.Imported;
import io.itplan.core.importer.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ModuleVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads compiled Java — jars, folders of classes, or several of them — into a dependency graph, with ASM.
 *
 * <p><b>Modules.</b> At {@link JavaLevel#CLASS class} level each top-level class is a module; nested, inner,
 * local and anonymous classes ({@code A$B}, {@code A$1}) are folded into their top-level class, as a tester
 * integrates a class with its nested ones. At {@link JavaLevel#PACKAGE package} level each package is a module,
 * (named from the last segment the packages share: {@code databind.deser} for
 * {@code com.fasterxml.jackson.databind.deser}), and at {@link JavaLevel#MODULE module} level each input: its JPMS module name (from {@code module-info.class},
 * at the root or, in a multi-release jar, under {@code META-INF/versions}),
 * else its {@code Automatic-Module-Name}, else the jar's (or folder's) file name. Only classes in the inputs
 * count: references to the JDK and to libraries not given are left out. Synthetic classes and methods are
 * skipped. Of a multi-release jar the base entries are read ({@code META-INF/versions} is not). With include
 * prefixes, only classes whose name starts with one of them are kept.
 *
 * <p><b>Kinds</b>, the strongest found for a pair: {@code extends}/{@code implements} are
 * {@link DependencyKind#INHERITANCE}; a field of the supplier's type is {@link DependencyKind#ASSOCIATION}, or
 * {@link DependencyKind#COMPOSITION} when the field is an owned part (the rule is in {@link ClassScanner});
 * every other use — method calls, field access, casts, {@code new}, local variables, signatures, exceptions,
 * class constants — is {@link DependencyKind#USES}. At package and module level, a class that extends one in
 * another package makes no unbreakable package dependency: packages reference each other's supertypes in both
 * directions all the time, and such a package cycle could never be planned. There the pair is
 * {@code association} or {@code uses}, labelled {@code inheritance} so the tester sees it.
 *
 * <p><b>Coupling</b>, after Briand, Labiche and Wang ("Revisiting strategies for ordering class integration
 * testing in the presence of dependency cycles", IEEE TSE 2003, also ISSRE 2001): the attribute coupling
 * A(i, j) is the number of attributes declared in j (the most a stub of j for i has to handle), counted for every
 * pair where i depends on j; the method coupling M(i, j) is the number of distinct methods (constructors
 * included) declared in j that i calls. At package and module level both are summed over the classes inside.
 * So the CITO objectives ({@code ocplx}, {@code am}) work on real code.
 */
public final class JavaBytecodeImporter {
    /** The largest class file read: far above any real one, it stops a zip bomb. */
    static final int MAX_CLASS_BYTES = 16 * 1024 * 1024;

    private JavaBytecodeImporter() {}

    /** How to import: the level and the include prefixes (empty: everything). */
    public record Options(JavaLevel level, List<String> includes) {
        public Options {
            level = level == null ? JavaLevel.CLASS : level;
            includes = includes == null ? List.of() : List.copyOf(includes);
        }
    }

    /** A class read from an input, with the unit (module name) of that input. */
    private record Found(ClassFacts facts, String input) {}

    public static Imported read(List<Path> inputs, Options options, ImportProgress progress) throws InputException {
        if (inputs.isEmpty()) {
            throw new InputException("java", "no input: expected a jar, a folder of classes, or several");
        }
        Map<String, Found> classes = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Path input : inputs) {
            progress.checkCancelled();
            if (Files.isDirectory(input)) {
                readFolder(input, classes, warnings, progress);
            } else {
                readJar(input, classes, warnings, progress);
            }
        }
        classes.keySet().removeIf(n -> !included(n, options.includes()));
        if (classes.isEmpty()) {
            throw new InputException(
                    inputs.get(0).toString(),
                    options.includes().isEmpty()
                            ? "holds no class files"
                            : "holds no classes starting with " + String.join(" or ", options.includes()));
        }
        progress.progress("Connecting " + classes.size() + " classes", classes.size(), classes.size());
        return assemble(name(inputs), classes, options.level(), warnings, progress);
    }

    private static boolean included(String className, List<String> includes) {
        if (includes.isEmpty()) {
            return true;
        }
        for (String p : includes) {
            if (className.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static String name(List<Path> inputs) {
        Path fn = inputs.get(0).toAbsolutePath().normalize().getFileName();
        String n = fn == null ? "java" : fn.toString().replaceFirst("\\.jar$", "");
        return inputs.size() == 1 ? n : n + " and " + (inputs.size() - 1) + " more";
    }

    private static void readJar(Path jar, Map<String, Found> classes, List<String> warnings, ImportProgress progress)
            throws InputException {
        InputFiles.regularFile(jar, "a jar or a folder of classes");
        String fileName =
                jar.getFileName() == null ? jar.toString() : jar.getFileName().toString();
        try (JarFile zip = new JarFile(jar.toFile(), false, ZipFile.OPEN_READ)) {
            String unit = fileName.replaceFirst("\\.jar$", "");
            ZipEntry moduleInfo = zip.getEntry("module-info.class");
            if (moduleInfo == null) {
                // A multi-release jar may keep its descriptor for Java 9+ under META-INF/versions.
                moduleInfo = zip.stream()
                        .filter(e -> e.getName().matches("META-INF/versions/\\d+/module-info\\.class"))
                        .min(java.util.Comparator.comparingInt(
                                e -> Integer.parseInt(e.getName().split("/")[2])))
                        .orElse(null);
            }
            if (moduleInfo != null) {
                unit = moduleName(read(zip, moduleInfo, jar), unit);
            } else if (zip.getManifest() != null) {
                String automatic =
                        zip.getManifest().getMainAttributes().getValue(new Attributes.Name("Automatic-Module-Name"));
                unit = automatic != null && !automatic.isBlank() ? automatic.strip() : unit;
            }
            int done = 0;
            List<String> names = new ArrayList<>();
            List<byte[]> files = new ArrayList<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String n = e.getName();
                if (e.isDirectory() || !n.endsWith(".class") || n.startsWith("META-INF/") || isInfo(n)) {
                    continue;
                }
                if (++done % 200 == 0) {
                    progress.checkCancelled();
                    progress.progress("Read " + done + " classes of " + fileName, done, 0);
                }
                names.add(jar + "!/" + n);
                files.add(read(zip, e, jar));
            }
            List<ClassFacts> facts = scanAll(names, files, progress);
            for (int i = 0; i < facts.size(); i++) {
                add(facts.get(i), unit, classes, warnings, names.get(i));
            }
        } catch (ZipException e) {
            throw new InputException(jar.toString(), "is not a jar (zip) file: " + e.getMessage());
        } catch (IOException e) {
            throw new InputException(jar.toString(), "cannot be read as a jar: " + e.getMessage());
        }
    }

    private static boolean isInfo(String entry) {
        return entry.endsWith("module-info.class") || entry.endsWith("package-info.class");
    }

    private static byte[] read(ZipFile zip, ZipEntry e, Path jar) throws IOException, InputException {
        try (InputStream in = zip.getInputStream(e)) {
            byte[] b = in.readNBytes(MAX_CLASS_BYTES + 1);
            if (b.length > MAX_CLASS_BYTES) {
                throw new InputException(
                        jar + "!/" + e.getName(), "is larger than " + MAX_CLASS_BYTES + " bytes; not a class file");
            }
            return b;
        }
    }

    private static void readFolder(Path dir, Map<String, Found> classes, List<String> warnings, ImportProgress progress)
            throws InputException {
        Path fn = dir.toAbsolutePath().normalize().getFileName();
        String unit = fn == null ? "classes" : fn.toString();
        Path info = dir.resolve("module-info.class");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".class") && Files.isRegularFile(p))
                    .filter(p -> !dir.relativize(p).toString().startsWith("META-INF"))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(dir.toString(), "cannot be listed: " + e.getMessage());
        }
        if (Files.isRegularFile(info)) {
            unit = moduleName(InputFiles.bytes(info, "a class file", MAX_CLASS_BYTES), unit);
        }
        int done = 0;
        for (Path f : files) {
            if (isInfo(f.getFileName().toString())) {
                continue;
            }
            if (++done % 200 == 0) {
                progress.checkCancelled();
                progress.progress("Read " + done + " classes of " + unit, done, files.size());
            }
            add(
                    scan(InputFiles.bytes(f, "a class file", MAX_CLASS_BYTES), f.toString()),
                    unit,
                    classes,
                    warnings,
                    f.toString());
        }
    }

    /** Scans class files on every core; the first bad one (in input order) is the error. */
    private static List<ClassFacts> scanAll(List<String> names, List<byte[]> files, ImportProgress progress)
            throws InputException {
        ClassFacts[] out = new ClassFacts[files.size()];
        InputException[] bad = new InputException[files.size()];
        java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
            if (i % 500 == 0) {
                progress.checkCancelled();
            }
            try {
                out[i] = scan(files.get(i), names.get(i));
            } catch (InputException e) {
                bad[i] = e;
            }
        });
        for (InputException e : bad) {
            if (e != null) {
                throw e;
            }
        }
        return Arrays.asList(out);
    }

    private static ClassFacts scan(byte[] bytes, String where) throws InputException {
        try {
            return ClassScanner.scan(bytes);
        } catch (RuntimeException e) {
            throw new InputException(
                    where,
                    "cannot be read as a class file ("
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    private static void add(
            ClassFacts f, String unit, Map<String, Found> classes, List<String> warnings, String where) {
        if (f.synthetic()) {
            return;
        }
        Found before = classes.putIfAbsent(f.name(), new Found(f, unit));
        if (before != null) {
            warnings.add(Imported.warning(
                    where, 0, 0, "class " + f.name() + " is also in " + before.input() + "; the first one is used"));
        }
    }

    private static String moduleName(byte[] moduleInfo, String fallback) {
        String[] name = {fallback};
        try {
            new ClassReader(moduleInfo)
                    .accept(
                            new ClassVisitor(Opcodes.ASM9) {
                                @Override
                                public ModuleVisitor visitModule(String n, int access, String version) {
                                    name[0] = n;
                                    return null;
                                }
                            },
                            ClassReader.SKIP_CODE);
        } catch (RuntimeException e) {
            // an unreadable module-info names nothing; the jar's name stands in
        }
        return name[0];
    }

    /** What one pair of units has collected. */
    private static final class Pair {
        DependencyKind kind = DependencyKind.USES;
        boolean inherits;
        final Set<String> methods = new HashSet<>();
    }

    private static Imported assemble(
            String name, Map<String, Found> classes, JavaLevel level, List<String> warnings, ImportProgress progress) {
        Map<String, String> unitOf = new HashMap<>();
        Map<String, Integer> fieldsOfUnit = new HashMap<>();
        Map<String, Boolean> allInterfaces = new HashMap<>();
        Map<String, String> packageOf = new HashMap<>();
        for (Found f : classes.values()) {
            String cls = f.facts().name();
            String u = unit(cls, f.input(), level);
            unitOf.put(cls, u);
            fieldsOfUnit.merge(u, f.facts().fields().size(), Integer::sum);
            if (!cls.contains("$")) {
                allInterfaces.put(u, f.facts().isInterface());
            }
            packageOf.put(u, packageName(cls));
        }
        Map<String, Map<String, Pair>> pairs = new TreeMap<>();
        int done = 0;
        for (Found f : classes.values()) {
            if (++done % 500 == 0) {
                progress.checkCancelled();
            }
            ClassFacts c = f.facts();
            String from = unitOf.get(c.name());
            Map<String, Pair> out = pairs.computeIfAbsent(from, k -> new TreeMap<>());
            for (String t : c.usedTypes()) {
                pair(out, from, unitOf.get(t), DependencyKind.USES);
            }
            c.fieldTypes()
                    .forEach((t, owned) -> pair(
                            out, from, unitOf.get(t), owned ? DependencyKind.COMPOSITION : DependencyKind.ASSOCIATION));
            for (String s : c.supertypes()) {
                Pair p = pair(
                        out,
                        from,
                        unitOf.get(s),
                        level == JavaLevel.CLASS ? DependencyKind.INHERITANCE : DependencyKind.USES);
                if (p != null) {
                    p.inherits = true;
                }
            }
            c.methodsUsed().forEach((owner, ms) -> {
                Found target = classes.get(owner);
                Pair p = target == null ? null : out.get(unitOf.get(owner));
                if (p != null) {
                    for (String m : ms) {
                        if (target.facts().methods().contains(m)) {
                            p.methods.add(owner + "#" + m);
                        }
                    }
                }
            });
        }
        DependencyGraph.Builder b = DependencyGraph.builder(name);
        String common = level == JavaLevel.PACKAGE ? commonParent(unitOf.values()) : "";
        for (String u : new java.util.TreeSet<>(unitOf.values())) {
            ModuleKind kind = level != JavaLevel.CLASS
                    ? ModuleKind.COMPONENT
                    : allInterfaces.getOrDefault(u, false) ? ModuleKind.INTERFACE : ModuleKind.CLASS;
            String simple = level == JavaLevel.CLASS
                    ? u.substring(u.lastIndexOf('.') + 1)
                    : u.startsWith(common) ? u.substring(common.length()) : u;
            b.addModule(new Module(
                    u,
                    simple,
                    kind,
                    level == JavaLevel.CLASS ? packageOf.get(u) : null,
                    null,
                    null,
                    null,
                    0,
                    0,
                    false,
                    null,
                    null,
                    null));
        }
        pairs.forEach((from, out) -> out.forEach((to, p) -> {
            DependencyKind kind = p.kind;
            String label = level != JavaLevel.CLASS && p.inherits ? "inheritance" : "";
            int a = Math.min(Dependency.MAX_COUNT, fieldsOfUnit.getOrDefault(to, 0));
            int m = Math.min(Dependency.MAX_COUNT, p.methods.size());
            b.addDependency(new Dependency(from, to, kind, 1, a, m, label, kind.stubbableByDefault()));
        }));
        return new Imported(b.build(), warnings);
    }

    /** Records that {@code from} depends on {@code to} at least this strongly; null when {@code to} is none. */
    private static Pair pair(Map<String, Pair> out, String from, String to, DependencyKind kind) {
        if (to == null || to.equals(from)) {
            return null;
        }
        Pair p = out.computeIfAbsent(to, k -> new Pair());
        if (strength(kind) > strength(p.kind)) {
            p.kind = kind;
        }
        return p;
    }

    private static int strength(DependencyKind k) {
        return switch (k) {
            case INHERITANCE -> 3;
            case COMPOSITION -> 2;
            case ASSOCIATION -> 1;
            default -> 0;
        };
    }

    private static String unit(String cls, String input, JavaLevel level) {
        return switch (level) {
            case CLASS -> topLevel(cls);
            case PACKAGE -> packageName(cls);
            case MODULE -> input;
        };
    }

    /** The top-level class a nested, inner, local or anonymous class belongs to. */
    static String topLevel(String cls) {
        int dot = cls.lastIndexOf('.');
        int dollar = cls.indexOf('$', dot + 1);
        return dollar > 0 ? cls.substring(0, dollar) : cls;
    }

    /**
     * What all packages share before their last common segment ({@code com.fasterxml.jackson.} for the
     * packages of jackson-databind), so package modules are named {@code databind.deser} rather than by their
     * full name, which stays their id.
     */
    static String commonParent(java.util.Collection<String> packages) {
        String[] first = null;
        int shared = Integer.MAX_VALUE;
        for (String p : packages) {
            String[] parts = p.split("\\.");
            if (first == null) {
                first = parts;
                shared = parts.length;
            }
            int k = 0;
            while (k < Math.min(shared, parts.length) && parts[k].equals(first[k])) {
                k++;
            }
            shared = k;
        }
        if (first == null || shared <= 1) {
            return "";
        }
        return String.join(".", java.util.Arrays.copyOf(first, shared - 1)) + ".";
    }

    private static String packageName(String cls) {
        int dot = cls.lastIndexOf('.');
        return dot < 0 ? "(default package)" : cls.substring(0, dot);
    }
}
