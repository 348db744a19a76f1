/**
 * Where the desktop app keeps its own state: the recently opened files and recovery copies of unsaved work,
 * under the itplan home folder ({@code ~/.itplan}, or the {@code itplan.home} system property).
 */
package io.itplan.app.files;
