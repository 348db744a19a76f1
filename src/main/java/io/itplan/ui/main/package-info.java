/** The main window: menus and toolbar built from the actions, the panels around the canvas, files and themes. */
package io.itplan.ui.main;
