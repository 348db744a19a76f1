package io.itplan.core.strategy;

import io.itplan.core.graph.GraphIndex;
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
        Pull pull = new Pull(g, dag, drafts, orderNeighbours);
        for (int i = 0; i < drafts.size(); i++) {
            pull.into(i, drafts.get(i).modules());
        }
        if (!pull.anyChange()) {
            return drafts;
        }
        List<int[]> modules = modulesByStep(pull.stepOf, drafts.size());
        return withoutEmptySteps(drafts, modules, pull.after, pull.receivers, pull.changed, pull.extended, rename);
    }

    /**
     * The pull in progress, step by step in order. Where each module is is kept in {@code stepOf} alone; the steps'
     * module lists are rebuilt from it at the end, so a plan in which little moves costs a pass over the modules, not
     * a sorted set per step.
     */
    private static final class Pull {
        final GraphIndex g;
        final UnitDag dag;
        final boolean orderNeighbours;
        final int[] stepOf;
        final int[] unitOf;
        final List<TreeSet<Integer>> after;
        /** Per step, the steps its modules went to. */
        final List<TreeSet<Integer>> receivers;
        /** Per step, itself and the steps before it, as bits; known for the steps pulled into so far. */
        final long[][] anc;

        final boolean[] changed;
        final boolean[] extended;

        Pull(GraphIndex g, UnitDag dag, List<StepDraft> drafts, boolean orderNeighbours) {
            this.g = g;
            this.dag = dag;
            this.orderNeighbours = orderNeighbours;
            int s = drafts.size();
            stepOf = new int[g.size()];
            unitOf = new int[g.size()];
            for (int unit = 0; unit < dag.size(); unit++) {
                for (int v : dag.members(unit)) {
                    unitOf[v] = unit;
                }
            }
            after = new ArrayList<>(s);
            receivers = new ArrayList<>(s);
            for (int i = 0; i < s; i++) {
                for (int v : drafts.get(i).modules()) {
                    stepOf[v] = i;
                }
                TreeSet<Integer> a = new TreeSet<>();
                for (int p : drafts.get(i).after()) {
                    a.add(p);
                }
                after.add(a);
                receivers.add(new TreeSet<>());
            }
            anc = new long[s][];
            changed = new boolean[s];
            extended = new boolean[s];
        }

        /** Pulls into step {@code i} the unstubbable suppliers of the modules it still has of {@code originally}. */
        void into(int i, int[] originally) {
            anc[i] = new long[(anc.length + 63) >>> 6];
            anc[i][i >>> 6] |= 1L << i;
            for (int p : after.get(i)) {
                or(anc[i], anc[p]);
            }
            ArrayDeque<Integer> todo = new ArrayDeque<>();
            for (int v : originally) {
                if (stepOf[v] == i && g.unstubbableOutLinks(v).length > 0) {
                    todo.add(v);
                }
            }
            while (!todo.isEmpty()) {
                int u = todo.poll();
                for (int li : g.unstubbableOutLinks(u)) {
                    supplier(i, g.link(li).to(), todo);
                }
            }
        }

        /** Makes the unstubbable supplier {@code v} of a module of step {@code i} integrated there or before. */
        private void supplier(int i, int v, ArrayDeque<Integer> todo) {
            int j = stepOf[v];
            if (has(anc[i], j)) {
                return;
            }
            if (j < i) {
                after.get(i).add(j);
                extended[i] = true;
                or(anc[i], anc[j]);
                return;
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
                    orderAgainstNeighbours(x, i);
                }
            }
        }

        /** Makes step {@code i}, which just received {@code v}, ordered against the step of every neighbour of v. */
        private void orderAgainstNeighbours(int v, int i) {
            for (int[] neighbours : new int[][] {g.suppliers(v), g.clients(v)}) {
                for (int x : neighbours) {
                    int k = stepOf[x];
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

        boolean anyChange() {
            for (int i = 0; i < changed.length; i++) {
                if (changed[i] || extended[i]) {
                    return true;
                }
            }
            return false;
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
