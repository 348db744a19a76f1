/**
 * What every part of the desktop app shares and nothing in it depends back on: the dialogs behind one
 * interface, FXML loading, style-class names, snapshots and the file names that save dialogs settle on.
 */
package io.itplan.ui.common;
