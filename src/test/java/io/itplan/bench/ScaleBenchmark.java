package io.itplan.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The scale table: each row a whole process ({@code java -jar itplan.jar ...}) on generated systems of 10,000 and
 * 50,000 modules and a 100,000-module chain, with wall time, CPU time and peak resident memory (from {@code
 * /usr/bin/time}), beside the networkx script a user would write instead where Python has networkx. Graphs come from
 * {@code shared/bench/gen.py} when Python is present, else from an equivalent Java generator.
 *
 * <p>Run {@code mvn -q -DskipTests package && mvn -q -Pbench-scale test-compile exec:exec}; pass {@code
 * -Dbefore=OLD.jar} to run an earlier build beside it in the same run (its rows without heap limits but the 512 MB
 * one, so that its own figures show). Where the app-image has been built ({@code mvn -Ppackage package}: {@code
 * target/dist/itplan/bin/itplan}, or {@code -Dapp=PATH}) its launcher, what an installed itplan runs, gets a column
 * of its own.
 */
public final class ScaleBenchmark {
    private static final String TIME = "/usr/bin/time";

    private ScaleBenchmark() {}

    /** One process's figures. */
    record Run(double wall, double cpu, long rssMb, int exit, String note, long fileMb) {
        Run(double wall, double cpu, long rssMb, int exit, String note) {
            this(wall, cpu, rssMb, exit, note, -1);
        }

        String cell() {
            String s = String.format(Locale.ROOT, "%.1f s wall, %.1f s CPU, %,d MB", wall, cpu, rssMb);
            if (fileMb >= 0) {
                s += String.format(Locale.ROOT, ", file %,d MB", fileMb);
            }
            return exit == 0 ? s : s + " (exit " + exit + (note.isEmpty() ? "" : ": " + note) + ")";
        }

        /** This run with the size of the file it wrote, taken before another run writes over it. */
        Run writing(Path file) throws IOException {
            return exit == 0 && Files.exists(file)
                    ? new Run(wall, cpu, rssMb, exit, note, Files.size(file) >> 20)
                    : this;
        }
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/itplan.jar").toAbsolutePath();
        String before = System.getProperty("before", "");
        Path work = Files.createTempDirectory("itplan-scale");
        Path shared = Path.of(System.getProperty("itplan.shared", "../shared")).toAbsolutePath();
        boolean python = hasPython(shared);
        Path g10 = work.resolve("g10k.graph.json");
        Path g50 = work.resolve("g50k.graph.json");
        Path chain = work.resolve("chain100k.graph.json");
        graph(python, shared, 10_000, g10);
        graph(python, shared, 50_000, g50);
        chain(100_000, chain);
        System.out.printf(
                Locale.ROOT,
                "java %s, %d cores, load %.1f; graphs by %s in %s%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(),
                python ? "gen.py" : "the Java generator",
                work);
        Run nx = null;
        if (python) {
            nx = run(
                    work,
                    List.of(
                            "python3",
                            shared.resolve("bench/nx_levels.py").toString(),
                            g10.toString(),
                            work.resolve("nx.json").toString()));
            System.out.println("networkx levels script, 10k: " + nx.cell());
        }
        List<String> labels = new ArrayList<>(List.of("this build"));
        List<List<Run>> columns = new ArrayList<>();
        columns.add(rows(work, Itplan.jar(jar), true));
        Path app = Path.of(System.getProperty("app", "target/dist/itplan/bin/itplan"))
                .toAbsolutePath();
        if (Files.isExecutable(app)) {
            labels.add("this build, installed launcher ("
                    + app.getParent().getParent().getFileName() + "/bin/itplan)");
            columns.add(rows(work, Itplan.launcher(app), true));
        }
        if (!before.isEmpty()) {
            labels.add("before (" + Path.of(before).getFileName() + ")");
            columns.add(rows(work, Itplan.jar(Path.of(before).toAbsolutePath()), false));
        }
        String[] names = {
            "worst of big-bang/top-down/bottom-up/sandwich, level, 10k",
            "plan --granularity parallel, 10k (heap 1 GB)",
            "check of that parallel plan (heap 1 GB)",
            "compare, 10k (heap 1 GB)",
            "plan bottom-up, 50k modules / 240k deps, -Xmx512m",
            "plan, 100,000-module chain (heap 1 GB)",
            "itplan --version (cold start)"
        };
        StringBuilder head = new StringBuilder("| run (whole process) |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String l : labels) {
            head.append(' ').append(l).append(" |");
            rule.append("---|");
        }
        System.out.println(head);
        System.out.println(rule);
        for (int r = 0; r < names.length; r++) {
            StringBuilder line = new StringBuilder("| " + names[r] + " |");
            for (List<Run> c : columns) {
                Run run = c.get(r);
                String cell = run.cell();
                if (r == 0 && nx != null) {
                    cell += String.format(Locale.ROOT, " = %.1f× networkx", run.wall / nx.wall);
                }
                line.append(' ').append(cell).append(" |");
            }
            System.out.println(line);
        }
        System.out.println();
        System.out.println(inProcess(g10));
    }

