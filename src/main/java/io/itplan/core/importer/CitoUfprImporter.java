package io.itplan.core.importer;

import io.itplan.core.format.InputException;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.importer.CitoText.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a class dependency graph in the UFPR text format of the class integration test order (CITO)
 * literature: the {@code OO_*.txt} and {@code OA_*.txt} systems shipped with the EARS framework
 * (github.com/UM-LPM/EARS, {@code problems/moo/real_world}), and {@code ATM_briand.txt}, the ATM system of
 * Briand, Labiche and Wang (IEEE TSE 2003) as distributed with HITO (github.com/GiovaniGuizzo/HITO).
 *
 * <pre>
 * DIMENSION n
 * DEPENDENCY          i  j T  j T ...      unit i depends on unit j with type T
 * ATTRIBUTE           i  j A(i,j) ...
 * METHOD              i  j M(i,j) ...
 * METHODRETURNTYPE    (skipped)
 * METHODPARAMTYPE     (skipped)
 * ASPECTS             units that are aspects
 * END
 * MAPPING             i  fully.qualified.Name
 * </pre>
 *
 * <p>Fields are separated by spaces or tabs; CRLF line ends, trailing tabs and blank lines are accepted.
 * Units are numbered {@code 1..n}. A module's id is its {@code MAPPING} name when the file gives one that no
 * other unit shares (a trailing {@code " - aspecto"} marker is dropped), and the unit number otherwise; its
 * name is the simple class name, its kind {@link ModuleKind#ASPECT} for the units under {@code ASPECTS} and
 * {@link ModuleKind#CLASS} for the rest.
 *
 * <p>Types: {@code I} inheritance, {@code It} AspectJ inter-type declaration, {@code Ag} aggregation (read
 * as {@link DependencyKind#COMPOSITION}) — the three that must never be broken — and the stubbable
 * {@code As} association, {@code Us} use and {@code Ad} advice (read as {@link DependencyKind#USES}
 * labelled {@code advice}). A pair listed with several types becomes one dependency of the strongest kind.
 * A(i,j) and M(i,j) go onto the dependency i&nbsp;&rarr;&nbsp;j (0 when not listed); counts given for a
 * pair that is not a dependency are ignored, with a warning naming their lines.
 *
 * <p>What a complete file is: {@code DEPENDENCY} has a row for every unit {@code 1..n} and the file reaches
 * {@code END}. A file cut short fails that test and is refused, naming the last line, rather than imported as
 * part of a system; and nothing is allocated from {@code DIMENSION} before the rows are there, so a tiny file
 * declaring ten million units costs nothing. A pair given twice in one {@code ATTRIBUTE} or {@code METHOD}
 * section takes the later count, as the published reader does, with a warning naming both lines. A self-loop
 * ({@code i} depends on {@code i}) is left out with a warning naming its line. Counts above
 * {@link Dependency#MAX_COUNT} and names longer than a graph file holds are refused with their line.
 */
public final class CitoUfprImporter {
    private CitoUfprImporter() {}

    private enum Section {
        DEPENDENCY,
        ATTRIBUTE,
        METHOD,
        METHODRETURNTYPE,
        METHODPARAMTYPE,
        ASPECTS,
        END,
        MAPPING
    }

    private static final String SECTIONS =
            "DIMENSION, DEPENDENCY, ATTRIBUTE, METHOD, METHODRETURNTYPE, " + "METHODPARAMTYPE, ASPECTS, END, MAPPING";
    private static final String TYPES = "I, It, Ag, As, Us, Ad";
    private static final java.util.Set<String> TYPE_SET = java.util.Set.of("I", "It", "Ag", "As", "Us", "Ad");
    private static final String ASPECT_MARKER = " - aspecto";

    /**
     * Reads one UFPR file; the graph is named after the file, without its extension.
     *
     * @throws InputException when the file cannot be read or breaks the format, naming file, line and column
     */
    public static DependencyGraph read(Path file) throws InputException {
        return load(file).graph();
    }

    /**
     * Reads one UFPR file, with the warnings about what was left out.
     *
     * @throws InputException when the file cannot be read or breaks the format, naming file, line and column
     */
    public static Imported load(Path file) throws InputException {
        Parser p = new Parser(file.toString());
        DependencyGraph g = p.parse(CitoText.lines(file), graphName(file));
        return new Imported(g, p.warnings);
    }

    private static String graphName(Path file) {
        Path fn = file.getFileName();
        String name = fn == null ? file.toString() : fn.toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static final class Parser {
        private final String source;
        private int n = -1;
        private Section section;
        private final Map<Section, Integer> seen = new EnumMap<>(Section.class);
        private final CitoPairs pairs = new CitoPairs();
        /** Counts by pair, in the order given: the count and the line it came from. */
        private final Map<Long, int[]> attributeCounts = new LinkedHashMap<>();

        private final Map<Long, int[]> methodCounts = new LinkedHashMap<>();
        private final BitSet aspects = new BitSet();
        private final BitSet rows = new BitSet();
        private final Map<Integer, String> mapping = new HashMap<>();
        private final Map<Integer, Integer> mappingLine = new HashMap<>();
        private final List<String> warnings = new ArrayList<>();

        Parser(String source) {
            this.source = source;
        }

        private InputException error(int line, int column, String detail) {
            return new InputException(source, line, column, detail);
        }

        DependencyGraph parse(List<String> lines, String name) throws InputException {
            for (int i = 0; i < lines.size(); i++) {
                int lineNo = i + 1;
                String text = lines.get(i);
                List<Token> tokens = CitoText.tokens(text);
                if (tokens.isEmpty()) {
                    continue;
                }
                Token first = tokens.get(0);
                if (CitoText.isInteger(first.text())) {
                    data(lineNo, text, tokens);
                } else {
                    header(lineNo, tokens);
                }
            }
            if (n < 0) {
                throw error(1, 0, "missing DIMENSION: the file must start with 'DIMENSION <number of units>'");
            }
            if (!seen.containsKey(Section.DEPENDENCY)) {
                throw error(lines.size(), 0, "missing DEPENDENCY section");
            }
            if (!seen.containsKey(Section.END)) {
                throw error(
                        lines.size(),
                        0,
                        "the file ends in section " + section.name()
                                + " without END; expected the sections up to END (is the file cut short?)");
            }
            if (rows.cardinality() < n) {
                int missing = rows.nextClearBit(1);
                throw error(
                        seen.get(Section.DEPENDENCY),
                        0,
                        "DEPENDENCY has rows for " + rows.cardinality() + " of the " + n
                                + " units DIMENSION declares; expected a row for every unit (unit " + missing
                                + " has none)");
            }
            return build(name);
        }

        private void header(int line, List<Token> tokens) throws InputException {
            Token kw = tokens.get(0);
            if (kw.text().equals("DIMENSION")) {
                if (n >= 0) {
                    throw error(line, kw.column(), "DIMENSION given twice");
                }
                if (tokens.size() != 2
                        || !CitoText.isInteger(tokens.get(1).text())
                        || CitoText.integer(tokens.get(1).text()) < 1
                        || CitoText.integer(tokens.get(1).text()) > 10_000_000) {
                    int col = tokens.size() > 1
                            ? tokens.get(1).column()
                            : kw.column() + kw.text().length();
                    throw error(line, col, "expected 'DIMENSION <number of units>' with a positive number");
                }
                n = (int) CitoText.integer(tokens.get(1).text());
                return;
            }
            Section s;
            try {
                s = Section.valueOf(kw.text());
            } catch (IllegalArgumentException e) {
                throw error(
                        line,
                        kw.column(),
                        "unknown section '" + kw.text() + "', expected a unit number or one of " + SECTIONS);
            }
            if (n < 0) {
                throw error(
                        line,
                        kw.column(),
                        "missing DIMENSION: expected 'DIMENSION <number of units>' before " + kw.text());
            }
            if (tokens.size() > 1) {
                throw error(
                        line,
                        tokens.get(1).column(),
                        "unexpected '" + tokens.get(1).text() + "' after " + kw.text()
                                + ", expected the section's rows on the following lines");
            }
            Integer before = seen.putIfAbsent(s, line);
            if (before != null) {
                throw error(line, kw.column(), "section " + kw.text() + " given twice (first on line " + before + ")");
            }
            section = s;
        }

        private void data(int line, String text, List<Token> tokens) throws InputException {
            if (n < 0) {
                throw error(
                        line,
                        tokens.get(0).column(),
                        "missing DIMENSION: the file must start with 'DIMENSION <number of units>'");
            }
            if (section == null) {
                throw error(
                        line,
                        tokens.get(0).column(),
                        "data before any section, expected a section name such as " + "DEPENDENCY");
            }
            switch (section) {
                case DEPENDENCY -> dependencies(line, tokens);
                case ATTRIBUTE -> counts(line, tokens, true);
                case METHOD -> counts(line, tokens, false);
                case METHODRETURNTYPE, METHODPARAMTYPE -> {
                    // not used for planning
                }
                case ASPECTS -> {
                    for (Token t : tokens) {
                        aspects.set(unit(line, t));
                    }
                }
                case END -> throw error(line, tokens.get(0).column(), "unexpected data after END, expected MAPPING");
                case MAPPING -> mapping(line, text, tokens);
                default -> throw new IllegalStateException(section.name());
            }
        }

        private int unit(int line, Token t) throws InputException {
            if (!CitoText.isInteger(t.text())) {
                throw error(line, t.column(), "expected a unit number 1.." + n + ", found '" + t.text() + "'");
            }
            long u = CitoText.integer(t.text());
            if (u < 1 || u > n) {
                throw error(
                        line,
                        t.column(),
                        "unit " + t.text() + " is out of range, expected 1.." + n + " (DIMENSION " + n + ")");
            }
            return (int) u;
        }

        private void dependencies(int line, List<Token> tokens) throws InputException {
            int from = unit(line, tokens.get(0));
            rows.set(from);
            for (int k = 1; k < tokens.size(); k += 2) {
                Token supplier = tokens.get(k);
                int to = unit(line, supplier);
                if (k + 1 >= tokens.size()) {
                    throw error(
                            line,
                            supplier.column() + supplier.text().length(),
                            "expected a dependency type (" + TYPES + ") after unit " + supplier.text());
                }
                Token type = tokens.get(k + 1);
                if (from == to && TYPE_SET.contains(type.text())) {
                    warnings.add(Imported.warning(
                            source,
                            line,
                            supplier.column(),
                            "unit " + from + " depends on itself (" + type.text() + "); self-loop left out"));
                    continue;
                }
                switch (type.text()) {
                    case "I" -> pairs.add(from, to, DependencyKind.INHERITANCE, "inheritance");
                    case "It" -> pairs.add(from, to, DependencyKind.INTER_TYPE, "inter-type");
                    case "Ag" -> pairs.add(from, to, DependencyKind.COMPOSITION, "aggregation");
                    case "As" -> pairs.add(from, to, DependencyKind.ASSOCIATION, "association");
                    case "Us" -> pairs.add(from, to, DependencyKind.USES, "use");
                    case "Ad" -> pairs.add(from, to, DependencyKind.USES, CitoPairs.ADVICE);
                    default ->
                        throw error(
                                line,
                                type.column(),
                                "unknown dependency type '" + type.text() + "', expected one of " + TYPES);
                }
            }
        }

        private void counts(int line, List<Token> tokens, boolean attributes) throws InputException {
            int from = unit(line, tokens.get(0));
            Map<Long, int[]> counts = attributes ? attributeCounts : methodCounts;
            for (int k = 1; k < tokens.size(); k += 2) {
                Token supplier = tokens.get(k);
                int to = unit(line, supplier);
                if (k + 1 >= tokens.size()) {
                    throw error(
                            line,
                            supplier.column() + supplier.text().length(),
                            "expected a count after unit " + supplier.text());
                }
                Token count = tokens.get(k + 1);
                if (!CitoText.isInteger(count.text())
                        || CitoText.integer(count.text()) < 0
                        || CitoText.integer(count.text()) > Dependency.MAX_COUNT) {
                    throw error(
                            line,
                            count.column(),
                            "expected a whole count from 0 to " + Dependency.MAX_COUNT + ", found '"
                                    + Imported.shorten(count.text()) + "'");
                }
                int c = (int) CitoText.integer(count.text());
                int[] before = counts.put(((long) from << 32) | to, new int[] {c, line});
                if (before != null) {
                    // The published reader overwrites a pair given twice: the later count wins.
                    warnings.add(Imported.warning(
                            source,
                            line,
                            supplier.column(),
                            "pair " + from + " " + to + " given twice in " + section.name() + " (first on line "
                                    + before[1] + " with " + before[0] + "); the later count " + c + " is used"));
                }
            }
        }

        private void mapping(int line, String text, List<Token> tokens) throws InputException {
            int unit = unit(line, tokens.get(0));
            if (tokens.size() < 2) {
                return;
            }
            if (mapping.containsKey(unit)) {
                throw error(
                        line,
                        tokens.get(0).column(),
                        "unit " + unit + " mapped twice (first on line " + mappingLine.get(unit) + ")");
            }
            String name = Imported.checkLength(
                    text.substring(tokens.get(1).column() - 1).trim(),
                    "class name",
                    source,
                    line,
                    tokens.get(1).column());
            if (name.endsWith(ASPECT_MARKER)) {
                name = name.substring(0, name.length() - ASPECT_MARKER.length()).trim();
            }
            mapping.put(unit, name);
            mappingLine.put(unit, line);
        }

        private DependencyGraph build(String name) {
            applyCounts(attributeCounts, Section.ATTRIBUTE);
            applyCounts(methodCounts, Section.METHOD);
            Map<String, Integer> uses = new HashMap<>();
            mapping.values().forEach(q -> uses.merge(q, 1, Integer::sum));
            String[] ids = new String[n + 1];
            DependencyGraph.Builder b = DependencyGraph.builder(name);
            for (int u = 1; u <= n; u++) {
                String qualified = mapping.get(u);
                boolean unique = qualified != null
                        && !qualified.isEmpty()
                        && uses.get(qualified) == 1
                        && !CitoText.isInteger(qualified);
                ids[u] = unique ? qualified : Integer.toString(u);
                String simple = qualified == null || qualified.isEmpty() ? null : CitoText.simpleName(qualified);
                ModuleKind kind = aspects.get(u) ? ModuleKind.ASPECT : ModuleKind.CLASS;
                b.addModule(new Module(
                        ids[u], simple, kind, null, null, null, "CITO unit " + u, 0, 0, false, null, null, null));
            }
            pairs.dependencies(u -> ids[u]).forEach(b::addDependency);
            return b.build();
        }

        /** Puts the counts onto their dependencies; counts for pairs that are none are named in one warning. */
        private void applyCounts(Map<Long, int[]> counts, Section s) {
            List<String> ignored = new ArrayList<>();
            for (Map.Entry<Long, int[]> e : counts.entrySet()) {
                int from = (int) (e.getKey() >>> 32);
                int to = (int) (long) e.getKey();
                int c = e.getValue()[0];
                boolean known = s == Section.ATTRIBUTE ? pairs.attributes(from, to, c) : pairs.methods(from, to, c);
                if (!known && c != 0) {
                    ignored.add("line " + e.getValue()[1] + " (" + from + " " + to + ")");
                }
            }
            if (!ignored.isEmpty()) {
                int shown = Math.min(5, ignored.size());
                warnings.add(Imported.warning(
                        source,
                        0,
                        0,
                        s.name() + " gives counts for " + ignored.size()
                                + " pair(s) that are not dependencies, left out: "
                                + String.join(", ", ignored.subList(0, shown))
                                + (ignored.size() > shown ? ", ..." : "")));
            }
        }
    }
}
