/**
 * File › Import…: the window that brings jars, Maven builds, compose files and diagrams in through
 * {@link io.itplan.app.ImportGraph}, with a preview before the open graph is replaced as one undoable edit.
 */
package io.itplan.ui.importer;
