/**
 * The desktop app (JavaFX): views, view-models and the editor. Views are thin; view-models hold the logic
 * and are tested without a toolkit; long work runs off the JavaFX thread.
 */
package io.itplan.ui;
