/**
 * The dependency graph a tester draws: {@link io.itplan.core.graph.Module modules} and the
 * {@link io.itplan.core.graph.Dependency dependencies} between them, where {@code u -> v} means that
 * u depends on v (u is a client of v, v a supplier of u).
 */
package io.itplan.core.graph;
