/** Maven multi-module builds read with Maven's own model library: one module per reactor module, with its test command. */
package io.itplan.core.importer.maven;
