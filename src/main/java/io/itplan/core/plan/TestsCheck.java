package io.itplan.core.plan;

import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Link;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The plan checker's test part: a dependency is tested in the first steps whose subsystems hold both ends. Each
 * step's expected tests are found from its own subsystem: a dependency with both ends in it that no step it comes
 * after holds. Only dependencies that can newly be whole there are looked at — those of the modules the step adds to
 * its parents' subsystems — so the cost follows the plan's size, not steps times dependencies.
 */
final class TestsCheck {
    private final GraphIndex g;
    private final StepStructure st;
    private final BitSet testedSomewhere;
    private final TreeMap<Integer, String> stepProblems = new TreeMap<>();

    TestsCheck(GraphIndex g, StepStructure st) {
        this.g = g;
        this.st = st;
        this.testedSomewhere = new BitSet(g.linkCount());
    }

    /** One step: the dependencies it tests for the first time, against those it claims. */
    void step(int i, int[] own, BitSet sub, List<BitSet> parents) {
        BitSet expected = firstTested(own, sub, parents);
        testedSomewhere.or(expected);
        compare(i, expected);
    }

    /** The dependencies a step tests first: those of the modules it adds to its parents' subsystems. */
    private BitSet firstTested(int[] own, BitSet sub, List<BitSet> parents) {
        BitSet expected = new BitSet(g.linkCount());
        if (parents.isEmpty()) {
            // A first step, or a step grown from its only parent: what it adds is its own modules.
            for (int u : own) {
                addWhole(u, sub, List.of(), expected);
            }
            return expected;
        }
        BitSet largest = parents.get(0);
        for (BitSet p : parents) {
            largest = p.cardinality() > largest.cardinality() ? p : largest;
        }
        BitSet added = (BitSet) sub.clone();
        added.andNot(largest);
        for (int u = added.nextSetBit(0); u >= 0; u = added.nextSetBit(u + 1)) {
            addWhole(u, sub, parents, expected);
        }
        return expected;
    }

    /** The tests step {@code i} claims against those it should: what it misses and what it lists needlessly. */
    private void compare(int i, BitSet expected) {
        Set<DependencyRef> extra = new TreeSet<>();
        BitSet claimed = new BitSet(g.linkCount());
        for (DependencyRef r : st.order().get(i).tests()) {
            int u = g.indexOf(r.from());
            int v = g.indexOf(r.to());
            int li = u < 0 || v < 0 ? -1 : g.linkIndex(u, v);
            if (li >= 0 && !claimed.get(li) && expected.get(li)) {
                claimed.set(li);
            } else {
                extra.add(r);
            }
        }
        expected.andNot(claimed);
        List<String> parts = new ArrayList<>();
        if (!expected.isEmpty()) {
            Set<DependencyRef> missing = new TreeSet<>();
            expected.stream().forEach(li -> missing.add(ref(li)));
            parts.add("miss " + missing);
        }
        if (!extra.isEmpty()) {
            parts.add("list " + extra + " which the rule does not need");
        }
        if (!parts.isEmpty()) {
            stepProblems.put(i, "step '" + st.order().get(i).id() + "': tests " + String.join("; ", parts));
        }
    }

    /** The dependencies of {@code u} whose other end is in the subsystem and that no parent holds whole. */
    private void addWhole(int u, BitSet sub, List<BitSet> parents, BitSet into) {
        for (int[] links : new int[][] {g.outLinks(u), g.inLinks(u)}) {
            for (int li : links) {
                Link l = g.link(li);
                if (sub.get(l.from()) && sub.get(l.to()) && !heldByAny(parents, l)) {
                    into.set(li);
                }
            }
        }
    }

    private static boolean heldByAny(List<BitSet> parents, Link l) {
        for (BitSet p : parents) {
            if (p.get(l.from()) && p.get(l.to())) {
                return true;
            }
        }
        return false;
    }

    private DependencyRef ref(int li) {
        return new DependencyRef(g.id(g.link(li).from()), g.id(g.link(li).to()));
    }

    /** What was found, dependencies never tested first, then each step's disagreements in step order. */
    void finish(Problems problems) {
        for (int li = testedSomewhere.nextClearBit(0); li < g.linkCount(); li = testedSomewhere.nextClearBit(li + 1)) {
            problems.add("dependency " + ref(li) + ": never tested, no step's subsystem holds both ends");
        }
        stepProblems.values().forEach(problems::add);
    }
}
