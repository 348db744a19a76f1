/**
 * The main window: menus and toolbar built from the actions, the panels around the canvas, the find bar, the
 * empty-canvas hint and the status line; and its view-models for files, exports, editing and recovery copies.
 */
package io.itplan.ui.main;
