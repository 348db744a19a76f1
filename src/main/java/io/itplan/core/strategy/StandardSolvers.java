package io.itplan.core.strategy;

import io.itplan.core.cycles.BriandHeuristic;
import io.itplan.core.cycles.CycleBreaker;
import io.itplan.core.cycles.ExactFeedbackArcSet;
import io.itplan.core.cycles.FeedbackArcSetSolver;
import io.itplan.core.cycles.LagrangianFeedbackArcSet;
import io.itplan.core.cycles.LeTraonHeuristic;
import io.itplan.core.cycles.TaiDanielsHeuristic;

/** The solvers itplan uses unless told otherwise, and the classic heuristics for comparison. */
final class StandardSolvers {
    /** Components up to this many modules are solved exactly (within the time budget). */
    static final int EXACT_LIMIT = 60;

    private StandardSolvers() {}

    static CycleBreaker cycleBreaker() {
        return new CycleBreaker(new ExactFeedbackArcSet(), new LagrangianFeedbackArcSet(), EXACT_LIMIT);
    }

    /** The cycle breaker of an algorithm; the classic heuristics' answers are reported as their rules give them. */
    static CycleBreaker cycleBreaker(CycleAlgorithm algorithm) {
        FeedbackArcSetSolver classic = switch (algorithm) {
            case EXACT -> null;
            case TAI_DANIELS -> new TaiDanielsHeuristic();
            case LE_TRAON -> new LeTraonHeuristic();
            case BRIAND -> new BriandHeuristic();
        };
        return classic == null ? cycleBreaker() : new CycleBreaker(classic, classic, Integer.MAX_VALUE, false);
    }
}
