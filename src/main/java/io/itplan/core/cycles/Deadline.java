package io.itplan.core.cycles;

/**
 * When a solver must stop improving and answer with the best it has. Cancellation (thread interrupt) is
 * reported as expiry as well; the caller decides whether to use or discard the answer.
 */
public final class Deadline {
    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    public static Deadline after(java.time.Duration budget) {
        long now = System.nanoTime();
        long nanos = budget.toNanos();
        return new Deadline(nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos);
    }

    public static Deadline none() {
        return new Deadline(Long.MAX_VALUE);
    }

    public boolean expired() {
        return Thread.currentThread().isInterrupted()
                || (endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos >= 0);
    }
}
