package io.itplan.core.plan;

import io.itplan.core.graph.GraphIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The plan checker's walk over the steps: each step's subsystem built explicitly — the union of its parents'
 * subsystems and its own modules — with the suppliers and clients of that subsystem, handed to the checker's parts
 * one step at a time, and the members it needs drivers of. A subsystem is kept only while a step after it still needs it, and a step that is the last to
 * need its only parent's takes it over and grows it in place: a chain of steps (a plan by level or by module) keeps
 * one subsystem at a time, not one per step, so memory stays linear in the modules whatever the number of steps.
 */
final class SubsystemWalk {
    /** One step's view, valid only during the call. */
    interface Visitor {
        /**
         * @param parents the subsystems of the steps it comes after; empty when the step grew its only parent's in
         *     place (then that parent's subsystem is {@code subsystem} without the step's own modules)
         */
        void step(int i, int[] own, BitSet subsystem, BitSet suppliers, BitSet driven, List<BitSet> parents);
    }

    private SubsystemWalk() {}

    static void walk(GraphIndex g, StepStructure st, Visitor visitor) {
        int s = st.order().size();
        int[][] own = new int[s][];
        for (int i = 0; i < s; i++) {
            own[i] = st.order().get(i).integrate().stream().mapToInt(g::indexOf).toArray();
        }
        int[] pending = new int[s];
        for (int[] ps : st.parents()) {
            for (int p : ps) {
                pending[p]++;
            }
        }
        Live live = new Live(g, s);
        for (int i = 0; i < s; i++) {
            int[] ps = st.parents()[i];
            List<BitSet> parents = new ArrayList<>(ps.length);
            if (ps.length == 1 && pending[ps[0]] == 1) {
                live.grow(i, ps[0], own[i]);
            } else {
                live.join(i, ps, own[i], parents);
            }
            visitor.step(i, own[i], live.sub[i], live.sup[i], live.dr[i], parents);
            for (int p : ps) {
                if (--pending[p] == 0) {
                    live.drop(p);
                }
            }
            if (pending[i] == 0) {
                live.drop(i);
            }
        }
    }

    /** The subsystems, their suppliers and their driven members, of the steps a later step still needs. */
    private static final class Live {
        final GraphIndex g;
        final BitSet[] sub;
        final BitSet[] sup;
        final BitSet[] dr;

        Live(GraphIndex g, int steps) {
            this.g = g;
            sub = new BitSet[steps];
            sup = new BitSet[steps];
            dr = new BitSet[steps];
        }

        /** Step {@code i} takes over its only parent's subsystem, which no other step needs, and grows it. */
        void grow(int i, int p, int[] own) {
            sub[i] = sub[p];
            sup[i] = sup[p];
            dr[i] = dr[p];
            drop(p);
            add(own, sub[i], sup[i]);
            Subsystems.drivenAfterJoining(g, sub[i], dr[i], own);
        }

        /** Step {@code i}'s subsystem, the union of its parents' and its own modules. */
        void join(int i, int[] ps, int[] own, List<BitSet> parents) {
            sub[i] = new BitSet(g.size());
            sup[i] = new BitSet(g.size());
            BitSet candidates = new BitSet(g.size());
            for (int p : ps) {
                sub[i].or(sub[p]);
                sup[i].or(sup[p]);
                candidates.or(dr[p]);
                parents.add(sub[p]);
            }
            add(own, sub[i], sup[i]);
            for (int u : own) {
                candidates.set(u);
            }
            dr[i] = Subsystems.drivenAmong(g, sub[i], candidates);
        }

        /** Adds a step's own modules to its subsystem, and their suppliers to the subsystem's. */
        private void add(int[] own, BitSet into, BitSet suppliers) {
            for (int u : own) {
                into.set(u);
                for (int v : g.suppliers(u)) {
                    suppliers.set(v);
                }
            }
        }

        void drop(int i) {
            sub[i] = sup[i] = dr[i] = null;
        }
    }
}
