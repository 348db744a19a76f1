/**
 * The desktop app (JavaFX). {@link io.itplan.ui.ItplanApp} sits at the top: it builds the main window
 * ({@code ui.main}) from the panels ({@code ui.panels}, {@code ui.plan}), the canvas and the editor, and places
 * the window; nothing below depends back on it. Shared services live in {@code ui.common}. Views are thin;
 * view-models hold the logic, use no scene graph and are tested without a toolkit; long work runs off the
 * JavaFX thread.
 */
package io.itplan.ui;
