package io.itplan.core.strategy;

import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Link;
import io.itplan.core.plan.StepDraft;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Keeps the promise that no unstubbable dependency is stubbed (DESIGN §3) in orders that put clients before their
 * suppliers — top-down and the top track of sandwich. A stub of a parent class or of an owned part is the real
 * thing, so the supplier {@code v} of an unstubbable {@code u -> v} must be integrated in {@code u}'s step or before
 * it, whatever drivers that costs:
 *
 * <ul>
 *   <li>when the order put {@code v} in a later step, {@code v} is pulled up into {@code u}'s step (and with it,
 *       in turn, its own unstubbable suppliers);
 *   <li>when {@code v} sits in an earlier step that {@code u}'s step does not come after (parallel steps), {@code
 *       u}'s step is made to come after it.
 * </ul>
 *
 * Steps left empty are dropped; a step that came after one of them comes after what the dropped step came after
 * and after the steps its modules went to, so that it keeps everything it had in its subsystem.
 */
final class UnstubbablePull {
    private UnstubbablePull() {}

    /**
     * @param drafts steps in an order where each comes after earlier steps only
     * @param rename names a step whose modules changed, from its modules; null keeps every name
     */
    static List<StepDraft> apply(GraphIndex g, UnitDag dag, List<StepDraft> drafts, Function<int[], String> rename) {
        return apply(g, dag, drafts, rename, false);
    }

    /**
     * @param orderNeighbours whether a pulled module's step is also ordered against the steps of all its clients and
     *     suppliers, as parallel steps are (each after the steps of the modules it waits for), so that every
     *     dependency of it is still tested in some step
     */
    static List<StepDraft> apply(
            GraphIndex g,
            UnitDag dag,
            List<StepDraft> drafts,
            Function<int[], String> rename,
            boolean orderNeighbours) {
        if (!g.hasUnstubbable()) {
            return drafts;
        }
        int s = drafts.size();
        // Where each module is is kept in stepOf alone; the steps' module lists are rebuilt from it at the end, so a
        // plan in which little moves costs a pass over the modules, not a sorted set per step.
        List<TreeSet<Integer>> after = new ArrayList<>(s);
        List<TreeSet<Integer>> receivers = new ArrayList<>(s);
        int[] stepOf = new int[g.size()];
        int[] unitOf = new int[g.size()];
        for (int unit = 0; unit < dag.size(); unit++) {
            for (int v : dag.members(unit)) {
                unitOf[v] = unit;
            }
        }
        List<int[]> originally = new ArrayList<>(s);
        for (int i = 0; i < s; i++) {
            int[] m = drafts.get(i).modules();
            originally.add(m);
            for (int v : m) {
                stepOf[v] = i;
            }
            TreeSet<Integer> a = new TreeSet<>();
            Arrays.stream(drafts.get(i).after()).forEach(a::add);
            after.add(a);
            receivers.add(new TreeSet<>());
        }
        boolean[] changed = new boolean[s];
        boolean[] extended = new boolean[s];
        int words = (s + 63) >>> 6;
        long[][] anc = new long[s][];
        for (int i = 0; i < s; i++) {
            anc[i] = new long[words];
            anc[i][i >>> 6] |= 1L << i;
            for (int p : after.get(i)) {
                or(anc[i], anc[p]);
            }
            ArrayDeque<Integer> todo = new ArrayDeque<>();
            for (int v : originally.get(i)) {
                if (stepOf[v] == i && g.unstubbableOutLinks(v).length > 0) {
                    todo.add(v);
                }
            }
            while (!todo.isEmpty()) {
                int u = todo.poll();
                for (int li : g.unstubbableOutLinks(u)) {
                    int v = g.link(li).to();
                    int j = stepOf[v];
                    if (has(anc[i], j)) {
                        continue;
                    }
                    if (j < i) {
                        after.get(i).add(j);
                        extended[i] = true;
                        or(anc[i], anc[j]);
                        continue;
                    }
                    // The supplier's whole unit moves: a cycle integrated as one step stays one step.
                    for (int x : dag.members(unitOf[v])) {
                        stepOf[x] = i;
                        todo.add(x);
                    }
                    receivers.get(j).add(i);
                    changed[i] = true;
                    changed[j] = true;
                    if (orderNeighbours) {
                        for (int x : dag.members(unitOf[v])) {
                            orderAgainstNeighbours(g, x, i, stepOf, after, anc, extended);
                        }
                    }
                }
            }
        }
        boolean anyChange = false;
        for (int i = 0; i < s && !anyChange; i++) {
            anyChange = changed[i] || extended[i];
        }
        if (!anyChange) {
            return drafts;
        }
        List<int[]> modules = modulesByStep(stepOf, s);
        return withoutEmptySteps(drafts, modules, after, receivers, changed, extended, rename);
    }

