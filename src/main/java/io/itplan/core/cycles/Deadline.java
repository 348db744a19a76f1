package io.itplan.core.cycles;

/**
 * When a solver must stop improving and answer with the best it has: after an amount of time, or after an
 * amount of work (counted in calls to {@link #expired()}, which solvers make at a steady rate of work), which
 * gives the same answer on every machine. Cancellation (thread interrupt) is reported as expiry as well; the
 * caller decides whether to use or discard the answer.
 */
public final class Deadline {
    private final long endNanos;
    private final long maxChecks;
    private long checks;
    private long pending;

    /** Units of {@link #spend(long) work} that count as one check. */
    public static final long WORK_PER_CHECK = 1 << 16;

    private Deadline(long endNanos, long maxChecks) {
        this.endNanos = endNanos;
        this.maxChecks = maxChecks;
    }

    /** Expires after a wall-clock time: answers may then depend on the machine's speed and load. */
    public static Deadline after(java.time.Duration budget) {
        long now = System.nanoTime();
        long nanos = budget.toNanos();
        return new Deadline(nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos, Long.MAX_VALUE);
    }

    /** Expires after {@code checks} calls of {@link #expired()}: deterministic. */
    public static Deadline afterWork(long checks) {
        return new Deadline(Long.MAX_VALUE, checks);
    }

    public static Deadline none() {
        return new Deadline(Long.MAX_VALUE, Long.MAX_VALUE);
    }

    public boolean expired() {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        if (maxChecks != Long.MAX_VALUE && ++checks > maxChecks) {
            return true;
        }
        return endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos >= 0;
    }

    /**
     * Records {@code units} of work (about one per arc or cycle element visited) and answers whether the
     * deadline has expired, asking {@link #expired()} once per {@link #WORK_PER_CHECK} units. Solvers whose
     * steps vary widely in size use this to keep a work budget proportional to the work done.
     */
    public boolean spend(long units) {
        pending += units;
        boolean expired = false;
        while (pending >= WORK_PER_CHECK && !expired) {
            pending -= WORK_PER_CHECK;
            expired = expired();
        }
        return expired || Thread.currentThread().isInterrupted();
    }

    /** How many times {@link #expired()} was asked: the work done so far. */
    public long checks() {
        return checks;
    }
}
