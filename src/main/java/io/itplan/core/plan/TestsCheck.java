package io.itplan.core.plan;

import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Link;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The plan checker's test part: a dependency is tested in the first steps whose subsystems hold both ends. Each
 * claim is checked to be such a first step; then the claimed steps and the steps after them must cover every step
 * that holds both ends, so that no first step is left out. That costs bit operations over steps per dependency,
 * not a scan of every step.
 */
final class TestsCheck {
    private final GraphIndex g;
    private final StepStructure st;
    private final BitSet[] subsystem;
    private final Problems problems;

    TestsCheck(GraphIndex g, StepStructure st, BitSet[] subsystem, Problems problems) {
        this.g = g;
        this.st = st;
        this.subsystem = subsystem;
        this.problems = problems;
    }

    private boolean firstTests(int step, int u, int v) {
        List<BitSet> parents = new ArrayList<>();
        for (int p : st.parents()[step]) {
            parents.add(subsystem[p]);
        }
        return Subsystems.firstTests(subsystem[step], parents, u, v);
    }

    void check() {
        int s = st.order().size();
        Map<Integer, Set<DependencyRef>> extra = new TreeMap<>();
        Map<Integer, Set<DependencyRef>> missing = new TreeMap<>();
        Map<Integer, List<Integer>> claimedAt = new HashMap<>();
        for (int i = 0; i < s; i++) {
            Set<Integer> seen = new HashSet<>();
            for (DependencyRef r : st.order().get(i).tests()) {
                int u = g.indexOf(r.from());
                int v = g.indexOf(r.to());
                int li = u < 0 || v < 0 ? -1 : g.linkIndex(u, v);
                if (li >= 0 && seen.add(li) && firstTests(i, u, v)) {
                    claimedAt.computeIfAbsent(li, k -> new ArrayList<>()).add(i);
                } else {
                    extra.computeIfAbsent(i, k -> new TreeSet<>()).add(r);
                }
            }
        }
        // Which steps hold each module (the subsystems, transposed), and what comes after each step.
        int words = (s + 63) >>> 6;
        long[][] holding = new long[g.size()][words];
        for (int i = 0; i < s; i++) {
            for (int u = subsystem[i].nextSetBit(0); u >= 0; u = subsystem[i].nextSetBit(u + 1)) {
                holding[u][i >>> 6] |= 1L << i;
            }
        }
        long[][] after = new long[s][words];
        for (int i = s - 1; i >= 0; i--) {
            after[i][i >>> 6] |= 1L << i;
            for (int p : st.parents()[i]) {
                for (int w = 0; w < words; w++) {
                    after[p][w] |= after[i][w];
                }
            }
        }
        long[] covered = new long[words];
        for (int li = 0; li < g.linkCount(); li++) {
            Link l = g.link(li);
            Arrays.fill(covered, 0);
            for (int c : claimedAt.getOrDefault(li, List.of())) {
                for (int w = 0; w < words; w++) {
                    covered[w] |= after[c][w];
                }
            }
            boolean ever = false;
            boolean complete = true;
            for (int w = 0; w < words; w++) {
                long both = holding[l.from()][w] & holding[l.to()][w];
                ever |= both != 0;
                complete &= (both & ~covered[w]) == 0;
            }
            DependencyRef ref = new DependencyRef(g.id(l.from()), g.id(l.to()));
            if (!ever) {
                problems.add("dependency " + ref + ": never tested, no step's subsystem holds both ends");
            } else if (!complete) {
                for (int i = 0; i < s; i++) {
                    if ((covered[i >>> 6] & (1L << i)) == 0 && firstTests(i, l.from(), l.to())) {
                        missing.computeIfAbsent(i, k -> new TreeSet<>()).add(ref);
                    }
                }
            }
        }
        Set<Integer> stepsWithProblems = new TreeSet<>(extra.keySet());
        stepsWithProblems.addAll(missing.keySet());
        for (int i : stepsWithProblems) {
            List<String> parts = new ArrayList<>();
            if (missing.containsKey(i)) {
                parts.add("miss " + missing.get(i));
            }
            if (extra.containsKey(i)) {
                parts.add("list " + extra.get(i) + " which the rule does not need");
            }
            problems.add("step '" + st.order().get(i).id() + "': tests " + String.join("; ", parts));
        }
    }
}
