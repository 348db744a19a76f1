/** Diagrams testers already have: Graphviz DOT (jdeps, mvn dependency:tree), GraphML (yEd) and draw.io. */
package io.itplan.core.importer.diagram;
