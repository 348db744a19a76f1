package io.itplan.core.graph;

/** Adjacency lists over numbered nodes, as arrays. */
public final class Adjacency {
    private Adjacency() {}

    /**
     * For each node, the nodes whose lists in {@code edges} name it, ascending: the edges reversed (suppliers to
     * clients, parents to children).
     */
    public static int[][] reversed(int[][] edges) {
        int n = edges.length;
        int[] count = new int[n];
        for (int[] e : edges) {
            for (int x : e) {
                count[x]++;
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new int[count[i]];
        }
        int[] filled = new int[n];
        for (int i = 0; i < n; i++) {
            for (int x : edges[i]) {
                out[x][filled[x]++] = i;
            }
        }
        return out;
    }
}
