package io.itplan.app.layout;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A uniform grid over a world rectangle that finds the boxes or line segments near a point, a rectangle or a
 * segment without looking at all of them: each item is listed in every cell it meets, and a query visits the
 * items of the cells it meets, each item once. Items are numbered by the caller; an item may have many
 * segments. Points outside the world rectangle fall in the border cells.
 */
public final class SpatialGrid {
    private final double minX;
    private final double minY;
    private final double cell;
    private final int columns;
    private final int rows;
    private final int[][] items;
    private final int[] counts;
    private int[] stamps = new int[16];
    private int stamp;

    /**
     * @param cellSize the preferred cell size; cells grow so that neither axis has more than {@code maxCells}
     */
    public SpatialGrid(double minX, double minY, double maxX, double maxY, double cellSize, int maxCells) {
        double w = Math.max(1, maxX - minX);
        double h = Math.max(1, maxY - minY);
        this.cell = Math.max(cellSize, Math.max(w, h) / maxCells);
        this.minX = minX;
        this.minY = minY;
        this.columns = Math.max(1, (int) Math.ceil(w / cell));
        this.rows = Math.max(1, (int) Math.ceil(h / cell));
        this.items = new int[columns * rows][];
        this.counts = new int[columns * rows];
    }

    private int column(double x) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor((x - minX) / cell)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - minY) / cell)));
    }

    private void put(int c, int r, int id) {
        int k = r * columns + c;
        int[] list = items[k];
        if (list == null) {
            list = items[k] = new int[4];
        } else if (counts[k] == list.length) {
            list = items[k] = Arrays.copyOf(list, list.length * 2);
        }
        if (counts[k] > 0 && list[counts[k] - 1] == id) {
            return;
        }
        list[counts[k]++] = id;
    }

    /** Lists item {@code id} in every cell the rectangle meets. */
    public void addRect(int id, double x, double y, double w, double h) {
        for (int r = row(y); r <= row(y + h); r++) {
            for (int c = column(x); c <= column(x + w); c++) {
                put(c, r, id);
            }
        }
    }

    /** Lists item {@code id} in every cell the segment meets. */
    public void addSegment(int id, double ax, double ay, double bx, double by) {
        cellsOf(ax, ay, bx, by, (c, r) -> put(c, r, id));
    }

    /** Visits, once each, the items listed in the cells the rectangle meets (they may lie outside it). */
    public void queryRect(double x, double y, double w, double h, IntConsumer visit) {
        int s = nextStamp();
        for (int r = row(y); r <= row(y + h); r++) {
            for (int c = column(x); c <= column(x + w); c++) {
                visitCell(r * columns + c, s, visit);
            }
        }
    }

    /** Visits, once each, the items listed in the cells the segment meets. */
    public void querySegment(double ax, double ay, double bx, double by, IntConsumer visit) {
        int s = nextStamp();
        cellsOf(ax, ay, bx, by, (c, r) -> visitCell(r * columns + c, s, visit));
    }

    private void visitCell(int k, int s, IntConsumer visit) {
        int[] list = items[k];
        for (int i = 0; i < counts[k]; i++) {
            int id = list[i];
            if (id >= stamps.length) {
                stamps = Arrays.copyOf(stamps, Math.max(id + 1, stamps.length * 2));
            }
            if (stamps[id] != s) {
                stamps[id] = s;
                visit.accept(id);
            }
        }
    }

    private int nextStamp() {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(stamps, 0);
            stamp = 1;
        }
        return stamp;
    }

    private interface CellVisitor {
        void visit(int column, int row);
    }

    /** The cells a segment meets, column by column: in each column the rows between the segment's y there. */
    private void cellsOf(double ax, double ay, double bx, double by, CellVisitor v) {
        if (ax > bx) {
            double t = ax;
            ax = bx;
            bx = t;
            t = ay;
            ay = by;
            by = t;
        }
        int c0 = column(ax);
        int c1 = column(bx);
        double slope = bx == ax ? 0 : (by - ay) / (bx - ax);
        for (int c = c0; c <= c1; c++) {
            double xa = c == c0 ? ax : minX + c * cell;
            double xb = c == c1 ? bx : minX + (c + 1) * cell;
            double ya = c0 == c1 ? ay : ay + (xa - ax) * slope;
            double yb = c0 == c1 ? by : ay + (xb - ax) * slope;
            for (int r = row(Math.min(ya, yb)); r <= row(Math.max(ya, yb)); r++) {
                v.visit(c, r);
            }
        }
    }
}
