package io.itplan.core.plan;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Sets of steps for the plan producer's reachability — the steps before or after each step — each kept as sorted,
 * disjoint runs of step numbers, or as a bit set when that is smaller. Steps are numbered in an order where each
 * comes after its parents, so a chain of steps (a plan by level or by module) and each track of a sandwich is one run:
 * memory grows with the steps, not with their square, and a set of a parallel plan's tangled DAG is no bigger than
 * the bit set it would otherwise be.
 */
final class StepSets {
    private final int size;
    private final int words;
    /** Per step: int[] of runs (first, last, first, last...) or long[] of bits. */
    private final Object[] sets;

    StepSets(int size) {
        this.size = size;
        this.words = (size + 63) >>> 6;
        this.sets = new Object[size];
    }

    /** Sets step {@code i}'s set to itself and the union of the sets of {@code others}. */
    void unionOf(int i, int[] others) {
        boolean bits = false;
        int runs = 1;
        for (int o : others) {
            bits |= sets[o] instanceof long[];
            runs += bits ? 0 : ((int[]) sets[o]).length / 2;
        }
        if (!bits) {
            int[] all = new int[2 * runs];
            all[0] = i;
            all[1] = i;
            int k = 2;
            for (int o : others) {
                int[] r = (int[]) sets[o];
                System.arraycopy(r, 0, all, k, r.length);
                k += r.length;
            }
            int[] merged = merge(all);
            if (merged.length / 2 <= words) {
                sets[i] = merged;
                return;
            }
        }
        long[] b = new long[words];
        b[i >>> 6] |= 1L << i;
        for (int o : others) {
            orInto(b, o);
        }
        sets[i] = b;
    }

    private void orInto(long[] b, int o) {
        if (sets[o] instanceof long[] ob) {
            for (int w = 0; w < words; w++) {
                b[w] |= ob[w];
            }
        } else {
            int[] r = (int[]) sets[o];
            for (int k = 0; k < r.length; k += 2) {
                for (int x = r[k]; x <= r[k + 1]; x++) {
                    b[x >>> 6] |= 1L << x;
                }
            }
        }
    }

    /** Runs sorted by start and joined where they touch. */
    private static int[] merge(int[] pairs) {
        int n = pairs.length / 2;
        long[] keyed = new long[n];
        for (int k = 0; k < n; k++) {
            keyed[k] = ((long) pairs[2 * k] << 32) | (pairs[2 * k + 1] & 0xffffffffL);
        }
        Arrays.sort(keyed);
        int[] out = new int[2 * n];
        int m = 0;
        for (long key : keyed) {
            int first = (int) (key >>> 32);
            int last = (int) key;
            if (m > 0 && first <= out[m - 1] + 1) {
                out[m - 1] = Math.max(out[m - 1], last);
            } else {
                out[m++] = first;
                out[m++] = last;
            }
        }
        return Arrays.copyOf(out, m);
    }

    boolean contains(int i, int step) {
        if (sets[i] instanceof long[] b) {
            return (b[step >>> 6] & (1L << step)) != 0;
        }
        int[] r = (int[]) sets[i];
        int lo = 0;
        int hi = r.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (r[2 * mid + 1] < step) {
                lo = mid + 1;
            } else if (r[2 * mid] > step) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Each step in the set of {@code a} but not in that of {@code b}, ascending. */
    void forEachDifference(int a, int b, IntConsumer action) {
        RunAction eachStep = (first, last) -> {
            for (int y = first; y <= last; y++) {
                action.accept(y);
            }
        };
        if (forEachDifferenceRun(a, b, eachStep)) {
            return;
        }
        if (sets[a] instanceof long[] ba && sets[b] instanceof long[] bb) {
            for (int w = 0; w < words; w++) {
                long bits = ba[w] & ~bb[w];
                while (bits != 0) {
                    action.accept((w << 6) + Long.numberOfTrailingZeros(bits));
                    bits &= bits - 1;
                }
            }
        } else if (sets[a] instanceof long[] ba) {
            long[] left = ba.clone();
            int[] rb = (int[]) sets[b];
            for (int k = 0; k < rb.length; k += 2) {
                for (int x = rb[k]; x <= rb[k + 1]; x++) {
                    left[x >>> 6] &= ~(1L << x);
                }
            }
            for (int w = 0; w < words; w++) {
                long bits = left[w];
                while (bits != 0) {
                    action.accept((w << 6) + Long.numberOfTrailingZeros(bits));
                    bits &= bits - 1;
                }
            }
        } else {
            forEach(a, x -> {
                if (!contains(b, x)) {
                    action.accept(x);
                }
            });
        }
    }

    /** A run of steps, {@code first..last}. */
    interface RunAction {
        void accept(int first, int last);
    }

    /**
     * Each maximal run of steps in the set of {@code a} but not in that of {@code b}, ascending, when both sets are
     * kept as runs; returns false, doing nothing, when either is a bit set.
     */
    boolean forEachDifferenceRun(int a, int b, RunAction action) {
        if (!(sets[a] instanceof int[] ra) || !(sets[b] instanceof int[] rb)) {
            return false;
        }
        int k = 0;
        for (int j = 0; j < ra.length; j += 2) {
            int x = ra[j];
            int last = ra[j + 1];
            while (x <= last) {
                while (k < rb.length && rb[k + 1] < x) {
                    k += 2;
                }
                if (k < rb.length && rb[k] <= x) {
                    x = rb[k + 1] + 1;
                    continue;
                }
                int end = k < rb.length ? Math.min(last, rb[k] - 1) : last;
                action.accept(x, end);
                x = end + 1;
            }
        }
        return true;
    }

    /** Each step in both sets, ascending. */
    void forEachCommon(int a, int b, IntConsumer action) {
        if (sets[a] instanceof int[] ra && sets[b] instanceof int[] rb) {
            int j = 0;
            int k = 0;
            while (j < ra.length && k < rb.length) {
                int first = Math.max(ra[j], rb[k]);
                int last = Math.min(ra[j + 1], rb[k + 1]);
                for (int x = first; x <= last; x++) {
                    action.accept(x);
                }
                if (ra[j + 1] < rb[k + 1]) {
                    j += 2;
                } else {
                    k += 2;
                }
            }
            return;
        }
        forEach(a, x -> {
            if (contains(b, x)) {
                action.accept(x);
            }
        });
    }

    void forEach(int i, IntConsumer action) {
        if (sets[i] instanceof long[] b) {
            for (int w = 0; w < words; w++) {
                long bits = b[w];
                while (bits != 0) {
                    action.accept((w << 6) + Long.numberOfTrailingZeros(bits));
                    bits &= bits - 1;
                }
            }
        } else {
            int[] r = (int[]) sets[i];
            for (int k = 0; k < r.length; k += 2) {
                for (int x = r[k]; x <= r[k + 1]; x++) {
                    action.accept(x);
                }
            }
        }
    }

    int size() {
        return size;
    }
}
