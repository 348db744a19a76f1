package io.itplan.core.plan;

import io.itplan.core.graph.GraphIndex;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.List;

/**
 * The rule of DESIGN §3 applied to step subsystems, as the plan checker sees it. A step's subsystem S is what it
 * integrates and what every step before it integrated. A stub is needed of every supplier of S outside it; a
 * driver of every member of S called by a client outside it; a dependency is first tested in a step whose S holds
 * both ends where none of the steps it comes after does.
 */
final class Subsystems {
    private Subsystems() {}

    /** One step's subsystem, from the modules of the step and of every step before it. */
    static BitSet of(GraphIndex g, StepStructure st, int step) {
        BitSet sub = new BitSet(g.size());
        BitSet seen = new BitSet(st.order().size());
        ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(step));
        while (!todo.isEmpty()) {
            int i = todo.poll();
            if (!seen.get(i)) {
                seen.set(i);
                st.order().get(i).integrate().forEach(id -> sub.set(g.indexOf(id)));
                for (int p : st.parents()[i]) {
                    todo.add(p);
                }
            }
        }
        return sub;
    }

    /** The suppliers of the modules in {@code modules} (inside or outside it). */
    static BitSet suppliers(GraphIndex g, BitSet modules) {
        BitSet out = new BitSet(g.size());
        for (int u = modules.nextSetBit(0); u >= 0; u = modules.nextSetBit(u + 1)) {
            for (int li : g.outLinks(u)) {
                out.set(g.link(li).to());
            }
        }
        return out;
    }

    /** The clients of the modules in {@code modules} (inside or outside it). */
    static BitSet clients(GraphIndex g, BitSet modules) {
        BitSet out = new BitSet(g.size());
        for (int v = modules.nextSetBit(0); v >= 0; v = modules.nextSetBit(v + 1)) {
            for (int li : g.inLinks(v)) {
                out.set(g.link(li).from());
            }
        }
        return out;
    }

    /** The modules a subsystem needs stubs of: its suppliers outside it. */
    static BitSet stubbed(BitSet subsystem, BitSet suppliersOfSubsystem) {
        BitSet stubs = (BitSet) suppliersOfSubsystem.clone();
        stubs.andNot(subsystem);
        return stubs;
    }

    /** The members of a subsystem it needs drivers of: those called by a client outside it. */
    static BitSet driven(GraphIndex g, BitSet subsystem, BitSet clientsOfSubsystem) {
        BitSet outside = (BitSet) clientsOfSubsystem.clone();
        outside.andNot(subsystem);
        BitSet driven = new BitSet(g.size());
        for (int u = outside.nextSetBit(0); u >= 0; u = outside.nextSetBit(u + 1)) {
            for (int li : g.outLinks(u)) {
                if (subsystem.get(g.link(li).to())) {
                    driven.set(g.link(li).to());
                }
            }
        }
        return driven;
    }

    /**
     * The members of a subsystem it needs drivers of, looked for among {@code candidates} only: those with a client
     * outside. A step's are among its parents' and its own modules (a module whose clients were all in a parent's
     * subsystem still has them all in the step's), so that is all a step needs to look at.
     */
    static BitSet drivenAmong(GraphIndex g, BitSet subsystem, BitSet candidates) {
        BitSet driven = new BitSet(g.size());
        for (int v = candidates.nextSetBit(0); v >= 0; v = candidates.nextSetBit(v + 1)) {
            if (subsystem.get(v) && hasClientOutside(g, subsystem, v)) {
                driven.set(v);
            }
        }
        return driven;
    }

    /**
     * Updates the members of a subsystem that need drivers after {@code joined} joined it: only the new members and
     * the suppliers of new members can change — a member whose clients were all inside still has them all inside.
     */
    static void drivenAfterJoining(GraphIndex g, BitSet subsystem, BitSet driven, int[] joined) {
        for (int u : joined) {
            driven.set(u, hasClientOutside(g, subsystem, u));
        }
        for (int u : joined) {
            for (int v : g.suppliers(u)) {
                if (driven.get(v) && !hasClientOutside(g, subsystem, v)) {
                    driven.clear(v);
                }
            }
        }
    }

    private static boolean hasClientOutside(GraphIndex g, BitSet subsystem, int v) {
        for (int u : g.clients(v)) {
            if (!subsystem.get(u)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a step whose subsystem is {@code sub}, after steps with {@code parentSubs}, first tests u -> v. */
    static boolean firstTests(BitSet sub, List<BitSet> parentSubs, int u, int v) {
        if (!sub.get(u) || !sub.get(v)) {
            return false;
        }
        for (BitSet p : parentSubs) {
            if (p.get(u) && p.get(v)) {
                return false;
            }
        }
        return true;
    }
}
