package io.itplan.core.graph;

/**
 * All dependencies from one module to another, seen as the single unit that a stub or a driver replaces:
 * a specific stub is a pair (client, supplier), whatever kinds of dependency join them. Weights and
 * coupling counts add up; the pair is stubbable only when every dependency in it is.
 *
 * @param from index of the client in {@link GraphIndex}
 * @param to   index of the supplier in {@link GraphIndex}
 */
public record Link(int from, int to, double weight, int attributes, int methods, boolean stubbable) {}
