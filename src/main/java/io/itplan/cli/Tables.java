package io.itplan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Plain-text tables with aligned columns: text left, numbers right. */
final class Tables {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] numeric;

    Tables(String... header) {
        rows.add(header);
        numeric = new boolean[header.length];
    }

    Tables numeric(int... columns) {
        for (int c : columns) {
            numeric[c] = true;
        }
        return this;
    }

    void add(String... row) {
        rows.add(row);
    }

    void print(PrintWriter out) {
        int[] width = new int[numeric.length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                if (c > 0) {
                    sb.append("  ");
                }
                String pad = " ".repeat(width[c] - r[c].length());
                sb.append(numeric[c] ? pad + r[c] : r[c] + (c == r.length - 1 ? "" : pad));
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    static String number(Number n) {
        if (n instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return String.valueOf(d.longValue());
            }
            return String.format(java.util.Locale.ROOT, "%.4f", d);
        }
        return String.valueOf(n);
    }
}
