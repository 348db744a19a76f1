/**
 * The editor engine, apart from any window: the open {@link io.itplan.ui.editor.GraphDocument}, the
 * {@link io.itplan.ui.editor.Selection}, and every edit as an {@link io.itplan.ui.editor.EditCommand} on one
 * {@link io.itplan.ui.editor.CommandStack}. Uses JavaFX properties only, so it is tested without a toolkit.
 */
package io.itplan.ui.editor;
