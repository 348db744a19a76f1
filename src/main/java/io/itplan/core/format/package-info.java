/**
 * Reading and writing itplan's files — graph files, plan files (JSON and YAML) and their JSON Schema —
 * with one clear message for bad input (file, line, column, what was expected) and atomic writes.
 */
package io.itplan.core.format;
