/**
 * Importers for the class-integration-test-order (CITO) research formats, so that itplan can plan the
 * published benchmark systems and compare its orders with the proven optima.
 *
 * <ul>
 *   <li>{@link io.itplan.core.importer.CitoUfprImporter} reads the UFPR text format ({@code DIMENSION},
 *       {@code DEPENDENCY}, {@code ATTRIBUTE}, {@code METHOD}, {@code ASPECTS}, {@code MAPPING}) used by
 *       the UFPR CITO studies and shipped with the EARS framework (github.com/UM-LPM/EARS) and HITO
 *       (github.com/GiovaniGuizzo/HITO, which carries the ATM system of Briand, Labiche and Wang).</li>
 *   <li>{@link io.itplan.core.importer.CitoDrlImporter} reads the CSV folders of DRL_CITO
 *       (github.com/ZZwarn1998/DRL_CITO): {@code CId_Name.csv}, {@code deps_type.csv} and
 *       {@code Attr_Method_deps.csv}.</li>
 * </ul>
 *
 * <p>Both map the CITO dependency types onto {@link io.itplan.core.graph.DependencyKind}, carry the
 * attribute and method coupling counts (A, M) onto the dependencies, and merge a pair that appears with
 * several types into one dependency of the strongest kind, so that A and M count once per pair. Bad input
 * is reported as one {@link io.itplan.core.format.InputException} naming the file, line and column.
 */
package io.itplan.core.importer;
