/**
 * The integration plan — a DAG of {@link io.itplan.core.plan.Step steps}, the
 * {@link io.itplan.core.plan.StandIn stubs and drivers} they need and their
 * {@link io.itplan.core.plan.Metrics metrics} — and the {@link io.itplan.core.plan.PlanChecker} that
 * recomputes all of it from the one rule of DESIGN §3 and referees every plan.
 */
package io.itplan.core.plan;
