/**
 * The graph canvas: modules and dependencies drawn in code on a JavaFX {@code Canvas} (one node, so a
 * graph of thousands of modules stays fluid), with one gesture object per drag in progress.
 */
package io.itplan.ui.canvas;
