package io.itplan.core.importer;

import io.itplan.core.format.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small reader for the comma-separated files of DRL_CITO: one record per line, fields optionally in
 * double quotes (a doubled quote inside stands for one), a header line that must name the expected
 * columns. Blank lines are skipped.
 */
final class CitoCsv {
    private CitoCsv() {}

    /** One record: its 1-based line, its fields and the 1-based column where each field starts. */
    record Row(int line, List<String> fields, int[] columns) {
        String get(int i) {
            return fields.get(i);
        }

        int column(int i) {
            return columns[i];
        }
    }

    /**
     * The records after the header, each with exactly {@code header.length} fields.
     *
     * @throws InputException when the file is missing, the header differs or a record is malformed
     */
    static List<Row> read(Path file, String... header) throws InputException {
        String source = file.toString();
        List<String> lines = CitoText.lines(file);
        String expected = String.join(",", header);
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Row row = parse(source, i + 1, lines.get(i));
            if (!headerSeen) {
                headerSeen = true;
                boolean same = row.fields().size() == header.length;
                for (int k = 0; same && k < header.length; k++) {
                    same = row.get(k).trim().toLowerCase(Locale.ROOT).equals(header[k].toLowerCase(Locale.ROOT));
                }
                if (!same) {
                    throw new InputException(
                            source, i + 1, 1, "expected the header '" + expected + "', found '" + lines.get(i) + "'");
                }
                continue;
            }
            if (row.fields().size() != header.length) {
                int col = row.fields().size() > header.length
                        ? row.column(header.length)
                        : lines.get(i).length() + 1;
                throw new InputException(
                        source,
                        i + 1,
                        col,
                        "expected " + header.length + " fields (" + expected + "), found "
                                + row.fields().size());
            }
            rows.add(row);
        }
        if (!headerSeen) {
            throw new InputException(source, 1, 0, "empty file, expected the header '" + expected + "'");
        }
        return rows;
    }

    private static Row parse(String source, int line, String text) throws InputException {
        List<String> fields = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        int i = 0;
        while (true) {
            columns.add(i + 1);
            StringBuilder field = new StringBuilder();
            int start = i;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '"') {
                int open = i;
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new InputException(source, line, open + 1, "quoted field is not closed, expected '\"'");
                    }
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(c);
                    i++;
                }
                while (i < text.length() && text.charAt(i) == ' ') {
                    i++;
                }
                if (i < text.length() && text.charAt(i) != ',') {
                    throw new InputException(
                            source, line, i + 1, "expected ',' after a quoted field, found '" + text.charAt(i) + "'");
                }
            } else {
                i = start;
                while (i < text.length() && text.charAt(i) != ',') {
                    field.append(text.charAt(i));
                    i++;
                }
            }
            fields.add(field.toString());
            if (i >= text.length()) {
                break;
            }
            i++; // the comma
        }
        return new Row(
                line,
                List.copyOf(fields),
                columns.stream().mapToInt(Integer::intValue).toArray());
    }
}
