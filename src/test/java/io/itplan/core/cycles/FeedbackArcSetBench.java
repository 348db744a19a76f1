package io.itplan.core.cycles;

import java.time.Duration;
import java.util.Random;

/**
 * Manual benchmark of the feedback arc set solvers on random strongly connected graphs. Not a test; run
 * with {@code java -cp target/classes:target/test-classes io.itplan.core.cycles.FeedbackArcSetBench}.
 */
public final class FeedbackArcSetBench {
    private FeedbackArcSetBench() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        FeedbackArcSetSolver heuristic = new HeuristicFeedbackArcSet();
        FeedbackArcSetSolver exact = new ExactFeedbackArcSet();
        for (int r = 0; r < rounds; r++) {
            System.out.println("-- round " + (r + 1));
            run(
                    "heuristic n=2000 m=10000",
                    heuristic,
                    FasFixtures.randomStronglyConnected(new Random(1), 2000, 10_000),
                    Duration.ofSeconds(10));
            run(
                    "heuristic n=10000 m=50000",
                    heuristic,
                    FasFixtures.randomStronglyConnected(new Random(2), 10_000, 50_000),
                    Duration.ofSeconds(10));
            run(
                    "exact n=25 m=100",
                    exact,
                    FasFixtures.randomStronglyConnected(new Random(25), 25, 100),
                    Duration.ofSeconds(30));
            run(
                    "exact n=25 m=300 (dense)",
                    exact,
                    FasFixtures.randomStronglyConnected(new Random(7), 25, 300),
                    Duration.ofSeconds(30));
            run(
                    "exact n=40 m=120",
                    exact,
                    FasFixtures.randomStronglyConnected(new Random(40), 40, 120),
                    Duration.ofSeconds(30));
            run(
                    "exact n=40 m=160",
                    exact,
                    FasFixtures.randomStronglyConnected(new Random(41), 40, 160),
                    Duration.ofSeconds(30));
            run(
                    "exact n=45 m=286 (real costs)",
                    exact,
                    FasFixtures.random(new Random(45), 45, 286, 2),
                    Duration.ofSeconds(30));
        }
    }

    private static void run(String name, FeedbackArcSetSolver solver, ArcProblem p, Duration budget) {
        long start = System.nanoTime();
        ArcSelection s = solver.solve(p, Deadline.after(budget));
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf(
                "%-32s %9.1f ms  cost=%-10.4f lowerBound=%-10.4f optimal=%s removed=%d%n",
                name, ms, s.cost(), s.lowerBound(), s.optimal(), s.removedArcs().length);
    }
}
