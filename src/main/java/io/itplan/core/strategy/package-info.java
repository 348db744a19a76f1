/**
 * Integration strategies — big-bang, top-down, bottom-up and sandwich — which only choose the steps of a
 * plan, and the {@link io.itplan.core.strategy.Planner} that handles cycles, runs a strategy and assembles
 * the stubs, drivers, tests and metrics of the resulting plan from the rule of DESIGN §3.
 */
package io.itplan.core.strategy;
