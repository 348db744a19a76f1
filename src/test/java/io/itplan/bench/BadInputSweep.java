package io.itplan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An adversarial sweep over bad input: broken, truncated, mistyped and hostile graph files, plan files that lie,
 * research data that is cut short or oversized, special files, wrong command lines and hostile module names, each run
 * through the real command line as a separate process with a small heap. For every case it records whether it was
 * handled cleanly (the expected exit code, one clear message, no stack trace, no "internal error", in time), whether
 * data was lost (an input changed, or a half-written output left), and whether a hostile name ran as code (a marker
 * file appeared).
 *
 * <p>Run after building the jar: {@code mvn -q -DskipTests package && java -cp
 * target/itplan.jar:target/test-classes io.itplan.bench.BadInputSweep [--verbose]}. It prints one line per case that
 * fell short and the figure line {@code N tried, K handled cleanly, data lost in X, hostile execution in Y}.
 */
public final class BadInputSweep {
    private static final Path JAR = Path.of("target/itplan.jar").toAbsolutePath();
    private static final Path WEBSHOP =
            Path.of("resources/examples/webshop.graph.json").toAbsolutePath();
    private static final long TIMEOUT_SECONDS = 30;
    private static final Set<String> MARKERS = Set.of("PWNED", "PWNED2", "PWNED3");

    /** What a case may end with. */
    enum Expect {
        /** The input is fine: exit 0. */
        OK,
        /** A finding about the input: exit 1. */
        FINDING,
        /** Refused: exit 1 or 2 with a message. */
        REFUSED,
        /** Either accepted or refused, as long as it is clean. */
        ANY
    }

    record Case(String category, String name, Expect expect, List<String> args, List<Path> inputs, Path sandbox) {}

    record Outcome(Case c, int exit, String err, boolean timedOut, boolean clean, boolean lost, boolean hostile) {}

    private final Path root;
    private final List<Case> cases = new ArrayList<>();
    private final Random random = new Random(20261207);

