/**
 * Finding and breaking dependency cycles — the class integration test order (CITO) problem as a weighted minimum
 * feedback arc set. {@link io.itplan.core.cycles.CycleBreaker} breaks each strongly connected component with a
 * {@link io.itplan.core.cycles.FeedbackArcSetSolver}: {@link io.itplan.core.cycles.ExactFeedbackArcSet} for small
 * components (lazy cycle constraints with an exact hitting set, or dynamic programming over subsets), {@link
 * io.itplan.core.cycles.LagrangianFeedbackArcSet} with a proven lower bound for large ones, and the classic heuristics
 * of Tai &amp; Daniels, Le Traon et al. and Briand et al. for comparison. {@link io.itplan.core.cycles.CouplingFront}
 * computes the exact (A, M) Pareto front of attribute and method coupling. Unstubbable dependencies are never broken:
 * a cycle made only of them is an {@link io.itplan.core.cycles.UnbreakableCycleException}.
 */
package io.itplan.core.cycles;
