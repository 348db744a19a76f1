package io.itplan.core.cycles;

/**
 * Chooses arcs to remove so that a directed graph becomes acyclic at least total cost: the weighted
 * minimum feedback arc set problem, which is the class integration test order (CITO) problem when arcs
 * are class dependencies and removed arcs are stubs (Kung et al. 1995; Briand, Labiche &amp; Wang 2003).
 */
public interface FeedbackArcSetSolver {

    /**
     * Solves {@code problem}. Implementations are deterministic: the same problem gives the same answer.
     * When {@code deadline} expires the solver returns the best selection it has, with
     * {@code optimal == false} unless it has already proven optimality.
     */
    ArcSelection solve(ArcProblem problem, Deadline deadline);
}
