/**
 * The use cases the desktop app and the command line share, one class each, named for what the user does: open a
 * graph ({@link io.itplan.app.OpenGraph}), read its saved options ({@link io.itplan.app.PlanSettings}), lint it
 * ({@link io.itplan.app.LintGraph}), plan it, always refereed by the plan checker ({@link io.itplan.app.PlanGraph}),
 * compare strategies with one ranking ({@link io.itplan.app.CompareStrategies}), save a graph or a plan
 * ({@link io.itplan.app.SaveGraph}, {@link io.itplan.app.SavePlan}), and open a plan file checked against the graph
 * it was made for ({@link io.itplan.app.OpenPlan}). The front ends only parse, format and bind.
 */
package io.itplan.app;