    /** Makes step {@code i}, which just received {@code v}, ordered against the step of every neighbour of v. */
    private static void orderAgainstNeighbours(
            GraphIndex g, int v, int i, int[] stepOf, List<TreeSet<Integer>> after, long[][] anc, boolean[] extended) {
        for (int[] links : new int[][] {g.outLinks(v), g.inLinks(v)}) {
            for (int li : links) {
                Link l = g.link(li);
                int k = stepOf[l.from() == v ? l.to() : l.from()];
                if (k < i && !has(anc[i], k)) {
                    after.get(i).add(k);
                    or(anc[i], anc[k]);
                    extended[i] = true;
                } else if (k > i) {
                    after.get(k).add(i);
                    extended[k] = true;
                }
            }
        }
    }

    private static List<StepDraft> withoutEmptySteps(
            List<StepDraft> drafts,
            List<int[]> modules,
            List<TreeSet<Integer>> after,
            List<TreeSet<Integer>> receivers,
            boolean[] changed,
            boolean[] extended,
            Function<int[], String> rename) {
        int s = drafts.size();
        int[] newIndex = new int[s];
        // Per old step, the kept steps it comes after (new numbers), without those implied by others: a dropped
        // step's are copied into every step after it, so they are kept to its few direct parents.
        int[][] newAfter = new int[s][];
        long[][] anc = new long[s][];
        List<StepDraft> out = new ArrayList<>();
        for (int i = 0; i < s; i++) {
            int[] mods = modules.get(i);
            boolean dropped = mods.length == 0;
            int[] parents = keptParents(after.get(i), dropped ? receivers.get(i) : null, newIndex, newAfter);
            if (dropped || extended[i] || anyDropped(after.get(i), newIndex)) {
                parents = withoutImplied(parents, anc);
            }
            newAfter[i] = parents;
            if (dropped) {
                newIndex[i] = -1;
                continue;
            }
            int n = out.size();
            newIndex[i] = n;
            anc[n] = ancestors(n, parents, anc, s);
            String name = changed[i] && rename != null
                    ? rename.apply(mods)
                    : drafts.get(i).name();
            out.add(new StepDraft(drafts.get(i).id(), name, mods, parents));
        }
        return out;
    }

    /**
     * The kept steps a step comes after, in new numbers, ascending: its kept parents and what its dropped parents
     * came after; for a dropped step also the steps its modules went to, which came after what it came after.
     */
    private static int[] keptParents(
            TreeSet<Integer> after, TreeSet<Integer> receivers, int[] newIndex, int[][] newAfter) {
        int n = after.size() + (receivers == null ? 0 : receivers.size());
        for (int p : after) {
            n += newIndex[p] < 0 ? newAfter[p].length : 0;
        }
        int[] out = new int[n];
        int k = 0;
        for (int p : after) {
            if (newIndex[p] >= 0) {
                out[k++] = newIndex[p];
            } else {
                for (int q : newAfter[p]) {
                    out[k++] = q;
                }
            }
        }
        if (receivers != null) {
            for (int r : receivers) {
                out[k++] = newIndex[r];
            }
        }
        return Arrays.stream(out, 0, k).sorted().distinct().toArray();
    }

    private static boolean anyDropped(TreeSet<Integer> after, int[] newIndex) {
        for (int p : after) {
            if (newIndex[p] < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parents without those implied by other parents, so that chains stay chains: a parent is implied when it is
     * before another one, i.e. in that one's ancestors other than itself.
     */
    private static int[] withoutImplied(int[] parents, long[][] anc) {
        if (parents.length < 2) {
            return parents;
        }
        long[] implied = new long[anc[parents[0]].length];
        for (int q : parents) {
            anc[q][q >>> 6] &= ~(1L << q);
            or(implied, anc[q]);
            anc[q][q >>> 6] |= 1L << q;
        }
        return Arrays.stream(parents).filter(p -> !has(implied, p)).toArray();
    }

    /** A kept step's ancestors and itself, as bits over the kept steps. */
    private static long[] ancestors(int n, int[] parents, long[][] anc, int steps) {
        long[] a = new long[(steps + 63) >>> 6];
        a[n >>> 6] |= 1L << n;
        for (int p : parents) {
            or(a, anc[p]);
        }
        return a;
    }

    /** Each step's modules, ascending, from the step of each module. */
    private static List<int[]> modulesByStep(int[] stepOf, int s) {
        int[] count = new int[s];
        for (int step : stepOf) {
            count[step]++;
        }
        List<int[]> out = new ArrayList<>(s);
        for (int i = 0; i < s; i++) {
            out.add(new int[count[i]]);
        }
        int[] filled = new int[s];
        for (int v = 0; v < stepOf.length; v++) {
            out.get(stepOf[v])[filled[stepOf[v]]++] = v;
        }
        return out;
    }

    private static void or(long[] into, long[] from) {
        for (int w = 0; w < into.length; w++) {
            into[w] |= from[w];
        }
    }

    private static boolean has(long[] set, int i) {
        return (set[i >>> 6] & (1L << i)) != 0;
    }
}
