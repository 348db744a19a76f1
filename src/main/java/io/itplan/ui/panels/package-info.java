/** The panels around the canvas: module outline, inspector and problems, each a view, FXML and view-model. */
package io.itplan.ui.panels;