    private BadInputSweep(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            System.err.println("build the jar first: mvn -q -DskipTests package");
            System.exit(2);
        }
        boolean verbose = List.of(args).contains("--verbose");
        Path root = Files.createTempDirectory("itplan-sweep");
        BadInputSweep sweep = new BadInputSweep(root);
        sweep.build();
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, int[]> byCategory = new LinkedHashMap<>();
        for (Case c : sweep.cases) {
            Outcome o = sweep.run(c);
            outcomes.add(o);
            int[] k = byCategory.computeIfAbsent(c.category(), x -> new int[2]);
            k[0]++;
            k[1] += o.clean() && !o.lost() && !o.hostile() ? 1 : 0;
            if (verbose || !o.clean() || o.lost() || o.hostile()) {
                System.out.printf(
                        Locale.ROOT,
                        "%-5s %-9s %-52s exit %3d%s%s%s  %s%n",
                        o.clean() && !o.lost() && !o.hostile() ? "ok" : "SHORT",
                        c.category(),
                        c.name(),
                        o.exit(),
                        o.timedOut() ? " TIMEOUT" : "",
                        o.lost() ? " DATA-LOST" : "",
                        o.hostile() ? " HOSTILE-EXECUTION" : "",
                        firstLine(o.err()));
            }
        }
        System.out.println();
        byCategory.forEach((cat, k) -> System.out.printf(Locale.ROOT, "%-10s %4d tried, %4d clean%n", cat, k[0], k[1]));
        long clean = outcomes.stream()
                .filter(o -> o.clean() && !o.lost() && !o.hostile())
                .count();
        long lost = outcomes.stream().filter(Outcome::lost).count();
        long hostile = outcomes.stream().filter(Outcome::hostile).count();
        System.out.printf(
                Locale.ROOT,
                "%d bad inputs tried, %d handled cleanly, data lost in %d, hostile execution in %d%n",
                outcomes.size(),
                clean,
                lost,
                hostile);
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl);
        return line.length() > 140 ? line.substring(0, 140) + "…" : line;
    }

    // ---- running

    private Outcome run(Case c) throws Exception {
        Map<Path, String> before = new LinkedHashMap<>();
        for (Path p : c.inputs()) {
            before.put(p, hash(p));
        }
        List<String> cmd = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-jar",
                JAR.toString()));
        cmd.addAll(c.args());
        Path errFile = c.sandbox().resolve(".stderr");
        Path outFile = c.sandbox().resolve(".stdout");
        Process p = new ProcessBuilder(cmd)
                .directory(c.sandbox().toFile())
                .redirectOutput(outFile.toFile())
                .redirectError(errFile.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        boolean finished = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        int exit = finished ? p.exitValue() : -1;
        String err = Files.readString(errFile, StandardCharsets.ISO_8859_1);
        String out = Files.readString(outFile, StandardCharsets.ISO_8859_1);
        Files.delete(errFile);
        Files.delete(outFile);
        // validate and check report their findings on standard output, errors go to standard error
        String said = err.isBlank() ? out : err;
        boolean messageClean = !err.contains("\tat ")
                && !err.contains("Exception")
                && !err.contains("internal error")
                && !err.contains("java.lang.")
                && !err.contains("OutOfMemoryError");
        boolean exitFits = switch (c.expect()) {
            case OK -> exit == 0;
            case FINDING -> exit == 1;
            case REFUSED -> (exit == 1 || exit == 2) && !said.isBlank();
            case ANY -> exit == 0 || ((exit == 1 || exit == 2) && !said.isBlank());
        };
        boolean lost = false;
        for (var e : before.entrySet()) {
            lost |= !e.getValue().equals(hash(e.getKey()));
        }
        boolean hostile;
        try (Stream<Path> files = Files.walk(c.sandbox())) {
            hostile = files.anyMatch(f -> MARKERS.contains(f.getFileName().toString()));
        }
        return new Outcome(c, exit, said, !finished, finished && messageClean && exitFits, lost, hostile);
    }

    private static String hash(Path p) throws Exception {
        if (!Files.isRegularFile(p)) {
            return Files.exists(p) ? "special" : "absent";
        }
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(p)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    // ---- cases

    private Path sandbox(String name) throws IOException {
        return Files.createDirectories(root.resolve(String.format(Locale.ROOT, "%04d-%s", cases.size(), slug(name))));
    }

    private static String slug(String s) {
        String t = s.replaceAll("[^A-Za-z0-9]+", "-");
        return t.length() > 40 ? t.substring(0, 40) : t;
    }

    private void add(String category, String name, Expect expect, Path sandbox, List<Path> inputs, String... args) {
        cases.add(new Case(category, name, expect, List.of(args), inputs, sandbox));
    }

    /** A graph file with the given text, run through validate and plan. */
    private void graphCase(String name, Expect expect, byte[] bytes) throws IOException {
        Path box = sandbox(name);
        Path g = box.resolve("g.graph.json");
        Files.write(g, bytes);
        add("graph", name + " / validate", expect, box, List.of(g), "validate", g.toString());
        Path box2 = sandbox(name);
        Path g2 = Files.write(box2.resolve("g.graph.json"), bytes);
        add("graph", name + " / plan", expect, box2, List.of(g2), "plan", g2.toString(), "-o", "g.plan.json", "-q");
    }

    private void build() throws Exception {
        String shop = Files.readString(WEBSHOP);
        byte[] shopBytes = shop.getBytes(StandardCharsets.UTF_8);
        // truncated graph files
        for (int i = 1; i <= 40; i++) {
            int cut = shopBytes.length * i / 41;
            graphCase("graph cut at " + cut, Expect.REFUSED, java.util.Arrays.copyOf(shopBytes, cut));
        }
        // random bytes changed
        for (int i = 0; i < 30; i++) {
            byte[] b = shopBytes.clone();
            for (int k = 0; k < 3; k++) {
                b[random.nextInt(b.length)] = (byte) (33 + random.nextInt(94));
            }
            graphCase("graph with 3 bytes changed #" + i, Expect.ANY, b);
        }
        // every field given a wrong value
        List<String> fields = List.of(
                "\"format\": \"itplan.graph/1\"",
                "\"name\": \"Web shop\"",
                "\"id\": \"web\"",
                "\"kind\": \"component\"",
                "\"risk\": \"high\"",
                "\"from\": \"web\"",
                "\"to\": \"gateway\"",
                "\"weight\": 3",
                "\"modules\": [",
                "\"dependencies\": [",
                "\"commands\": {",
                "\"settings\": {");
        List<String> values = List.of("null", "42", "-1", "1e309", "\"\"", "[]", "{}", "true", "\"\\u0000\"", "\"x\"");
        for (String f : fields) {
            String key = f.substring(0, f.indexOf(':') + 1);
            int at = shop.indexOf(f);
            if (at < 0) {
                continue;
            }
            for (String v : values) {
                String mutated = replaceValue(shop, at, key, v);
                if (mutated != null) {
                    graphCase("graph " + key + " " + v, Expect.ANY, mutated.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        // special contents
        graphCase("empty file", Expect.REFUSED, new byte[0]);
        graphCase("just {}", Expect.REFUSED, "{}".getBytes());
        graphCase("a JSON array", Expect.REFUSED, "[]".getBytes());
        graphCase(
                "a newer format",
                Expect.REFUSED,
                shop.replace("itplan.graph/1", "itplan.graph/9").getBytes());
        graphCase(
                "deeply nested",
                Expect.REFUSED,
                ("{\"format\": \"itplan.graph/1\", \"x\": " + "[".repeat(200_000)).getBytes());
        graphCase("UTF-16 with BOM", Expect.ANY, ("\uFEFF" + shop).getBytes(StandardCharsets.UTF_16));
        byte[] badUtf8 = shop.replace("Web shop", "Web XX").getBytes(StandardCharsets.UTF_8);
        int w = shop.indexOf("Web shop") + 4;
        badUtf8[w] = (byte) 0xC3;
        badUtf8[w + 1] = (byte) 0x28;
        graphCase("invalid UTF-8 in a name", Expect.REFUSED, badUtf8);
        graphCase(
                "a NUL in a module id",
                Expect.REFUSED,
                shop.replace("\"id\": \"web\"", "\"id\": \"we\\u0000b\"")
                        .replace("\"from\": \"web\"", "\"from\": \"we\\u0000b\"")
                        .getBytes());
        graphCase(
                "an escape sequence in a module id",
                Expect.ANY,
                shop.replace("\"web\"", "\"\\u001b[31mweb\\u001b[0m\"").getBytes());
        graphCase(
                "a module id one character over the reader's limit (20 MB)",
                Expect.REFUSED,
                shop.replace(
                                "\"id\": \"web\"",
                                "\"id\": \"" + "w".repeat(io.itplan.core.format.GraphFiles.MAX_TEXT_LENGTH + 1) + "\"")
                        .replace(
                                "\"from\": \"web\"",
                                "\"from\": \""
                                        + "w".repeat(io.itplan.core.format.GraphFiles.MAX_TEXT_LENGTH + 1)
                                        + "\"")
                        .getBytes());
        graphCase(
                "a dependency on an unknown module",
                Expect.REFUSED,
                shop.replace("\"to\": \"gateway\"", "\"to\": \"nowhere\"").getBytes());
        graphCase(
                "duplicate module ids",
                Expect.REFUSED,
                shop.replace("\"id\": \"gateway\"", "\"id\": \"web\"").getBytes());
        graphCase(
                "dependencies: null",
                Expect.REFUSED,
                shop.replaceFirst("\"dependencies\": \\[", "\"dependencies\": null, \"x\": [")
                        .getBytes());
        graphCase(
                "an unknown setting",
                Expect.ANY,
                shop.replace("\"settings\": {", "\"settings\": {\"target-depth\": \"1\",")
                        .getBytes());
        graphCase(
                "a wrong setting",
                Expect.REFUSED,
                shop.replace("\"settings\": {", "\"settings\": {\"riskFirst\": \"yes\",")
                        .getBytes());
        graphCase(
                "a readiness port given as a string",
                Expect.REFUSED,
                shop.replaceFirst("\"ready\": \"[^\"]*\"", "\"ready\": \"99999\"")
                        .getBytes());
        // special files
        Path box = sandbox("dev zero");
        add("file", "plan /dev/zero", Expect.REFUSED, box, List.of(), "plan", "/dev/zero");
        add("file", "validate a folder", Expect.REFUSED, sandbox("folder"), List.of(), "validate", root.toString());
        add("file", "plan a missing file", Expect.REFUSED, sandbox("missing"), List.of(), "plan", "no-such.graph.json");
        Path fifoBox = sandbox("fifo");
        Path fifo = fifoBox.resolve("pipe.graph.json");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            add("file", "plan a FIFO", Expect.REFUSED, fifoBox, List.of(), "plan", fifo.toString());
        }
        // command lines
        Path wbox = sandbox("cli");
        Path g = Files.writeString(wbox.resolve("shop.graph.json"), shop);
        add("cli", "unknown command", Expect.REFUSED, wbox, List.of(g), "frobnicate");
        add("cli", "unknown option", Expect.REFUSED, wbox, List.of(g), "plan", g.toString(), "--frob");
        add("cli", "unknown strategy", Expect.REFUSED, wbox, List.of(g), "plan", g.toString(), "-s", "sideways");
        add(
                "cli",
                "negative target depth",
                Expect.REFUSED,
                wbox,
                List.of(g),
                "plan",
                g.toString(),
                "-s",
                "sandwich",
                "-t",
                "-3");
        add(
                "cli",
                "target depth too deep",
                Expect.REFUSED,
                wbox,
                List.of(g),
                "plan",
                g.toString(),
                "-s",
                "sandwich",
                "-t",
                "99");
        add(
                "cli",
                "negative cycle budget",
                Expect.REFUSED,
                wbox,
                List.of(g),
                "plan",
                g.toString(),
                "--cycle-budget",
                "-1");
        add(
                "cli",
                "plan written over its graph",
                Expect.REFUSED,
                wbox,
                List.of(g),
                "plan",
                g.toString(),
                "-o",
                g.toString());
        add(
                "cli",
                "plan into a missing folder",
                Expect.REFUSED,
                wbox,
                List.of(g),
                "plan",
                g.toString(),
                "-o",
                "no/such/dir/p.plan.json");
        add("cli", "plan into a folder", Expect.REFUSED, wbox, List.of(g), "plan", g.toString(), "-o", wbox.toString());
        add(
                "cli",
                "export to an unknown format",
                Expect.REFUSED,
                wbox,
                List.of(g),
                "export",
                "p.plan.json",
                "--to",
                "excel");
        add("cli", "max parallel 0", Expect.REFUSED, wbox, List.of(g), "run", "p.plan.json", "--max-parallel", "0");
        // plans that lie, and execution values no process can run with
        planCases(shop);
        citoCases();
        hostileCases(shop);
    }

    /** The text with the value after {@code key} at {@code at} replaced, or null when the value is not a scalar. */
    private static String replaceValue(String text, int at, String key, String value) {
        int start = at + key.length();
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        char c = text.charAt(start);
        int end;
        if (c == '"') {
            end = text.indexOf('"', start + 1) + 1;
        } else if (c == '[' || c == '{') {
            end = start + 1; // replace the opening bracket only: the rest becomes a syntax error or stray text
            return text.substring(0, start) + value + ", \"rest\": " + text.substring(start);
        } else {
            end = start;
            while (end < text.length() && "-+.0123456789eE".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
        }
        return text.substring(0, start) + value + text.substring(end);
    }

    private void planCases(String shop) throws Exception {
        Path seedBox = sandbox("seed plan");
        Path g = Files.writeString(seedBox.resolve("shop.graph.json"), shop);
        Path p = seedBox.resolve("shop.plan.json");
        Process make = new ProcessBuilder(
                        "java",
                        "-jar",
                        JAR.toString(),
                        "plan",
                        g.toString(),
                        "-s",
                        "top-down",
                        "-o",
                        p.toString(),
                        "-q")
                .inheritIO()
                .start();
        if (make.waitFor() != 0) {
            throw new IllegalStateException("cannot make the seed plan");
        }
        String plan = Files.readString(p);
        byte[] planBytes = plan.getBytes(StandardCharsets.UTF_8);
        for (int i = 1; i <= 25; i++) {
            int cut = planBytes.length * i / 26;
            planCase(
                    "plan cut at " + cut,
                    Expect.REFUSED,
                    shop,
                    new String(java.util.Arrays.copyOf(planBytes, cut), StandardCharsets.UTF_8));
        }
        Map<String, String> lies = new LinkedHashMap<>();
        lies.put("a metric changed", plan.replaceFirst("\"specificStubs\": \\d+", "\"specificStubs\": 0"));
        lies.put("a stub dropped", plan.replaceFirst("\"stubs\": \\[\\s*\"[^\"]+\",?", "\"stubs\": ["));
        lies.put("the digest changed", plan.replaceFirst("sha256:[0-9a-f]{4}", "sha256:0000"));
        lies.put("a step after itself", plan.replaceFirst("\"after\": \\[\\s*\\]", "\"after\": [\"depth-0\"]"));
        lies.put("a module integrated twice", plan.replaceFirst("\"integrate\": \\[", "\"integrate\": [\"web\", "));
        lies.put(
                "a test claimed early",
                plan.replaceFirst("\"tests\": \\[\\s*\\]", "\"tests\": [{\"from\": \"orders\", \"to\": \"db\"}]"));
        lies.put("an unknown double", plan.replaceFirst("\"stubs\": \\[", "\"stubs\": [\"stub-nothing\", "));
        lies.put(
                "optimal with a low bound",
                plan.replace("\"optimal\": true", "\"optimal\": true")
                        .replaceFirst("\"lowerBound\": [0-9.]+", "\"lowerBound\": -1"));
        lies.put("maxParallel 0", plan.replaceFirst("\"maxParallel\": \\d+", "\"maxParallel\": 0"));
        lies.put("a newer plan format", plan.replace("itplan.plan/2", "itplan.plan/9"));
        for (var e : lies.entrySet()) {
            if (!e.getValue().equals(plan)) {
                planCase("lying plan: " + e.getKey(), Expect.REFUSED, shop, e.getValue());
            }
        }
        Map<String, String> exec = new LinkedHashMap<>();
        exec.put("a timeout of 10^18 hours", "\"timeout\": \"PT999999999999999999H\"");
        exec.put("a zero timeout", "\"timeout\": \"PT0S\"");
        exec.put("a negative timeout", "\"timeout\": \"-PT1S\"");
        exec.put("a timeout that is not ISO-8601", "\"timeout\": \"30 minutes\"");
        exec.put("an env name with =", "\"env\": {\"A=B\": \"1\"}, \"timeout\": \"PT30M\"");
        exec.put("an empty env name", "\"env\": {\"\": \"1\"}, \"timeout\": \"PT30M\"");
        exec.put("an env value with NUL", "\"env\": {\"A\": \"x\\u0000y\"}, \"timeout\": \"PT30M\"");
        exec.put("an unknown onFailure", "\"onFailure\": \"explode\", \"timeout\": \"PT30M\"");
        for (var e : exec.entrySet()) {
            String mutated =
                    plan.replaceFirst("\"timeout\": \"PT30M\"", java.util.regex.Matcher.quoteReplacement(e.getValue()));
            planCase("execution: " + e.getKey(), Expect.REFUSED, shop, mutated);
        }
        // YAML plans
        planYamlCase(
                "a billion laughs",
                "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n"
                        + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                        + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                        + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
                        + "format: [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n",
                shop);
        planYamlCase("an 8 MB line", "format: \"itplan.plan/2\"\nname: \"" + "x".repeat(8_000_000) + "\"\n", shop);
        planYamlCase("a Java type tag", "format: !!java.net.URL [\"http://127.0.0.1:9/\"]\n", shop);
        planYamlCase("duplicate keys", "format: \"itplan.plan/2\"\nformat: \"itplan.plan/2\"\n", shop);
    }

    private void planCase(String name, Expect expect, String shop, String planText) throws IOException {
        for (String cmd : List.of("check", "run", "export")) {
            Path box = sandbox(name + " " + cmd);
            Path g = Files.writeString(box.resolve("shop.graph.json"), shop);
            Path p = Files.writeString(box.resolve("shop.plan.json"), planText);
            List<Path> inputs = List.of(g, p);
            switch (cmd) {
                case "check" -> add("plan", name + " / check", expect, box, inputs, "check", p.toString());
                case "run" -> add("plan", name + " / run", expect, box, inputs, "run", p.toString(), "--dry-run");
                default ->
                    add(
                            "plan",
                            name + " / export",
                            expect,
                            box,
                            inputs,
                            "export",
                            p.toString(),
                            "--to",
                            "make",
                            "-o",
                            "Makefile");
            }
        }
    }

    private void planYamlCase(String name, String yaml, String shop) throws IOException {
        Path box = sandbox(name);
        Path g = Files.writeString(box.resolve("shop.graph.json"), shop);
        Path p = Files.writeString(box.resolve("shop.plan.yaml"), yaml);
        add("plan", "yaml: " + name + " / check", Expect.REFUSED, box, List.of(g, p), "check", p.toString());
    }

    private void citoCases() throws IOException {
        String tiny = "DIMENSION 3\r\nDEPENDENCY\r\n1 \t2 As \t\r\n2 \t3 Us \t\r\n3 \t1 I \t\r\n"
                + "ATTRIBUTE\r\n1 \t2 4\r\nMETHOD\r\n1 \t2 2\r\nEND\r\n";
        Map<String, String> files = new LinkedHashMap<>();
        for (int cut = 5; cut < tiny.length(); cut += 7) {
            files.put("UFPR cut at " + cut, tiny.substring(0, cut));
        }
        files.put("UFPR DIMENSION 10000000", "DIMENSION 10000000\n");
        files.put("UFPR negative dimension", "DIMENSION -3\n");
        files.put("UFPR dimension not a number", "DIMENSION three\n");
        files.put("UFPR class out of range", tiny.replace("3 \t1 I", "9 \t1 I"));
        files.put("UFPR a NUL", tiny.replace("As", "A\u0000"));
        files.put("UFPR a self-loop", tiny.replace("3 \t1 I", "3 \t3 I"));
        files.put("UFPR a coupling twice", tiny.replace("1 \t2 4\r\n", "1 \t2 4\r\n1 \t2 5\r\n"));
        for (var e : files.entrySet()) {
            Path box = sandbox(e.getKey());
            Path f = Files.writeString(box.resolve("data.txt"), e.getValue());
            add(
                    "cito",
                    e.getKey(),
                    Expect.ANY,
                    box,
                    List.of(f),
                    "import",
                    "cito-ufpr",
                    f.toString(),
                    "-o",
                    "g.graph.json");
        }
        add(
                "cito",
                "UFPR /dev/zero",
                Expect.REFUSED,
                sandbox("ufpr dev zero"),
                List.of(),
                "import",
                "cito-ufpr",
                "/dev/zero",
                "-o",
                "g.graph.json");
        add(
                "cito",
                "DRL folder missing",
                Expect.REFUSED,
                sandbox("drl missing"),
                List.of(),
                "import",
                "cito-drl",
                "nowhere",
                "-o",
                "g.graph.json");
    }

    private void hostileCases(String shop) throws IOException {
        List<String> names = List.of(
                "$(touch PWNED)",
                "`touch PWNED2`",
                "'; touch PWNED3; echo '",
                "\"; touch PWNED3; echo \"",
                "a$(touch${IFS}PWNED)",
                "\\$(touch PWNED)",
                "-rf",
                "--help",
                "..",
                "a\nb",
                "%(x)s {step}",
                "$HOME");
        List<List<String>> templates = List.of(
                List.of("sh", "-c", "echo {modules} >> tested.txt"),
                List.of("echo", "{modules}", "{step}"),
                List.of("bash", "-ec", "printf '%s' {module} > /dev/null"));
        int i = 0;
        for (String name : names) {
            for (List<String> template : templates) {
                String graph = "{\"format\": \"itplan.graph/1\", \"modules\": [{\"id\": " + json(name)
                        + "}, {\"id\": \"b\"}], \"dependencies\": [{\"from\": " + json(name) + ", \"to\": \"b\"}],"
                        + " \"commands\": {\"test\": ["
                        + String.join(
                                ", ", template.stream().map(BadInputSweep::json).toList())
                        + "]}}";
                Path box = sandbox("hostile " + i++);
                Path g = Files.writeString(box.resolve("h.graph.json"), graph);
                Path p = box.resolve("h.plan.json");
                // plan, then run it for real, then export a Makefile and run make on it
                add(
                        "hostile",
                        "plan: " + name + " " + template.get(0),
                        Expect.ANY,
                        box,
                        List.of(g),
                        "plan",
                        g.toString(),
                        "-o",
                        p.toString(),
                        "-q");
                add(
                        "hostile",
                        "run: " + name + " " + template.get(0),
                        Expect.ANY,
                        box,
                        List.of(g),
                        "run",
                        p.toString());
                add(
                        "hostile",
                        "export make: " + name + " " + template.get(0),
                        Expect.ANY,
                        box,
                        List.of(g),
                        "export",
                        p.toString(),
                        "--to",
                        "make",
                        "-o",
                        "Makefile");
                add(
                        "hostile",
                        "run --dry-run: " + name + " " + template.get(0),
                        Expect.ANY,
                        box,
                        List.of(g),
                        "run",
                        p.toString(),
                        "--dry-run");
            }
        }
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
