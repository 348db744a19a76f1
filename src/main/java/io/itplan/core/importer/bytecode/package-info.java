/** Java bytecode read with ASM: classes, packages or JPMS modules, their dependency kinds and coupling counts. */
package io.itplan.core.importer.bytecode;
