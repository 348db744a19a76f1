/**
 * Automatic placement of the modules of a dependency graph for the graph editor: a layered
 * (Sugiyama-style) drawing computed with Eclipse ELK, with clients above the modules they depend on.
 *
 * <p>Nothing here touches JavaFX: a layout is computed off the UI thread from a
 * {@link io.itplan.core.graph.DependencyGraph} and node sizes, and returns plain coordinates that the
 * front end applies.
 */
package io.itplan.app.layout;
