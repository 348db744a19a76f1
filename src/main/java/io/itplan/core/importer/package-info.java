/**
 * Importers: the class-integration-test-order (CITO) research formats here, so that itplan can plan the
 * published benchmark systems and compare its orders with the proven optima, and real systems in the
 * subpackages ({@code bytecode}, {@code maven}, {@code compose}, {@code diagram}). What they share lives here:
 * {@link io.itplan.core.importer.InputFiles} (only regular files, bounded reads, strict UTF-8, no NUL),
 * {@link io.itplan.core.importer.XmlTree} (XML with DTDs and external entities off),
 * {@link io.itplan.core.importer.Imported} (the graph and warnings naming file and line, and the graph file's
 * length limits enforced at import) and {@link io.itplan.core.importer.ImportProgress} (progress and cancel).
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