    /**
     * This build's planning in a warm JVM, without the process around it: each level strategy planned and refereed
     * (as {@code plan} does, without reading or writing files), median of five after three warm-ups.
     */
    private static String inProcess(Path g10) throws Exception {
        io.itplan.core.graph.DependencyGraph graph =
                io.itplan.app.OpenGraph.open(g10).graph();
        io.itplan.app.PlanGraph planning = io.itplan.app.PlanGraph.standard();
        StringBuilder out = new StringBuilder("in-process, this build, 10k, plan and check (median of 5, warm):");
        long worst = 0;
        for (io.itplan.core.strategy.StrategyName s : io.itplan.core.strategy.StrategyName.values()) {
            io.itplan.core.strategy.PlanOptions options = io.itplan.core.strategy.PlanOptions.of(s);
            long[] ms = new long[8];
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                planning.plan(graph, options);
                ms[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            long[] measured = java.util.Arrays.copyOfRange(ms, 3, 8);
            java.util.Arrays.sort(measured);
            worst = Math.max(worst, measured[2]);
            out.append(String.format(Locale.ROOT, " %s %,d ms;", s.key(), measured[2]));
        }
        return out.append(String.format(Locale.ROOT, " worst %,d ms", worst)).toString();
    }

    private static List<Run> rows(Path work, Itplan itplan, boolean capped) throws Exception {
        String g10 = work.resolve("g10k.graph.json").toString();
        String heap = capped ? "-Xmx1g" : "-Xms16m";
        List<Run> out = new ArrayList<>();
        Run worst = null;
        for (String s : List.of("big-bang", "top-down", "bottom-up", "sandwich")) {
            Run r = run(
                    work,
                    itplan.command(
                            heap,
                            "plan",
                            g10,
                            "-s",
                            s,
                            "-q",
                            "-o",
                            work.resolve(s + ".plan.json").toString()));
            worst = worst == null || r.wall > worst.wall ? r : worst;
        }
        out.add(worst);
        Path parallel = work.resolve("par.plan.json");
        out.add(run(work, itplan.command(heap, "plan", g10, "-g", "parallel", "-q", "-o", parallel.toString()))
                .writing(parallel));
        out.add(run(work, itplan.command(heap, "check", parallel.toString(), "--graph", g10)));
        out.add(run(work, itplan.command(heap, "compare", g10)));
        out.add(run(
                work,
                itplan.command(
                        "-Xmx512m",
                        "plan",
                        work.resolve("g50k.graph.json").toString(),
                        "-s",
                        "bottom-up",
                        "-q",
                        "-o",
                        work.resolve("g50k.plan.json").toString())));
        out.add(run(
                work,
                itplan.command(
                        heap,
                        "plan",
                        work.resolve("chain100k.graph.json").toString(),
                        "-q",
                        "-o",
                        work.resolve("chain.plan.json").toString())));
        out.add(run(work, itplan.command("", "--version")));
        return out;
    }

    /**
     * How a column starts itplan: {@code java -jar} on a build's jar, or an installed launcher (the app-image's
     * {@code bin/itplan}, with its own JVM options, CDS archive and collector), a JVM option given to it through
     * {@code JAVA_TOOL_OPTIONS}.
     */
    record Itplan(Path jar, Path launcher) {
        static Itplan jar(Path jar) {
            return new Itplan(jar, null);
        }

        static Itplan launcher(Path launcher) {
            return new Itplan(null, launcher);
        }

        /** The command line of one run, {@code jvmOption} (a heap size, or "") given to its JVM. */
        List<String> command(String jvmOption, String... args) {
            List<String> out = new ArrayList<>();
            if (launcher != null) {
                if (!jvmOption.isEmpty()) {
                    out.addAll(List.of("env", "JAVA_TOOL_OPTIONS=" + jvmOption));
                }
                out.add(launcher.toString());
            } else {
                out.add("java");
                if (!jvmOption.isEmpty()) {
                    out.add(jvmOption);
                }
                out.addAll(List.of("-jar", jar.toString()));
            }
            out.addAll(List.of(args));
            return out;
        }
    }

    /** Runs a process under /usr/bin/time (when present) with a ten-minute limit. */
    static Run run(Path work, List<String> command) throws IOException, InterruptedException {
        boolean timed = Files.isExecutable(Path.of(TIME));
        List<String> full = new ArrayList<>();
        Path stats = work.resolve("time.txt");
        if (timed) {
            full.addAll(List.of(TIME, "-o", stats.toString(), "-f", "%e %U %S %M"));
        }
        full.addAll(command);
        Path err = work.resolve("stderr.txt");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(full)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(new File(err.toString()))
                .start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            return new Run(600, 0, 0, -1, "stopped after 600 s");
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        String note = lines.stream()
                .filter(l -> l.contains("OutOfMemoryError") || l.startsWith("itplan:"))
                .findFirst()
                .orElse("");
        note = note.contains("OutOfMemoryError") ? "OutOfMemoryError, stack trace" : note.replace("|", "/");
        if (!timed) {
            return new Run(wall, 0, 0, p.exitValue(), note);
        }
        String[] f = Files.readString(stats).trim().split("\\s+");
        String[] last = f.length >= 4 ? java.util.Arrays.copyOfRange(f, f.length - 4, f.length) : f;
        return new Run(
                Double.parseDouble(last[0]),
                Double.parseDouble(last[1]) + Double.parseDouble(last[2]),
                Long.parseLong(last[3]) >> 10,
                p.exitValue(),
                note.length() > 80 ? note.substring(0, 80) + "…" : note);
    }

    private static boolean hasPython(Path shared) {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import networkx").start();
            return p.waitFor(60, TimeUnit.SECONDS)
                    && p.exitValue() == 0
                    && Files.exists(shared.resolve("bench/gen.py"));
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void graph(boolean python, Path shared, int n, Path out) throws Exception {
        if (python) {
            Process p = new ProcessBuilder(
                            "python3",
                            shared.resolve("bench/gen.py").toString(),
                            String.valueOf(n),
                            "3",
                            "--degree",
                            "5",
                            "--back",
                            "0.3")
                    .redirectOutput(new File(out.toString()))
                    .start();
            if (p.waitFor(600, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return;
            }
        }
        Files.writeString(out, generated(n, 3), StandardCharsets.UTF_8);
    }

    /**
     * gen.py's shape in Java: packages of 12 modules in a random order, about five dependencies per module, half to
     * a near neighbour, cycles only inside a package, a fifth of downward ones inheritance or composition.
     */
    static String generated(int n, long seed) {
        Random rnd = new Random(seed);
        double[] rank = new double[n / 12 + 1];
        for (int p = 0; p < rank.length; p++) {
            rank[p] = rnd.nextDouble();
        }
        int[] sub = new int[n];
        StringBuilder json =
                new StringBuilder("{\"format\": \"itplan.graph/1\", \"name\": \"generated-" + n + "\", \"modules\": [");
        for (int i = 0; i < n; i++) {
            sub[i] = rnd.nextInt(4);
            json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"id\": \"m%05d\"}", i));
        }
        json.append("], \"dependencies\": [");
        java.util.Set<Long> seen = new java.util.HashSet<>();
        String[] kinds = {"call", "uses", "association", "message"};
        boolean first = true;
        for (int u = 0; u < n; u++) {
            int want = rnd.nextInt(11);
            for (int tries = 0; tries < 40 && want > 0; tries++) {
                int v = rnd.nextBoolean() ? rnd.nextInt(n) : Math.min(n - 1, Math.max(0, u + rnd.nextInt(25) - 12));
                long key = (long) u * n + v;
                if (u == v || seen.contains(key)) {
                    continue;
                }
                int pu = u / 12;
                int pv = v / 12;
                boolean down = rank[pv] > rank[pu] || (pv == pu && sub[v] > sub[u]);
                if (!down && (pu != pv || rnd.nextDouble() > 0.3)) {
                    continue;
                }
                String kind = down && rnd.nextDouble() < 0.2
                        ? (rnd.nextBoolean() ? "inheritance" : "composition")
                        : kinds[rnd.nextInt(4)];
                seen.add(key);
                json.append(first ? "" : ",")
                        .append(String.format(
                                Locale.ROOT,
                                "{\"from\": \"m%05d\", \"to\": \"m%05d\", \"kind\": \"%s\", \"weight\": %d}",
                                u,
                                v,
                                kind,
                                1 + rnd.nextInt(5)));
                first = false;
                want--;
            }
        }
        return json.append("]}").toString();
    }

    private static void chain(int n, Path out) throws IOException {
        StringBuilder json = new StringBuilder("{\"format\": \"itplan.graph/1\", \"name\": \"chain\", \"modules\": [");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"id\": \"m%06d\"}", i));
        }
        json.append("], \"dependencies\": [");
        for (int i = 0; i + 1 < n; i++) {
            json.append(i == 0 ? "" : ",")
                    .append(String.format(Locale.ROOT, "{\"from\": \"m%06d\", \"to\": \"m%06d\"}", i, i + 1));
        }
        Files.writeString(out, json.append("]}"), StandardCharsets.UTF_8);
    }
}
