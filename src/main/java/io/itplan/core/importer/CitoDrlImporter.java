package io.itplan.core.importer;

import io.itplan.core.format.InputException;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.importer.CitoCsv.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a class dependency graph from a DRL_CITO folder (github.com/ZZwarn1998/DRL_CITO,
 * {@code infoAbtPg/<program>/}), the data of the deep-reinforcement-learning CITO study, which covers
 * the classic benchmark systems (ATM of Briand, Labiche and Wang; ANT, SPM, DNS, BCEL, JBoss, Daisy,
 * Elevator).
 *
 * <ul>
 *   <li>{@code CId_Name.csv} ({@code Id,Name}): the classes. A module's id is the class name, or the numeric
 *       id when the name is shared with another class (or is itself a number); its name is the simple
 *       class name and its kind {@link ModuleKind#CLASS}.</li>
 *   <li>{@code deps_type.csv} ({@code From,To,Type,Stype}): From depends on To. The static graph is types 1
 *       {@code As} (read as {@link DependencyKind#ASSOCIATION}), 2 {@code Ag} (as the unstubbable
 *       {@link DependencyKind#COMPOSITION}) and 3 {@code I} ({@link DependencyKind#INHERITANCE}); type 4
 *       {@code Dy} (dynamic) and 0 are ignored. A pair with several types becomes one dependency of the
 *       strongest kind.</li>
 *   <li>{@code Attr_Method_deps.csv} ({@code Id,Name,Set_of_Attrdeps,Set_of_Methoddeps}): attribute and
 *       method coupling counts, {@code {attrDeps:{<TargetName>:<A>,...}}} or {@code null}, keyed by the
 *       target's class name. Counts for a pair that is not a static dependency, or for a name that is not a
 *       single known class, are ignored.</li>
 * </ul>
 *
 * <p>{@code Couple_List.csv} and {@code CId_importance.csv} are not read: itplan computes stub complexity
 * itself from A and M.
 */
public final class CitoDrlImporter {
    static final String NAMES = "CId_Name.csv";
    static final String DEPENDENCIES = "deps_type.csv";
    static final String COUPLING = "Attr_Method_deps.csv";
    private static final String[] TYPE_CODES = {"None", "As", "Ag", "I", "Dy"};

    private CitoDrlImporter() {}

    /**
     * Reads one DRL_CITO folder. The graph is named after the folder, or after its parent when the folder
     * is called {@code drl_cito} (as in {@code ATM/drl_cito}).
     *
     * @throws InputException when a file is missing or malformed, naming the file, line and column
     */
    public static DependencyGraph read(Path dir) throws InputException {
        return load(dir).graph();
    }

    /**
     * Reads one DRL_CITO folder, with warnings naming the lines of self-loops and of coupling counts that
     * could not be placed (a target name that is no single known class, or a pair that is no dependency).
     *
     * @throws InputException when a file is missing or malformed, naming the file, line and column
     */
    public static Imported load(Path dir) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException(
                    dir.toString(), Files.exists(dir) ? "is a file, expected a DRL_CITO folder" : "folder not found");
        }
        List<String> warnings = new ArrayList<>();
        Path namesFile = dir.resolve(NAMES);
        Path depsFile = dir.resolve(DEPENDENCIES);
        Path couplingFile = dir.resolve(COUPLING);

        // classes
        Map<Integer, String> names = new TreeMap<>();
        Map<Integer, Integer> idLine = new HashMap<>();
        for (Row r : CitoCsv.read(namesFile, "Id", "Name")) {
            int id = classId(namesFile, r, 0, null);
            String name =
                    Imported.checkLength(r.get(1).trim(), "class name", namesFile.toString(), r.line(), r.column(1));
            if (name.isEmpty()) {
                throw new InputException(
                        namesFile.toString(), r.line(), r.column(1), "expected a class name for id " + id);
            }
            Integer before = idLine.putIfAbsent(id, r.line());
            if (before != null) {
                throw new InputException(
                        namesFile.toString(),
                        r.line(),
                        r.column(0),
                        "class id " + id + " given twice (first on line " + before + ")");
            }
            names.put(id, name);
        }
        Map<String, Integer> uses = new HashMap<>();
        names.values().forEach(n -> uses.merge(n, 1, Integer::sum));
        Map<Integer, String> ids = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        for (Map.Entry<Integer, String> e : names.entrySet()) {
            boolean unique = uses.get(e.getValue()) == 1 && !CitoText.isInteger(e.getValue());
            ids.put(e.getKey(), unique ? e.getValue() : Integer.toString(e.getKey()));
            if (uses.get(e.getValue()) == 1) {
                byName.put(e.getValue(), e.getKey());
            }
        }

        // static dependencies
        CitoPairs pairs = new CitoPairs();
        for (Row r : CitoCsv.read(depsFile, "From", "To", "Type", "Stype")) {
            int from = classId(depsFile, r, 0, names);
            int to = classId(depsFile, r, 1, names);
            String t = r.get(2).trim();
            if (!CitoText.isInteger(t) || CitoText.integer(t) < 0 || CitoText.integer(t) > 4) {
                throw new InputException(
                        depsFile.toString(),
                        r.line(),
                        r.column(2),
                        "expected a type 0..4 (0 none, " + "1 As, 2 Ag, 3 I, 4 Dy), found '" + t + "'");
            }
            int type = (int) CitoText.integer(t);
            String stype = r.get(3).trim();
            if (!stype.isEmpty() && !stype.equalsIgnoreCase(TYPE_CODES[type])) {
                throw new InputException(
                        depsFile.toString(),
                        r.line(),
                        r.column(3),
                        "type " + type + " is " + TYPE_CODES[type] + ", but Stype is '" + stype + "'");
            }
            if (from == to && type >= 1 && type <= 3) {
                warnings.add(Imported.warning(
                        depsFile.toString(),
                        r.line(),
                        r.column(0),
                        "class " + from + " depends on itself (" + TYPE_CODES[type] + "); self-loop left out"));
                continue;
            }
            switch (type) {
                case 1 -> pairs.add(from, to, DependencyKind.ASSOCIATION, "association");
                case 2 -> pairs.add(from, to, DependencyKind.COMPOSITION, "aggregation");
                case 3 -> pairs.add(from, to, DependencyKind.INHERITANCE, "inheritance");
                default -> {
                    // 0 none and 4 dynamic are not part of the static graph
                }
            }
        }

        // attribute and method coupling
        Map<Integer, Integer> couplingLine = new HashMap<>();
        for (Row r : CitoCsv.read(couplingFile, "Id", "Name", "Set_of_Attrdeps", "Set_of_Methoddeps")) {
            int from = classId(couplingFile, r, 0, names);
            Integer before = couplingLine.putIfAbsent(from, r.line());
            if (before != null) {
                throw new InputException(
                        couplingFile.toString(),
                        r.line(),
                        r.column(0),
                        "class id " + from + " given twice (first on line " + before + ")");
            }
            List<String> unplaced = new ArrayList<>();
            for (Map.Entry<String, Integer> e :
                    counts(couplingFile, r, 2, "attrDeps").entrySet()) {
                Integer to = byName.get(e.getKey());
                if ((to == null || !pairs.attributes(from, to, e.getValue())) && e.getValue() != 0) {
                    unplaced.add("A to " + Imported.shorten(e.getKey()));
                }
            }
            for (Map.Entry<String, Integer> e :
                    counts(couplingFile, r, 3, "methodDeps").entrySet()) {
                Integer to = byName.get(e.getKey());
                if ((to == null || !pairs.methods(from, to, e.getValue())) && e.getValue() != 0) {
                    unplaced.add("M to " + Imported.shorten(e.getKey()));
                }
            }
            if (!unplaced.isEmpty()) {
                warnings.add(Imported.warning(
                        couplingFile.toString(),
                        r.line(),
                        r.column(2),
                        "coupling counts left out, their target is no single known class or no dependency of class "
                                + from + ": " + String.join(", ", unplaced.subList(0, Math.min(5, unplaced.size())))
                                + (unplaced.size() > 5 ? ", ..." : "")));
            }
        }

        DependencyGraph.Builder b = DependencyGraph.builder(graphName(dir));
        for (Map.Entry<Integer, String> e : names.entrySet()) {
            b.addModule(new Module(
                    ids.get(e.getKey()),
                    CitoText.simpleName(e.getValue()),
                    ModuleKind.CLASS,
                    null,
                    null,
                    null,
                    "CITO class id " + e.getKey(),
                    0,
                    0,
                    false,
                    null,
                    null,
                    null));
        }
        pairs.dependencies(ids::get).forEach(b::addDependency);
        return new Imported(b.build(), warnings);
    }

    private static String graphName(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path fn = abs.getFileName();
        if (fn == null) {
            return "";
        }
        if (fn.toString().equalsIgnoreCase("drl_cito")
                && abs.getParent() != null
                && abs.getParent().getFileName() != null) {
            return abs.getParent().getFileName().toString();
        }
        return fn.toString();
    }

    /** A class id in column {@code col}; when {@code known} is given, it must be one of its keys. */
    private static int classId(Path file, Row r, int col, Map<Integer, String> known) throws InputException {
        String s = r.get(col).trim();
        if (!CitoText.isInteger(s) || CitoText.integer(s) < 0 || CitoText.integer(s) > Integer.MAX_VALUE) {
            throw new InputException(
                    file.toString(),
                    r.line(),
                    r.column(col),
                    "expected a class id (a whole number " + "from 0), found '" + s + "'");
        }
        int id = (int) CitoText.integer(s);
        if (known != null && !known.containsKey(id)) {
            throw new InputException(
                    file.toString(),
                    r.line(),
                    r.column(col),
                    "unknown class id " + id + ", expected an id listed in " + NAMES);
        }
        return id;
    }

    /**
     * The counts of a coupling set {@code {key:{Name:3,...}}}, or none for {@code null} or an empty field.
     * Names may be quoted with {@code "} or {@code '}.
     */
    static Map<String, Integer> counts(Path file, Row r, int col, String key) throws InputException {
        String s = r.get(col).trim();
        Map<String, Integer> out = new LinkedHashMap<>();
        if (s.isEmpty() || s.equalsIgnoreCase("null")) {
            return out;
        }
        String expected = "expected '{" + key + ":{<class name>:<count>,...}}' or null";
        String body = s.replace(" ", "");
        int open = body.indexOf(":{");
        if (!body.startsWith("{") || open < 0 || !body.endsWith("}}")) {
            throw new InputException(
                    file.toString(), r.line(), r.column(col), expected + ", found '" + shorten(s) + "'");
        }
        String k = unquote(body.substring(1, open));
        if (!k.equalsIgnoreCase(key)) {
            throw new InputException(file.toString(), r.line(), r.column(col), expected + ", found key '" + k + "'");
        }
        String inner = body.substring(open + 2, body.length() - 2);
        for (String entry : splitEntries(inner)) {
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.lastIndexOf(':');
            String count = colon < 0 ? "" : entry.substring(colon + 1);
            if (colon > 0 && CitoText.isInteger(count) && CitoText.integer(count) > Dependency.MAX_COUNT) {
                throw new InputException(
                        file.toString(),
                        r.line(),
                        r.column(col),
                        "count " + shorten(count) + " in '" + shorten(entry) + "' is more than " + Dependency.MAX_COUNT
                                + ", the largest coupling count");
            }
            if (colon <= 0 || !CitoText.isInteger(count) || CitoText.integer(count) < 0) {
                throw new InputException(
                        file.toString(),
                        r.line(),
                        r.column(col),
                        expected + ", found the entry '" + shorten(entry) + "'");
            }
            int sum = out.merge(unquote(entry.substring(0, colon)), (int) CitoText.integer(count), Integer::sum);
            if (sum > Dependency.MAX_COUNT) {
                throw new InputException(
                        file.toString(),
                        r.line(),
                        r.column(col),
                        "the counts for '" + shorten(entry) + "' add up to more than " + Dependency.MAX_COUNT);
            }
        }
        return out;
    }

    /** Splits at commas that are not inside quotes. */
    private static List<String> splitEntries(String inner) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (char c : inner.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                cur.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                cur.append(c);
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
