/**
 * The plan panel: the strategy and its options, the plan recomputed off the JavaFX thread on every edit,
 * its steps as a table and a timeline, and the selected step painted on the canvas.
 */
package io.itplan.ui.plan;
