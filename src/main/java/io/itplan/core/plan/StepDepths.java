package io.itplan.core.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The depth of each step of a plan — 0 for a step that comes after nothing, else one more than the deepest step it
 * comes after — and what follows from it: the plan's {@code depth} (steps on the longest chain) and {@code width}
 * (most steps at one depth, runnable at once). The one place that computes them, for planning, checking, exports
 * (waves) and the timeline.
 */
public final class StepDepths {
    private StepDepths() {}

    /**
     * @param parents for each step, the indices of the steps it comes after, each smaller than its own
     * @throws IllegalArgumentException when a step comes after itself or a later step
     */
    public static int[] of(int[][] parents) {
        int[] depth = new int[parents.length];
        for (int i = 0; i < parents.length; i++) {
            for (int p : parents[i]) {
                if (p >= i || p < 0) {
                    throw new IllegalArgumentException(
                            "step " + i + " comes after step " + p + ", which is not before it");
                }
                depth[i] = Math.max(depth[i], depth[p] + 1);
            }
        }
        return depth;
    }

    /**
     * Depths by step id, for steps listed after the steps they name.
     *
     * @throws IllegalArgumentException when a step comes after one that is not listed before it
     */
    public static Map<String, Integer> of(List<Step> steps) {
        Map<String, Integer> index = new HashMap<>();
        int[][] parents = new int[steps.size()][];
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            parents[i] = new int[s.after().size()];
            for (int k = 0; k < parents[i].length; k++) {
                Integer p = index.get(s.after().get(k));
                if (p == null) {
                    throw new IllegalArgumentException("step '" + s.id() + "' comes after '"
                            + s.after().get(k) + "', which is not an earlier step of the plan");
                }
                parents[i][k] = p;
            }
            index.put(s.id(), i);
        }
        int[] depth = of(parents);
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < depth.length; i++) {
            out.put(steps.get(i).id(), depth[i]);
        }
        return out;
    }

    /** Steps on the longest chain: one more than the largest depth, 0 for no steps. */
    public static int longestChain(int[] depth) {
        int max = -1;
        for (int d : depth) {
            max = Math.max(max, d);
        }
        return max + 1;
    }

    /** The most steps at one depth. */
    public static int width(int[] depth) {
        int[] perDepth = new int[longestChain(depth) + 1];
        int width = 0;
        for (int d : depth) {
            width = Math.max(width, ++perDepth[d]);
        }
        return width;
    }
}
