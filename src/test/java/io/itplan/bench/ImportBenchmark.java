package io.itplan.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The whole process of importing a 5,000-class jar at class level: {@code java -jar target/itplan.jar import
 * java BIG.jar -o OUT}, JVM start included. The jar is generated with ASM: 50 packages of 100 classes, each
 * class extending one of the previous ones now and then, holding three fields of other classes, and calling
 * methods of five more, so the importer sees every kind of use. Run with
 * {@code mvn -q -DskipTests -Pbench-import package exec:exec}; the figure is the median of five runs.
 */
public final class ImportBenchmark {
    static final int CLASSES = 5000;

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Files.createTempFile("itplan-bench-", ".jar");
        Path out = Files.createTempFile("itplan-bench-", ".graph.json");
        try {
            generate(jar, CLASSES, 7);
            Path itplan = Path.of("target", "itplan.jar");
            if (!Files.isRegularFile(itplan)) {
                throw new IllegalStateException("build target/itplan.jar first: mvn -q -DskipTests package");
            }
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<Double> seconds = new ArrayList<>();
            String line = "";
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                Process p = new ProcessBuilder(
                                java, "-jar", itplan.toString(), "import", "java", jar.toString(), "-o", out.toString())
                        .redirectErrorStream(true)
                        .start();
                line = new String(p.getInputStream().readAllBytes()).strip();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("import failed: " + line);
                }
                seconds.add((System.nanoTime() - start) / 1e9);
            }
            seconds.sort(null);
            System.out.println(line);
            System.out.printf(
                    Locale.ROOT,
                    "import java, %d classes (%d KB jar), class level, whole process: median %.2f s (runs %s)%n",
                    CLASSES,
                    Files.size(jar) / 1024,
                    seconds.get(seconds.size() / 2),
                    seconds.stream()
                            .map(s -> String.format(Locale.ROOT, "%.2f", s))
                            .toList());
        } finally {
            Files.deleteIfExists(jar);
            Files.deleteIfExists(out);
        }
    }

    /** A jar of {@code n} classes {@code bench.pK.CN} that use each other. */
    static void generate(Path jar, int n, long seed) throws IOException {
        Random rnd = new Random(seed);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            for (int i = 0; i < n; i++) {
                out.putNextEntry(new JarEntry(name(i) + ".class"));
                out.write(classFile(i, n, rnd));
                out.closeEntry();
            }
        }
    }

    private static String name(int i) {
        return "bench/p" + (i / 100) + "/C" + i;
    }

    private static byte[] classFile(int i, int n, Random rnd) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        String superName = i > 0 && rnd.nextInt(5) == 0 ? name(rnd.nextInt(i)) : "java/lang/Object";
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name(i), null, superName, null);
        for (int f = 0; f < 3; f++) {
            cw.visitField(Opcodes.ACC_PRIVATE, "f" + f, "L" + name(rnd.nextInt(n)) + ";", null, null)
                    .visitEnd();
        }
        MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor run = cw.visitMethod(Opcodes.ACC_PUBLIC, "run", "()V", null, null);
        run.visitCode();
        for (int k = 0; k < 5; k++) {
            String other = name(rnd.nextInt(n));
            run.visitTypeInsn(Opcodes.NEW, other);
            run.visitInsn(Opcodes.DUP);
            run.visitMethodInsn(Opcodes.INVOKESPECIAL, other, "<init>", "()V", false);
            run.visitMethodInsn(Opcodes.INVOKEVIRTUAL, other, "run", "()V", false);
        }
        run.visitInsn(Opcodes.RETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
