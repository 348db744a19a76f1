package io.itplan.core.strategy;

import io.itplan.core.cycles.CycleBreaker;
import io.itplan.core.cycles.ExactFeedbackArcSet;
import io.itplan.core.cycles.HeuristicFeedbackArcSet;

/** The solvers itplan uses unless told otherwise. */
final class StandardSolvers {
    /** Components up to this many modules are solved exactly (within the time budget). */
    static final int EXACT_LIMIT = 60;

    private StandardSolvers() {
    }

    static CycleBreaker cycleBreaker() {
        return new CycleBreaker(new ExactFeedbackArcSet(), new io.itplan.core.cycles.LagrangianFeedbackArcSet(), EXACT_LIMIT);
    }
}
